import ExcelJS from "exceljs";
import type { Cell, Grid } from "../../src/core";
import { loadWorkbook, XlsxWorkbookPort } from "../../src/xlsx";

/** Writes grids into a new exceljs workbook as Excel would hold them (values, formulas, errors, formats, merges). */
export function workbookFromGrids(grids: Grid[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.sheet);
    grid.cells.forEach((row, r) =>
      row.forEach((cell: Cell, c) => {
        const target = sheet.getCell(grid.top + r + 1, grid.left + c + 1);
        if (cell.formula !== undefined) {
          const result =
            cell.error !== undefined ? { error: cell.error } : (cell.value ?? undefined);
          target.value = { formula: cell.formula.slice(1), result } as ExcelJS.CellFormulaValue;
        } else if (cell.error !== undefined) {
          target.value = { error: cell.error } as ExcelJS.CellErrorValue;
        } else if (cell.value !== null) {
          target.value = cell.value;
        }
        if (cell.format !== undefined) target.numFmt = cell.format;
      })
    );
    for (const m of grid.merges) {
      sheet.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
  }
  return workbook;
}

/** Saves a workbook to bytes and opens them again through the reader under test. */
export async function reopen(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const opened = await loadWorkbook(bytes);
  if (!opened.ok) throw new Error(`reopen failed: ${opened.problem.code}`);
  return opened.workbook;
}

/** A port over a saved-and-reopened workbook holding these grids. */
export async function portOverGrids(grids: Grid[]): Promise<XlsxWorkbookPort> {
  return new XlsxWorkbookPort(await reopen(workbookFromGrids(grids)), {
    now: () => "2021-12-31T00:00:00.000Z",
  });
}
