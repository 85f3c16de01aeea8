/** The public entry of the core: shells import only from here. */
export * from "./grid";
export * from "./address";
export { serialFromEpochMs } from "./calendar";
export * from "./findings";
export * from "./plan";
export * from "./journal";
export * from "./sheet-spec";
export * from "./port";
export * from "./values";
export * from "./form";
export * from "./evaluation";
export * from "./profile";
export * from "./profile-issues";
export * from "./builtin-profiles";
export * from "./resolve-profile";
export { formatProfileIssue, profileSummary, ruleName } from "./profile-words";
export * from "./settings";
export * from "./stored-settings";
export { evaluate } from "./evaluate";
export * from "./validate-workbook";
export * from "./lang";
export {
  formatFinding,
  partName,
  severityName,
  CORE_LANGUAGES,
  type CoreLanguage,
  type CoreNames,
} from "./messages";
export { say, strictParams, MissingParameterError, type NoParams, type Wording } from "./wording";
export { cellText, normalizeText, roundHalfUp } from "./normalize";
export { gradeOf } from "./check-totals";
export * from "./template";
export * from "./summary";
export { isOwnSummary } from "./summary-mark";
export * from "./summary-sheet";
export { CSV_BOM, summaryCsv } from "./summary-csv";
export {
  SUMMARY_COLUMNS,
  summaryColumn,
  summaryLabel,
  summaryMessage,
  type SummaryColumn,
  type SummaryLabel,
  type SummaryParams,
} from "./summary-words";
export * from "./template-input";
export { formatTemplateIssue, sheetNameReason } from "./template-words";
export * from "./sheet-names";
export * from "./layout-hints";
export { formatHintIssue } from "./hint-words";
export { FIELDS, FIELD_KEYS, type FieldKey } from "./label-dictionary";
