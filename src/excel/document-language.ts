// Not through ../core: the pane's first paint reads the language and must not pull in the engine.
import type { Lang } from "../core/lang";
import { storedLanguage } from "../core/stored-settings";
import type { DocumentSettings } from "./host";

/** The document setting that holds the settings (core/settings.ts reads the whole value). */
export const SETTINGS_KEY = "selfeval.settings";

/** The language saved with the document, read without loading the engine; null when none. */
export function documentLanguage(settings: Pick<DocumentSettings, "get">): Lang | null {
  return storedLanguage(settings.get(SETTINGS_KEY));
}
