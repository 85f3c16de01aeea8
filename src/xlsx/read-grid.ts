import type ExcelJS from "exceljs";
import { areaFromA1, type Area, type Cell, type Grid } from "../core";
import { readCell } from "./cell-value";

/**
 * A worksheet as a Grid covering its used range (cells with a value or a number
 * format, and merges), like Office.js's getUsedRange.
 *
 * exceljs's public iterators either skip format-only cells or create every cell
 * up to a row's end, and `worksheet.model` serialises the whole sheet to list its
 * merges; for sheets of 100,000 rows the reader uses the row's sparse cell list
 * and the sparse row, cell and merge lists instead (exceljs 4.4 is pinned).
 */

interface RowInternals {
  _cells?: (ExcelJS.Cell | undefined)[];
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface SheetInternals {
  _merges?: Record<string, MergeRange | undefined>;
  _rows?: (ExcelJS.Row | undefined)[];
}

/** The rows the file holds, including rows of formatted empty cells, without creating the gaps. */
function rowsOf(worksheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const sparse = (worksheet as unknown as SheetInternals)._rows;
  if (Array.isArray(sparse)) return sparse.filter((r): r is ExcelJS.Row => r !== undefined);
  const rows: ExcelJS.Row[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) => rows.push(row));
  return rows;
}

/** The cells a row holds in the file, without creating the gaps between them. */
function cellsOfRow(row: ExcelJS.Row): ExcelJS.Cell[] {
  const sparse = (row as unknown as RowInternals)._cells;
  if (Array.isArray(sparse)) return sparse.filter((c): c is ExcelJS.Cell => c !== undefined);
  const cells: ExcelJS.Cell[] = [];
  row.eachCell({ includeEmpty: false }, (cell) => cells.push(cell));
  return cells;
}

/** Merged areas, 0-based. */
export function mergesOf(worksheet: ExcelJS.Worksheet): Area[] {
  const index = (worksheet as unknown as SheetInternals)._merges;
  if (index && typeof index === "object") {
    return Object.values(index)
      .filter((m): m is MergeRange => m !== undefined)
      .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  }
  return (worksheet.model.merges ?? [])
    .map((ref: string) => areaFromA1(ref))
    .filter((a): a is Area => a !== undefined);
}

interface Placed {
  row: number;
  col: number;
  cell: Cell;
}

function isUsed(cell: Cell): boolean {
  return (
    cell.value !== null ||
    cell.format !== undefined ||
    cell.formula !== undefined ||
    cell.error !== undefined
  );
}

/** Reads one worksheet; dates become serial numbers in the workbook's date system. */
export function readGrid(worksheet: ExcelJS.Worksheet, date1904: boolean): Grid {
  const merges = mergesOf(worksheet);
  const placed: Placed[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const extend = (row: number, col: number): void => {
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  };
  for (const row of rowsOf(worksheet)) {
    for (const source of cellsOfRow(row)) {
      const inner = source.isMerged && source.master !== source;
      const cell = readCell(source, date1904, inner);
      if (!isUsed(cell)) continue;
      const r = Number(source.row) - 1;
      const c = Number(source.col) - 1;
      placed.push({ row: r, col: c, cell });
      extend(r, c);
    }
  }
  for (const m of merges) {
    extend(m.top, m.left);
    extend(m.bottom, m.right);
  }
  if (bottom < 0) return { sheet: worksheet.name, top: 0, left: 0, cells: [], merges };

  const cells: Cell[][] = Array.from({ length: bottom - top + 1 }, () => []);
  for (const { row, col, cell } of placed) {
    const line = cells[row - top];
    if (line) line[col - left] = cell;
  }
  // Rows are ragged (each ends at its last used cell) but dense up to there.
  for (const line of cells) {
    for (let c = 0; c < line.length; c += 1) line[c] ??= { value: null };
  }
  return { sheet: worksheet.name, top, left, cells, merges };
}

/** Whether a sheet holds no value at all (formats alone do not count). */
export function isBlankGrid(grid: Grid): boolean {
  return grid.cells.every((row) =>
    row.every((cell) => cell.error === undefined && (cell.value === null || cell.value === ""))
  );
}
