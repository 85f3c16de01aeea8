import {
  formatTemplateIssue,
  LANGS,
  parseTemplateInput,
  type Lang,
  type TemplateInput,
} from "../core";
import { PaneFault } from "./pane-actions";

/** Words a text in each of the pane's languages. */
export function inEachLang(word: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, word(lang)])) as Record<Lang, string>;
}

/**
 * Refuses new forms whose input the core does not accept, with every issue worded in each
 * language; shared by every implementation of the pane's actions (Excel, the web page).
 */
export function checkTemplateInputs(inputs: TemplateInput[]): void {
  for (const input of inputs) {
    const parsed = parseTemplateInput(input);
    if (parsed.success) continue;
    const words = inEachLang((lang) =>
      parsed.issues
        .map((issue) => formatTemplateIssue(issue, lang))
        .map((text) => (lang === "zh-CN" ? `${input.name}：${text}。` : `${input.name}: ${text}. `))
        .join("")
    );
    throw new PaneFault("unknown", undefined, "invalid template input", words);
  }
}
