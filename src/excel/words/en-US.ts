import type { FaultLanguage } from "../faults";

const sheet = (p: { sheet?: string }) => ("sheet" in p ? ` "${p.sheet}"` : "");

/** Faults of the Excel shell in en-US: what went wrong and what to do. */
export const enUS: FaultLanguage = {
  faults: {
    "cell-edit": () => "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
    protected: (p) =>
      `Sheet${sheet(p)} is protected and cannot be written. Unprotect it (Review > Unprotect Sheet), then try again.`,
    "sheet-missing": (p) =>
      `Sheet${sheet(p)} was not found: it may have been renamed or deleted. Validate again.`,
    "payload-too-large": (p) =>
      `Sheet${sheet(p)} holds more data than Excel can transfer at once (5 MB). Delete stray rows, columns or formatting to shrink its used range, then try again.`,
    "api-missing": (p) =>
      `This version of Excel lacks a needed feature${"version" in p ? ` (ExcelApi ${p.version})` : ""}. Update Office or use Excel on the web.`,
    "journal-unsaved": () =>
      "The restore record could not be saved in the workbook (it may be read-only).",
    "selection-unreadable": () =>
      "The selection could not be read. Click one cell of the sheet (not a chart, a shape or several areas), then try again.",
    unknown: (p) =>
      `Excel reported an error${"code" in p ? ` (${p.code})` : ""}. Please try again.`,
  },
  outcomes: {
    unchanged: "The sheet was not changed.",
    journaled:
      "The write may be partly done; what the cells held before was recorded, so Restore puts it back.",
    "journaled-unsaved":
      "The write may be partly done; what the cells held before is recorded in memory only: Restore puts it back until the task pane is closed, not after.",
    "written-unsaved":
      "The cells were written; what they held before is recorded in memory only: Restore puts it back until the task pane is closed, not after.",
    "record-kept": "It did not complete; the restore record is kept, so you can try again.",
  },
  withOutcome: (fault, outcome) => `${fault} ${outcome}`,
};
