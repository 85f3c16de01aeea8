import { say, type Lang, type NoParams, type Wording } from "../core";
import type { Tally } from "./report";
import { enUS } from "./words/en-US";
import { zhCN } from "./words/zh-CN";

/**
 * The command line's own wording (findings and file problems are worded by core and xlsx):
 * labels, and messages with parameters typed per code, one module per language (words/).
 */

export type CliLabel =
  | "blankSheet"
  | "summarySheet"
  | "noForm"
  | "total"
  | "grade"
  | "rate"
  | "sheet"
  | "noFindings"
  | "checking";

export interface CliParams {
  /** The closing line: files, forms and findings by severity. */
  summary: Tally;
  written: { file: string; writes: number; marks: number };
  inPlace: { file: string; backup: string; writes: number; marks: number };
  backup: { backup: string };
  created: { file: string; sheets: readonly string[] };
  exists: { file: string };
  internalError: { message: string };
  /** The --summary file was written: how many forms it sums up, how many sheets or files it could not. */
  summaryWritten: { file: string; forms: number; unread: number };
  /** The --summary file is one of the workbooks checked. */
  summaryIsInput: { file: string };
  usageHint: NoParams;
  layoutUnreadable: NoParams;
  layoutNotJson: NoParams;
  /** The line before the summary: which profile scored. */
  profileUsed: { name: string; hash: string };
  profileUnknown: { known: readonly string[] };
  profileUnreadable: NoParams;
  profileNotJson: NoParams;
  /** The first problem of a refused profile file, and how many more it has. */
  profileMore: { problem: string; more: number };
  /** `selfeval profiles`: a profile's heading, and a rule in which it differs from mof-2020. */
  profileHeading: { name: string; base: string | null; summary: string };
  profileRule: { rule: string; key: string; value: string; root: string };
}

export interface CliLanguage {
  labels: Record<CliLabel, string>;
  messages: Wording<CliParams>;
}

const LANGUAGES: Record<Lang, CliLanguage> = { "zh-CN": zhCN, "en-US": enUS };

export function label(key: CliLabel, lang: Lang): string {
  return LANGUAGES[lang].labels[key];
}

export function cliMessage<C extends keyof CliParams>(
  code: C,
  params: CliParams[C],
  lang: Lang
): string {
  return say(LANGUAGES[lang].messages, code, params, undefined);
}
