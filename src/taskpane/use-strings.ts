import { createContext, useContext } from "react";
import { stringsFor, type Strings } from "./i18n";
import type { Lang } from "./pane-actions";

/** The language the pane currently speaks; App provides it from the settings. */
export const LangContext = createContext<Lang>("zh-CN");

/** The UI strings of the current language. */
export function useStrings(): Strings {
  return stringsFor(useContext(LangContext));
}

/** The current language code, for the core's message wording. */
export function useLang(): Lang {
  return useContext(LangContext);
}
