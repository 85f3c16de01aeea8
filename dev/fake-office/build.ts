import type { Grid, Scalar } from "../../src/core";
import { cloneCell, FakeWorkbook, type FakeCell, type FakeSheet } from "./model";

/** Builders and inspectors for tests, the playground and the benchmark. */

/** Fills a new sheet from a Grid: values, number formats, formulas, error values and merges. */
export function addSheetFromGrid(workbook: FakeWorkbook, grid: Grid): FakeSheet {
  const sheet = workbook.addSheet(grid.sheet);
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const record: FakeCell = { value: cell.error !== undefined ? null : cell.value };
      if (cell.format !== undefined && cell.format !== "General") record.numberFormat = cell.format;
      if (cell.formula !== undefined) record.formula = cell.formula;
      if (cell.error !== undefined) record.error = cell.error;
      if (record.value === "") record.value = null;
      workbook.putCell(sheet, grid.top + r, grid.left + c, record);
    })
  );
  sheet.merges = grid.merges.map((m) => ({ ...m }));
  return sheet;
}

/** A workbook holding one sheet per grid, the first one active. */
export function workbookFromGrids(grids: Grid[]): FakeWorkbook {
  const workbook = new FakeWorkbook();
  for (const grid of grids) addSheetFromGrid(workbook, grid);
  return workbook;
}

/** A workbook from plain rows of values, one entry per sheet name. */
export function workbookFromRows(sheets: Record<string, Scalar[][]>): FakeWorkbook {
  return workbookFromGrids(
    Object.entries(sheets).map(([sheet, rows]) => ({
      sheet,
      top: 0,
      left: 0,
      cells: rows.map((row) => row.map((value) => ({ value }))),
      merges: [],
    }))
  );
}

/** Everything about a sheet as plain, ordered data: equal snapshots mean identical sheets. */
export function sheetSnapshot(sheet: FakeSheet): unknown {
  const cells: [number, number, FakeCell][] = [];
  for (const [r, row] of [...sheet.rows].sort((a, b) => a[0] - b[0])) {
    for (const [c, cell] of [...row].sort((a, b) => a[0] - b[0]))
      cells.push([r, c, cloneCell(cell)]);
  }
  const byKey = (a: [number, number], b: [number, number]): number => a[0] - b[0];
  return JSON.parse(
    JSON.stringify({
      name: sheet.name,
      protected: sheet.protected,
      cells,
      merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      columnWidths: [...sheet.columnWidths].sort(byKey),
      rowHeights: [...sheet.rowHeights].sort(byKey),
      validations: sheet.validations,
      pageLayout: sheet.pageLayout,
    })
  );
}

/** Snapshots of every sheet plus which one is active. */
export function workbookSnapshot(workbook: FakeWorkbook): unknown {
  return { active: workbook.activeSheetId, sheets: workbook.sheets.map(sheetSnapshot) };
}
