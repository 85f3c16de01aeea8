import type { Grid } from "../../src/core";

/**
 * Comparing grids read by different readers: the product's .xlsx reader gives ragged
 * rows, the Excel shell the used range's rectangle. Same cells, same merges, any shape.
 */

export const byPosition = (
  a: { top: number; left: number },
  b: { top: number; left: number }
): number => a.top - b.top || a.left - b.left;

/** The grid with its merges in reading order. */
export function normalised(grid: Grid): Grid {
  return { ...grid, merges: [...grid.merges].sort(byPosition) };
}

/** The cell at a sheet address in a grid, empty outside it. */
export function cellOf(grid: Grid, row: number, col: number) {
  return grid.cells[row - grid.top]?.[col - grid.left] ?? { value: null };
}

/** Whether two grids hold the same cells, ignoring trailing empty rows or columns a reader may add or drop. */
export function expectSameCells(actual: Grid, expected: Grid): void {
  const rows = Math.max(actual.top + actual.cells.length, expected.top + expected.cells.length);
  const cols =
    Math.max(...[...actual.cells, ...expected.cells].map((r) => r.length), 0) +
    Math.max(actual.left, expected.left);
  for (let r = Math.min(actual.top, expected.top); r < rows; r += 1) {
    for (let c = Math.min(actual.left, expected.left); c < cols; c += 1) {
      const got = cellOf(actual, r, c);
      const want = cellOf(expected, r, c);
      expect({ at: [r, c], ...got }).toEqual({ at: [r, c], ...want });
    }
  }
  expect(actual.merges.slice().sort(byPosition)).toEqual(expected.merges.slice().sort(byPosition));
}
