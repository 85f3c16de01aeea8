import type ExcelJS from "exceljs";

/**
 * Corrections to what exceljs 4.4 makes of a file it read, for what it would otherwise write
 * differently from what it read.
 */

/**
 * exceljs reads a missing `firstPageNumber` as 1 and writes `useFirstPageNumber="1"` whenever
 * that number is set, so every sheet of a copy would restart its page numbers at 1 (printing a
 * whole workbook numbers its pages across sheets). The number is kept only where the file used it.
 */
function keepPageNumbering(sheet: ExcelJS.Worksheet): void {
  const setup = sheet.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
  if (setup.useFirstPageNumber !== true) delete setup.firstPageNumber;
}

/** Applies every correction to a workbook just read. */
export function repairModel(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) keepPageNumbering(sheet);
}
