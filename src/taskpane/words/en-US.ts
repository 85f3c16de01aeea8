import { formatProfileIssue } from "../../core/profile-words";
import type { PaneLanguage } from "../i18n";

/** The task pane in en-US. */
export const enUS: PaneLanguage = {
  labels: {
    appTitle: "Self-evaluation assistant",
    tabValidate: "Validate",
    tabTemplate: "New form",
    tabSettings: "Settings",
    validateActive: "Validate this sheet",
    validateAll: "Validate all sheets",
    generateSummary: "Generate summary",
    summaryNothing: "No self-evaluation form was found in the workbook; no summary was written.",
    summarySheet:
      "This is the summary 绩效自评助手 generated; it needs no checking. Click “Generate summary” again to update it from the forms as they are now.",
    validating: "Validating…",
    loading: "Loading…",
    noResults: "Click “Validate this sheet” to check the 项目支出绩效自评表 on the active sheet.",
    noForm: "No self-evaluation form found on this sheet",
    unnamedProject: "(no project name)",
    total: "Total",
    grade: "Grade",
    executionRate: "Execution rate",
    notAvailable: "—",
    fixedTag: "fixed on write",
    noFindings: "No problems found.",
    reasonsTitle: "偏差原因分析 (deviation analysis)",
    reasonPlaceholder: "Why the target was missed or exceeded, and what will be done",
    reasonSave: "Save",
    reasonEmpty: "Type a reason before saving.",
    writeSection: "Write and restore",
    previewWrites: "Preview writes",
    previewTitle: "These cells will be written",
    previewCell: "Cell",
    previewOld: "Old",
    previewNew: "New",
    previewSheet: "Sheet",
    previewNothing: "Nothing to write.",
    write: "Write",
    previewChanged:
      "The sheet changed after the preview; the preview now shows its current content. Check it, then click “Write” again.",
    cancel: "Cancel",
    restore: "Restore",
    nothingToRestore: "There is no write to restore.",
    clearMarks: "Clear marks",
    nothingToClear: "There are no marks to clear.",
    emptyCell: "(empty)",
    settingsTitle: "Settings (saved with the workbook)",
    language: "Language",
    profile: "Rule profile",
    reverseMode: "Scoring a reverse indicator over its target",
    reverseRatio: "Ratio: weight × target / actual",
    reverseLinear: "Linear: weight × (1 − excess ratio)",
    equalStrict: "“＝” indicators are strict (any difference is not achieved)",
    overAchievedWarn: "Over-achievement warning at (%)",
    overAchievedReason: "Over-achievement needs a reason at (%)",
    executionLow: "Execution rate warning below (%)",
    gradeBands: "Grade lower bounds (points)",
    gradeExcellent: "优 (excellent)",
    gradeGood: "良 (good)",
    gradeFair: "中 (fair)",
    saveSettings: "Save settings",
    settingsSaved: "Settings saved in the workbook.",
    resetSettings: "Defaults",
    invalidNumber: "Enter a number",
    bandsOrder: "Must satisfy 优 > 良 > 中 ≥ 0",
    reasonAboveWarn: "Must not be below the warning threshold",
    percentRange: "Must be between 0 and 100",
    mustBePositive: "Must be above 0",
    templateTitle: "New form",
    templateModeOne: "One project",
    templateModeList: "Several projects (one name per line)",
    projectName: "项目名称 (project name)",
    dept: "主管部门 (department)",
    unit: "实施单位 (implementing unit)",
    year: "Year",
    fundsInitial: "年初预算数 (10k yuan)",
    fundsBudget: "全年预算数 (10k yuan)",
    fundsExecuted: "全年执行数 (10k yuan)",
    projectList: "Project names (one per line)",
    planNames: "Preview sheet names",
    nameRequired: "Enter at least one project name.",
    yearInvalid: "The year must have four digits, e.g. 2021",
    outsideTitle: "Open this inside Excel",
    outsideWeb: "Using WPS or Office 2016/2019? Open the web page",
    outsideBody:
      "The self-evaluation assistant is an Excel add-in: open its task pane in Excel (desktop or web) from Home → Add-ins.",
    oldExcelTitle: "This version of Excel cannot run the task pane",
    errorTitle: "The action did not complete",
    dismiss: "Dismiss",
    mapColumn: "Point out the column…",
    mapPart: "Point out the part…",
    mappingTitle: "Point out a header",
    mappingConfirm: "Confirm",
    hintsTitle: "Headers pointed out",
    hintClear: "Clear",
    hintBlank: "(blank cell)",
  },
  messages: {
    progress: ({ done, total }) => `Validated ${done} of ${total} sheets`,
    sheetLabel: ({ sheet }) => `Sheet: ${sheet}`,
    selectCellHint: ({ cell }) => `Go to cell ${cell}`,
    reasonLabel: ({ indicator, cell }) => `${indicator} (${cell})`,
    reasonSaved: ({ cell }) => `Wrote ${cell} and validated again.`,
    previewMarks: ({ marks }) => `and ${marks} cells with problems will be highlighted.`,
    written: ({ cells, marks }) =>
      `Wrote ${cells} cells and highlighted ${marks} cells. Click “Restore” to undo.`,
    writtenPruned: ({ cells, marks, pruned }) =>
      `Wrote ${cells} cells and highlighted ${marks}. The restore record was near the workbook's size limit, so the record of ${pruned} cells of earlier writes was removed: Restore still undoes this write but no longer puts those cells back.`,
    restored: ({ cells }) => `Restored ${cells} cells to what they held before the write.`,
    marksCleared: ({ cells }) => `Cleared the marks of ${cells} cells.`,
    plannedNames: ({ count }) => `${count} sheets will be created:`,
    createSheets: ({ count }) => `Create ${count} sheets`,
    created: ({ names }) => `Created: ${names}`,
    summaryWritten: ({ sheet, forms, withErrors }) =>
      `Summary “${sheet}” generated: ${forms} form(s)` +
      (withErrors > 0
        ? `, ${withErrors} with errors, marked red on the summary.`
        : ", none with errors."),
    oldExcelBody: ({ version }) =>
      `The task pane needs an Excel with ExcelApi ${version}: Microsoft 365, Office 2021 or later, or an updated retail Office 2016/2019. Volume-licensed Office 2016/2019 is not supported. Without upgrading you can still validate: the command line selfeval check reads .xlsx files and reports the same findings.`,
    mapFor: ({ name }) => `Show in the sheet the cell that holds 「${name}」`,
    mappingPrompt: ({ sheet, name, kind }) =>
      kind === "column"
        ? `In sheet “${sheet}”, click the header cell of the 「${name}」 column (a blank header cell too), then click Confirm.`
        : `In sheet “${sheet}”, click the title cell of the 「${name}」 part, then click Confirm.`,
    mappingSaved: ({ cell, text, name }) =>
      text === ""
        ? `The blank cell ${cell} now heads 「${name}」; validated again. Clear it under “Headers pointed out”.`
        : `${cell} 「${text}」 is now read as 「${name}」; validated again. Clear it under “Headers pointed out”.`,
    mappingOtherSheet: ({ sheet, picked }) =>
      `The selected cell is on sheet “${picked}”. Select it on sheet “${sheet}”, then click Confirm again.`,
    mappingRefused: ({ cell, refusal }) =>
      refusal === "number"
        ? `${cell} holds a number, not a header. Select the header cell that names the column.`
        : `${cell} holds too long a text for a header. Select the header cell that names the column.`,
    hintRemoved: ({ name, text }) =>
      text === ""
        ? `Cleared the header pointed out for 「${name}」; validated again.`
        : `Cleared 「${text}」 → 「${name}」; validated again.`,
    hintFor: ({ text, name }) => `「${text}」 → 「${name}」`,
    hintWhere: ({ sheet, cell }) => `sheet “${sheet}” ${cell}`,
    profileRefused: ({ issue }) =>
      `The rule profile saved with this workbook is not valid (${formatProfileIssue(issue, "en-US")}); mof-2020 was used. Choose a profile in Settings and save it.`,
    profileNamed: ({ name, base }) => `This is "${name}", adjusting ${base}.`,
  },
  kind: {
    rate: "Execution rate",
    "funds-score": "Funds score",
    "indicator-score": "Indicator score",
    "total-score": "Total",
  },
};
