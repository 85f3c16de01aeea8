import type { ComputedCellKind } from "../core/plan";
import type { Lang } from "../core/lang";
import type { ProfileIssue } from "../core/profile-issues";
import { strictParams, type Wording } from "../core/wording";
import { enUS } from "./words/en-US";
import { zhCN } from "./words/zh-CN";

/**
 * Every string the pane shows, zh-CN first: labels, and messages with parameters typed per
 * code. Each language is one module (words/zh-CN.ts, words/en-US.ts) that must word every
 * code. Severity and part names come from the core, fault messages from the Excel shell.
 */

/** The pane's labels: texts without parameters. */
export type PaneLabel =
  | "appTitle"
  | "tabValidate"
  | "tabTemplate"
  | "tabSettings"
  | "validateActive"
  | "validateAll"
  | "generateSummary"
  | "summaryNothing"
  | "summarySheet"
  | "validating"
  | "loading"
  | "noResults"
  | "noForm"
  | "unnamedProject"
  | "total"
  | "grade"
  | "executionRate"
  | "notAvailable"
  | "fixedTag"
  | "noFindings"
  | "reasonsTitle"
  | "reasonPlaceholder"
  | "reasonSave"
  | "reasonEmpty"
  | "writeSection"
  | "previewWrites"
  | "previewTitle"
  | "previewCell"
  | "previewOld"
  | "previewNew"
  | "previewSheet"
  | "previewNothing"
  | "write"
  | "previewChanged"
  | "cancel"
  | "restore"
  | "nothingToRestore"
  | "clearMarks"
  | "nothingToClear"
  | "emptyCell"
  | "settingsTitle"
  | "language"
  | "profile"
  | "reverseMode"
  | "reverseRatio"
  | "reverseLinear"
  | "equalStrict"
  | "overAchievedWarn"
  | "overAchievedReason"
  | "executionLow"
  | "gradeBands"
  | "gradeExcellent"
  | "gradeGood"
  | "gradeFair"
  | "saveSettings"
  | "settingsSaved"
  | "resetSettings"
  | "invalidNumber"
  | "bandsOrder"
  | "reasonAboveWarn"
  | "percentRange"
  | "mustBePositive"
  | "templateTitle"
  | "templateModeOne"
  | "templateModeList"
  | "projectName"
  | "dept"
  | "unit"
  | "year"
  | "fundsInitial"
  | "fundsBudget"
  | "fundsExecuted"
  | "projectList"
  | "planNames"
  | "nameRequired"
  | "yearInvalid"
  | "outsideTitle"
  | "outsideBody"
  | "oldExcelTitle"
  | "outsideWeb"
  | "errorTitle"
  | "dismiss"
  | "mapColumn"
  | "mapPart"
  | "mappingTitle"
  | "mappingConfirm"
  | "hintsTitle"
  | "hintClear"
  | "hintBlank";

export interface PaneParams {
  progress: { done: number; total: number };
  sheetLabel: { sheet: string };
  selectCellHint: { cell: string };
  reasonLabel: { indicator: string; cell: string };
  reasonSaved: { cell: string };
  previewMarks: { marks: number };
  written: { cells: number; marks: number };
  /** Written, and the record of older writes cut to stay within the document's limit. */
  writtenPruned: { cells: number; marks: number; pruned: number };
  restored: { cells: number };
  marksCleared: { cells: number };
  plannedNames: { count: number };
  createSheets: { count: number };
  created: { names: string };
  summaryWritten: { sheet: string; forms: number; withErrors: number };
  /** The ExcelApi version the pane needs, for an Excel that lacks it. */
  oldExcelBody: { version: string };
  mapFor: { name: string };
  mappingPrompt: { sheet: string; name: string; kind: "column" | "part" };
  mappingSaved: { cell: string; text: string; name: string };
  mappingOtherSheet: { sheet: string; picked: string };
  mappingRefused: { cell: string; refusal: "number" | "too-long" };
  hintRemoved: { name: string; text: string };
  hintFor: { text: string; name: string };
  hintWhere: { sheet: string; cell: string };
  /** The document's stored profile was refused; mof-2020 stands in (worded by the core). */
  profileRefused: { issue: ProfileIssue };
  /** A profile of its own name, adjusting a built-in. */
  profileNamed: { name: string; base: string };
}

/** What each language module words. */
export interface PaneLanguage {
  labels: Record<PaneLabel, string>;
  messages: Wording<PaneParams>;
  /** The computed cells a write targets, as the preview names them. */
  kind: Record<ComputedCellKind, string>;
}

/** The strings of one language as components use them: s.validateActive, s.progress({ done, total }). */
export type Strings = Record<PaneLabel, string> & {
  readonly [C in keyof PaneParams]: (params: PaneParams[C]) => string;
} & { kind: Record<ComputedCellKind, string> };

function stringsOf(language: PaneLanguage): Strings {
  const messages = Object.fromEntries(
    Object.entries(language.messages).map(([code, word]) => [
      code,
      (params: object) =>
        (word as (p: object, n: undefined) => string)(strictParams(params, code), undefined),
    ])
  ) as { [C in keyof PaneParams]: (params: PaneParams[C]) => string };
  return { ...language.labels, ...messages, kind: language.kind };
}

const TABLE: Record<Lang, Strings> = { "zh-CN": stringsOf(zhCN), "en-US": stringsOf(enUS) };

/** The strings of a language. */
export function stringsFor(lang: Lang): Strings {
  return TABLE[lang];
}
