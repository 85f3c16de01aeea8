/**
 * Errors from Excel turned into messages an accountant can act on, zh-CN first.
 * One closed set of kinds, worded in one place.
 */

export type ExcelFaultKind =
  | "cell-edit"
  | "protected"
  | "sheet-missing"
  | "payload-too-large"
  | "api-missing"
  | "journal-unsaved"
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

export interface FaultMessage {
  zh: string;
  en: string;
}

export interface ExcelFault {
  kind: ExcelFaultKind;
  message: FaultMessage;
  /** The Office error code, when Excel gave one. */
  code?: string;
  /** The sheet concerned, when known. */
  sheet?: string;
  outcome?: FaultOutcome;
}

/** Thrown by the Excel shell; `fault` holds the worded, typed description. */
export class ExcelFaultError extends Error {
  readonly fault: ExcelFault;

  constructor(fault: ExcelFault, cause?: unknown) {
    super(fault.message.en);
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

function quoted(sheet: string | undefined, zh: boolean): string {
  if (sheet === undefined) return "";
  return zh ? `“${sheet}”` : ` "${sheet}"`;
}

const OUTCOME: Record<FaultOutcome, FaultMessage> = {
  unchanged: { zh: "工作表未被修改。", en: "The sheet was not changed." },
  journaled: {
    zh: "写入可能只完成了一部分；修改前的内容已记录，可点击“恢复”还原。",
    en: "The write may be partly done; what the cells held before was recorded, so Restore puts it back.",
  },
  "journaled-unsaved": {
    zh: "写入可能只完成了一部分；修改前的内容只记录在内存中：关闭任务窗格之前仍可点击“恢复”还原，关闭后将无法恢复。",
    en: "The write may be partly done; what the cells held before is recorded in memory only: Restore puts it back until the task pane is closed, not after.",
  },
  "written-unsaved": {
    zh: "内容已经写入；修改前的内容只记录在内存中：关闭任务窗格之前仍可点击“恢复”还原，关闭后将无法恢复。",
    en: "The cells were written; what they held before is recorded in memory only: Restore puts it back until the task pane is closed, not after.",
  },
  "record-kept": {
    zh: "操作未完成；恢复记录仍保留，可稍后再试。",
    en: "It did not complete; the restore record is kept, so you can try again.",
  },
};

/** Words a fault of a kind, with the sheet and what happened to the workbook. */
export function describeFault(
  kind: ExcelFaultKind,
  details: FaultDetails = {},
  code?: string
): FaultMessage {
  const zhSheet = quoted(details.sheet, true);
  const enSheet = quoted(details.sheet, false);
  let base: FaultMessage;
  switch (kind) {
    case "cell-edit":
      base = {
        zh: "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
        en: "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
      };
      break;
    case "protected":
      base = {
        zh: `工作表${zhSheet}受保护，无法写入。请在“审阅 > 撤消工作表保护”后重试。`,
        en: `Sheet${enSheet} is protected and cannot be written. Unprotect it (Review > Unprotect Sheet), then try again.`,
      };
      break;
    case "sheet-missing":
      base = {
        zh: `找不到工作表${zhSheet}：它可能已被重命名或删除。请重新校验。`,
        en: `Sheet${enSheet} was not found: it may have been renamed or deleted. Validate again.`,
      };
      break;
    case "payload-too-large":
      base = {
        zh: `工作表${zhSheet}的数据超出 Excel 单次传输的上限（5 MB）。请删除多余的行、列或格式以缩小已用区域后重试。`,
        en: `Sheet${enSheet} holds more data than Excel can transfer at once (5 MB). Delete stray rows, columns or formatting to shrink its used range, then try again.`,
      };
      break;
    case "api-missing":
      base = {
        zh: `此版本的 Excel 不支持所需的功能${details.version ? `（ExcelApi ${details.version}）` : ""}。请更新 Office，或使用 Excel 网页版。`,
        en: `This version of Excel lacks a needed feature${details.version ? ` (ExcelApi ${details.version})` : ""}. Update Office or use Excel on the web.`,
      };
      break;
    case "journal-unsaved":
      base = {
        zh: "无法把恢复记录保存到工作簿（文档可能是只读的）。",
        en: "The restore record could not be saved in the workbook (it may be read-only).",
      };
      break;
    case "unknown":
      base = {
        zh: `Excel 报告了错误${code ? `（${code}）` : ""}。请稍后重试。`,
        en: `Excel reported an error${code ? ` (${code})` : ""}. Please try again.`,
      };
      break;
  }
  const outcome = details.outcome === undefined ? undefined : OUTCOME[details.outcome];
  return outcome ? { zh: `${base.zh}${outcome.zh}`, en: `${base.en} ${outcome.en}` } : base;
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
  const fault: ExcelFault = { kind, message: describeFault(kind, details, code) };
  if (code !== undefined) fault.code = code;
  if (details.sheet !== undefined) fault.sheet = details.sheet;
  if (details.outcome !== undefined) fault.outcome = details.outcome;
  return new ExcelFaultError(fault, cause);
}

/** Turns anything thrown while talking to Excel into an ExcelFaultError (kept as is if it already is one). */
export function toFaultError(error: unknown, details: FaultDetails = {}): ExcelFaultError {
  if (error instanceof ExcelFaultError) return error;
  const code = officeErrorCode(error);
  return faultError(kindOfCode(code), details, code, error);
}

/** The message of a fault in the pane's language. */
export function faultText(fault: ExcelFault, lang: "zh-CN" | "en-US"): string {
  return lang === "zh-CN" ? fault.message.zh : fault.message.en;
}
