import { say, type Lang, type NoParams } from "../core";
import type { UnkeptFeature } from "./package-audit";
import { enUS, features as featuresEn } from "./words/en-US";
import { features as featuresZh, zhCN } from "./words/zh-CN";

/**
 * Why a file could not be checked: a closed set of codes with parameters typed per code,
 * worded by words/zh-CN.ts and words/en-US.ts as "what is wrong; what to do".
 */
export interface ProblemParams {
  "not-found": NoParams;
  unreadable: { detail: string };
  "folder-empty": NoParams;
  "empty-file": NoParams;
  "too-large": { bytes: number; limit: number };
  "old-xls": NoParams;
  encrypted: NoParams;
  ole2: NoParams;
  markup: NoParams;
  "not-a-workbook": NoParams;
  corrupt: { detail: string };
  /** The declared sizes add up past the limit, or a part unpacks to more than it declares. */
  "zip-bomb": { bytes: number; limit: number } | { part: string; declared: number };
  "too-many-parts": { count: number; limit: number };
  "empty-workbook": NoParams;
  "would-overwrite": NoParams;
  "macro-in-place": NoParams;
  /** The workbook holds what a copy written by exceljs would lose: --in-place refuses. */
  "unkept-in-place": { features: UnkeptFeature[] };
  /** The same, as the warning of a --write copy. */
  "unkept-in-copy": { features: UnkeptFeature[] };
  "write-failed": { detail: string };
}

export type WorkbookProblemCode = keyof ProblemParams;

/** A problem: its code and that code's parameters, side by side ({ code: "too-large", bytes, limit }). */
export type WorkbookProblem = {
  [C in WorkbookProblemCode]: { code: C } & ProblemParams[C];
}[WorkbookProblemCode];

const WORDS = { "zh-CN": zhCN, "en-US": enUS } as const;

/** The problem as one line in the user's language: what is wrong, then what to do. */
export function formatProblem(problem: WorkbookProblem, lang: Lang = "zh-CN"): string {
  // Each code comes with its own parameters; the pair is named once for the indexed call.
  const pair = problem as { code: "unreadable" } & ProblemParams["unreadable"];
  return say(WORDS[lang], pair.code, pair, undefined);
}

/** What a copy would lose, named as the messages name it, in one line: 图表、宏 / charts, macros. */
export function unkeptNames(list: UnkeptFeature[], lang: Lang = "zh-CN"): string {
  return lang === "en-US" ? featuresEn(list) : featuresZh(list);
}

/** Error carrying a WorkbookProblem, for the few places that must throw. */
export class WorkbookProblemError extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(formatProblem(problem, "en-US"));
    this.name = "WorkbookProblemError";
  }
}
