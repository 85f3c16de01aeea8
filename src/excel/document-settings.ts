import {
  readSettings,
  storedHints,
  toStoredSettings,
  type Lang,
  type LayoutHints,
  type Settings,
  type StoredSettings,
} from "../core";
import { SETTINGS_KEY } from "./document-language";
import type { ExcelPort } from "./port";

/**
 * The settings kept with the document (Office document settings), for the pane and the
 * ribbon alike: they judge a sheet with the same profile and speak the same language.
 */

/**
 * The document's settings as it holds them now; Office's language (`fallbackLanguage`) when it
 * saved none, and mof-2020 with the reasons (`refused`) when the profile it saved is not valid.
 */
export async function readDocumentSettings(
  port: Pick<ExcelPort, "readSetting">,
  fallbackLanguage: Lang
): Promise<StoredSettings> {
  return readSettings(await port.readSetting(SETTINGS_KEY), fallbackLanguage);
}

/** Stores settings with the document; rejects with an ExcelFaultError when Office cannot. */
export function saveDocumentSettings(
  port: Pick<ExcelPort, "saveSetting">,
  settings: Settings
): Promise<void> {
  return port.saveSetting(SETTINGS_KEY, toStoredSettings(settings));
}

/** The document setting that holds the layout hints the user gave in the pane (指定列). */
export const LAYOUT_KEY = "selfeval.layout";

/**
 * The layout hints as the document holds them now (each names its sheet); none when it has
 * none.
 */
export async function readDocumentHints(
  port: Pick<ExcelPort, "readSetting">
): Promise<LayoutHints> {
  return storedHints(await port.readSetting(LAYOUT_KEY));
}

/**
 * Changes the layout hints from the ones the document holds now and stores them, in one
 * read-modify-write (another runtime may have saved since this one read them); no hints
 * removes the setting. Rejects with an ExcelFaultError when Office cannot save.
 */
export function updateDocumentHints(
  port: Pick<ExcelPort, "updateSetting">,
  change: (hints: LayoutHints) => LayoutHints
): Promise<void> {
  return port.updateSetting(LAYOUT_KEY, (raw) => {
    const next = change(storedHints(raw));
    return next.hints.length === 0 ? null : next;
  });
}

/** Stores the layout hints with the document; no hints removes the setting. */
export function saveDocumentHints(
  port: Pick<ExcelPort, "saveSetting">,
  hints: LayoutHints
): Promise<void> {
  return port.saveSetting(LAYOUT_KEY, hints.hints.length === 0 ? null : hints);
}
