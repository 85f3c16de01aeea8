import type { Lang } from "./lang";
import { enUS } from "./summary-words/en-US";
import { zhCN } from "./summary-words/zh-CN";
import { say, type Wording } from "./wording";

/**
 * The wording of the 汇总表 (the summary sheet, its CSV and the names in its JSON), one module
 * per language (summary-words/). Apart from the findings' wording, like the template's.
 */

/** The summary's columns, in the order the sheet and the CSV show them. */
export const SUMMARY_COLUMNS = [
  "index",
  "file",
  "sheet",
  "project",
  "dept",
  "unit",
  "budget",
  "executed",
  "rate",
  "fundsWeight",
  "fundsScore",
  "total",
  "writtenTotal",
  "grade",
  "errors",
  "warnings",
  "missingReasons",
  "notes",
] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

/** Texts without parameters. */
export type SummaryLabel =
  | "sheetName"
  | "title"
  | "totals"
  | "unnamed"
  | "hasErrors"
  | "unreadTitle"
  | "unreadFile"
  | "unreadSheet"
  | "unreadReason"
  | "wholeFile"
  | "notAForm"
  | "separator"
  | "legendErrors"
  | "legendLinks";

export interface SummaryParams {
  /** The line under the title: the unit, and how many forms were converted to it. */
  unitLine: { converted: number };
  /** A row's note: its amounts were written in another unit and converted. */
  converted: { unit: string; divisor: number };
  /** How the totals row was computed, and over how many forms. */
  totalsNote: { forms: number; rateForms: number; scoreForms: number };
  /** The add-in's note on its own summary sheet, naming the sheet: how it is recognised. */
  mark: { sheet: string };
}

export interface SummaryLanguage {
  labels: Record<SummaryLabel, string>;
  columns: Record<SummaryColumn, string>;
  messages: Wording<SummaryParams>;
}

export const SUMMARY_LANGUAGES: Readonly<Record<Lang, SummaryLanguage>> = {
  "zh-CN": zhCN,
  "en-US": enUS,
};

/** A label of the summary in a language. */
export function summaryLabel(label: SummaryLabel, lang: Lang): string {
  return SUMMARY_LANGUAGES[lang].labels[label];
}

/** A column heading of the summary in a language. */
export function summaryColumn(column: SummaryColumn, lang: Lang): string {
  return SUMMARY_LANGUAGES[lang].columns[column];
}

/** A message of the summary in a language. */
export function summaryMessage<C extends keyof SummaryParams>(
  code: C,
  params: SummaryParams[C],
  lang: Lang
): string {
  return say(SUMMARY_LANGUAGES[lang].messages, code, params, undefined);
}
