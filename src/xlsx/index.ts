/** The .xlsx shell: read workbooks into Grids, apply plans and specs, write files. */
export { READ_LIMITS, type ReadLimits } from "./limits";
export {
  formatProblem,
  WorkbookProblemError,
  type WorkbookProblem,
  type WorkbookProblemCode,
} from "./problems";
export { containerProblem, detectContainer, type Container } from "./sniff";
export { inspectZip, type ZipEntry, type ZipInspection } from "./zip-guard";
export { checkWorkbookBytes, loadWorkbook, openWorkbook } from "./open-workbook";
export { parseWorkbook, shortDetail, type OpenResult } from "./parse-workbook";
export { writtenBytes } from "./written-bytes";
export { dateToSerial, readCell } from "./cell-value";
export { isBlankGrid, mergesOf, readGrid } from "./read-grid";
export { writeSpec } from "./apply-spec";
export { auditPackage, type UnkeptFeature } from "./package-audit";
export { unkeptNames } from "./problems";
export { OoxmlPackage } from "./package";
export { XlsxWorkbookPort, type XlsxPortOptions } from "./xlsx-port";
export { backupPathFor, saveInPlace, saveWorkbook, workbookBytes } from "./save";
