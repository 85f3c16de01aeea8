// Not through ../core: the pane's first paint shows faults and must not pull in the engine.
import type { Lang } from "../core/lang";
import { say, type NoParams, type Wording } from "../core/wording";
import { enUS } from "./words/en-US";
import { zhCN } from "./words/zh-CN";

/**
 * Errors from Excel turned into messages an accountant can act on, zh-CN first.
 * One closed set of kinds, worded in one place (words/).
 */

export type ExcelFaultKind =
  | "cell-edit"
  | "protected"
  | "sheet-missing"
  | "payload-too-large"
  | "api-missing"
  | "journal-unsaved"
  | "selection-unreadable"
  | "unknown";

/** What happened to the workbook when the action failed. */
export type FaultOutcome =
  /** Nothing was written (a read failed, or the write was refused before it started). */
  | "unchanged"
  /** A write failed part way; what the changed cells held is saved, so 恢复 undoes it. */
  | "journaled"
  /** A write failed part way and its restore record could not be saved: 恢复 works until the add-in closes. */
  | "journaled-unsaved"
  /** The write is complete but its restore record could not be saved: 恢复 works until the add-in closes. */
  | "written-unsaved"
  /** A restore or clearing of marks failed; its record is kept so it can be tried again. */
  | "record-kept";

/**
 * A fault as data: its kind and what it concerns. Worded by words/zh-CN.ts and
 * words/en-US.ts (faultText), so the pane, the ribbon and the tests say the same thing.
 */
export interface ExcelFault {
  kind: ExcelFaultKind;
  /** The Office error code, when Excel gave one. */
  code?: string;
  /** The sheet concerned, when known. */
  sheet?: string;
  outcome?: FaultOutcome;
  /** The ExcelApi version an unsupported feature needs. */
  version?: string;
}

/** The parameters each kind's message reads (all optional: Excel does not always say). */
export interface FaultParams {
  "cell-edit": NoParams;
  protected: { sheet?: string };
  "sheet-missing": { sheet?: string };
  "payload-too-large": { sheet?: string };
  "api-missing": { version?: string };
  "journal-unsaved": NoParams;
  "selection-unreadable": NoParams;
  unknown: { code?: string };
}

/** What each language module words: every fault kind and every outcome. */
export interface FaultLanguage {
  faults: Wording<FaultParams>;
  outcomes: Record<FaultOutcome, string>;
  /** The fault and what happened to the workbook, as one message. */
  withOutcome(fault: string, outcome: string): string;
}

const LANGUAGES: Record<Lang, FaultLanguage> = { "zh-CN": zhCN, "en-US": enUS };

/** The message of a fault in a language: what went wrong, what to do, what happened to the sheet. */
export function faultText(fault: ExcelFault, lang: Lang): string {
  const language = LANGUAGES[lang];
  // Each kind reads its own optional parameters from the fault; the pair is named once here.
  const pair = fault as { kind: "unknown" } & FaultParams["unknown"];
  const base = say(language.faults, pair.kind, pair, undefined);
  return fault.outcome === undefined
    ? base
    : language.withOutcome(base, language.outcomes[fault.outcome]);
}

/** Thrown by the Excel shell; `fault` holds the typed description, worded by faultText. */
export class ExcelFaultError extends Error {
  readonly fault: ExcelFault;

  constructor(fault: ExcelFault, cause?: unknown) {
    super(faultText(fault, "en-US"));
    this.name = "ExcelFaultError";
    this.fault = fault;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

export interface FaultDetails {
  sheet?: string;
  outcome?: FaultOutcome;
  /** The ExcelApi version an unsupported feature needs. */
  version?: string;
}

/** The code of an Office error (RichApi.Error / OfficeExtension.Error), if it is one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Maps an Office error code to a fault kind. */
export function kindOfCode(code: string | undefined): ExcelFaultKind {
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return "cell-edit";
    case "AccessDenied":
      return "protected";
    case "ItemNotFound":
      return "sheet-missing";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return "payload-too-large";
    case "InvalidSelection":
      return "selection-unreadable";
    case "ApiNotFound":
    case "ApiNotAvailable":
      return "api-missing";
    default:
      return "unknown";
  }
}

/** Builds the thrown error for a fault kind. */
export function faultError(
  kind: ExcelFaultKind,
  details: FaultDetails = {},
  code?: string,
  cause?: unknown
): ExcelFaultError {
  const fault: ExcelFault = { kind };
  if (code !== undefined) fault.code = code;
  if (details.sheet !== undefined) fault.sheet = details.sheet;
  if (details.outcome !== undefined) fault.outcome = details.outcome;
  if (details.version !== undefined) fault.version = details.version;
  return new ExcelFaultError(fault, cause);
}

/** Turns anything thrown while talking to Excel into an ExcelFaultError (kept as is if it already is one). */
export function toFaultError(error: unknown, details: FaultDetails = {}): ExcelFaultError {
  if (error instanceof ExcelFaultError) return error;
  const code = officeErrorCode(error);
  return faultError(kindOfCode(code), details, code, error);
}
