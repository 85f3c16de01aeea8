import { readSettings, toStoredSettings, type Lang, type Settings } from "../core";
import { SETTINGS_KEY } from "./document-language";
import type { ExcelPort } from "./port";

/**
 * The settings kept with the document (Office document settings), for the pane and the
 * ribbon alike: they judge a sheet with the same profile and speak the same language.
 */

/**
 * The document's settings as it holds them now; Office's language (`fallbackLanguage`) when it
 * saved none.
 */
export async function readDocumentSettings(
  port: Pick<ExcelPort, "readSetting">,
  fallbackLanguage: Lang
): Promise<Settings> {
  return readSettings(await port.readSetting(SETTINGS_KEY), fallbackLanguage);
}

/** Stores settings with the document; rejects with an ExcelFaultError when Office cannot. */
export function saveDocumentSettings(
  port: Pick<ExcelPort, "saveSetting">,
  settings: Settings
): Promise<void> {
  return port.saveSetting(SETTINGS_KEY, toStoredSettings(settings));
}
