import type ExcelJS from "exceljs";

/**
 * Corrections to what exceljs 4.4 makes of a file it read, where it would otherwise write
 * something other than what it read. Each was found by the fidelity check (test/xlsx).
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

interface RowInternals {
  _cells?: unknown[];
}

/**
 * exceljs writes a row only when it has cells or a height, so a hidden empty row (a spacer
 * taken out of the printout) would come back shown. Giving it the sheet's default height keeps
 * it, as high as it was.
 */
function keepHiddenEmptyRows(sheet: ExcelJS.Worksheet): void {
  const rows = (sheet as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows ?? [];
  for (const row of rows) {
    if (!row || !row.hidden || row.height) continue;
    const cells = (row as unknown as RowInternals)._cells ?? [];
    if (cells.some((c) => c !== undefined)) continue;
    row.height = sheet.properties.defaultRowHeight || 15;
  }
}

interface ImageInternals {
  imageId: number | string;
}

/**
 * exceljs 4.4 gives the wrong picture to an anchor that shows the same image as the anchor
 * written just before it (its drawing writer looks the earlier relationship up by image id
 * where it stored it by position), so a logo shown twice swaps places with another picture.
 * Each such anchor gets its own copy of the image, which exceljs always writes right.
 */
function keepPictures(workbook: ExcelJS.Workbook): void {
  let previous: number | string | undefined;
  for (const sheet of workbook.worksheets) {
    for (const image of sheet.getImages() as unknown as ImageInternals[]) {
      if (image.imageId === previous) {
        const medium = workbook.getImage(Number(image.imageId)) as ExcelJS.Image | undefined;
        if (medium) image.imageId = workbook.addImage({ ...medium });
      }
      previous = image.imageId;
    }
  }
}

interface RowCells {
  _cells?: (ExcelJS.Cell | undefined)[];
}

/**
 * exceljs turns the cached result of a formula in a date-formatted cell into a date, an error
 * (#DIV/0!) included, and would write it as "NaN", which is no value at all. The cached result
 * is dropped instead: Excel, WPS and LibreOffice compute a formula without one when they open it.
 */
function dropUnreadableResults(sheet: ExcelJS.Worksheet): void {
  const rows = (sheet as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows ?? [];
  for (const row of rows) {
    for (const cell of (row as unknown as RowCells | undefined)?._cells ?? []) {
      const value = cell?.value as { formula?: string; result?: unknown } | null | undefined;
      if (!cell || !value || typeof value !== "object" || !("result" in value)) continue;
      if (value.result instanceof Date && Number.isNaN(value.result.getTime())) {
        const { result: _dropped, ...rest } = value;
        cell.value = rest as ExcelJS.CellValue;
      }
    }
  }
}

/** Applies every correction to a workbook just read. */
export function repairModel(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    keepPageNumbering(sheet);
    keepHiddenEmptyRows(sheet);
    dropUnreadableResults(sheet);
  }
  keepPictures(workbook);
}
