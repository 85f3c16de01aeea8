/**
 * A worksheet as plain data: the values Excel stores, their number formats,
 * formulas and merges. Every shell (Excel add-in, exceljs, the playground) produces
 * this shape and the core reads nothing else.
 */

export type Scalar = string | number | boolean | null;

export interface Cell {
  /** The stored value: a percent cell holds 0.95, a date cell its serial number. */
  value: Scalar;
  /** Excel number format code, e.g. "0.0%"; absent or "General" when none. */
  format?: string;
  /** Formula text including the leading "=", when the cell holds one. */
  formula?: string;
  /** Excel error text such as "#DIV/0!" when the cell evaluates to an error (value is then null). */
  error?: string;
}

/** 0-based row and column on a sheet. A1 text appears only at the edges. */
export interface Address {
  row: number;
  col: number;
}

/** An inclusive rectangle of cells, 0-based. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * `cells[r][c]` is the cell at sheet row `top + r`, column `left + c`.
 * Rows may be ragged; a missing cell is an empty one.
 */
export interface Grid {
  sheet: string;
  top: number;
  left: number;
  cells: Cell[][];
  merges: Area[];
}

const EMPTY: Cell = Object.freeze({ value: null }) as Cell;

/** The cell at an absolute sheet address, or an empty cell outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): Cell {
  return grid.cells[row - grid.top]?.[col - grid.left] ?? EMPTY;
}

/** The area the grid covers (its bottom/right may be below top/left for an empty grid). */
export function gridArea(grid: Grid): Area {
  const width = grid.cells.reduce((max, r) => Math.max(max, r.length), 0);
  return {
    top: grid.top,
    left: grid.left,
    bottom: grid.top + grid.cells.length - 1,
    right: grid.left + width - 1,
  };
}

export function isInside(area: Area, a: Address): boolean {
  return a.row >= area.top && a.row <= area.bottom && a.col >= area.left && a.col <= area.right;
}

export function isEmptyCell(cell: Cell): boolean {
  return (
    cell.error === undefined &&
    (cell.value === null || (typeof cell.value === "string" && cell.value.trim() === ""))
  );
}

/** The merge containing an address, if any. */
export function mergeAt(grid: Grid, a: Address): Area | undefined {
  return grid.merges.find((m) => isInside(m, a));
}
