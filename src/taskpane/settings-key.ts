import { LANGS, type Lang } from "./pane-actions";

/** The document setting that holds the pane's settings (see settings-store.ts for the whole value). */
export const SETTINGS_KEY = "selfeval.settings";

/**
 * The language saved in a stored settings value, read without the schema so the pane
 * can speak it from its first paint, before the engine has loaded.
 */
export function readStoredLanguage(raw: unknown): Lang | null {
  if (typeof raw !== "object" || raw === null) return null;
  const language = (raw as { language?: unknown }).language;
  return LANGS.find((lang) => lang === language) ?? null;
}
