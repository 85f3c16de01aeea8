/** The Office.js shell: what the task pane and the ribbon commands import. */
export { createExcelPort, type ExcelPort, type ExcelPortOptions } from "./port";
export {
  officeHost,
  detectFeatures,
  FLOOR_VERSION,
  type OfficeHost,
  type OfficeGlobals,
  type ExcelFeatures,
  type DocumentSettings,
} from "./host";
export {
  ExcelFaultError,
  faultText,
  toFaultError,
  type ExcelFault,
  type ExcelFaultKind,
  type FaultOutcome,
} from "./faults";
export { snapshotSheets, loadSheetNames, type SheetSelection } from "./snapshot";
export { journalsOf, JOURNAL_SETTING } from "./journal-store";
export { documentLanguage, SETTINGS_KEY } from "./document-language";
export {
  readDocumentSettings,
  saveDocumentSettings,
  readDocumentHints,
  saveDocumentHints,
  updateDocumentHints,
  LAYOUT_KEY,
} from "./document-settings";
export type { SelectedCell } from "./selection";
