import type { Area, Cell, Grid } from "../src/core";

/**
 * Synthetic workbooks built from the real sample forms: copies of their grids stacked down
 * sheets (two blank rows between forms) and spread over sheets.
 */

/** Rows left empty between two stacked forms. */
const GAP = 2;

/** One sheet holding `count` forms, taken in turn from the samples, one under another. */
export function stackForms(samples: Grid[], count: number, sheet: string, first = 0): Grid {
  const cells: Cell[][] = [];
  const merges: Area[] = [];
  for (let i = 0; i < count; i += 1) {
    const sample = samples[(first + i) % samples.length]!;
    const offset = cells.length;
    for (const row of sample.cells) cells.push(row.map((cell) => ({ ...cell })));
    for (const m of sample.merges)
      merges.push({ ...m, top: m.top + offset, bottom: m.bottom + offset });
    for (let g = 0; g < GAP; g += 1) cells.push([]);
  }
  return { sheet, top: 0, left: 0, cells, merges };
}

/** A workbook of `forms` forms, `perSheet` to a sheet. */
export function syntheticWorkbook(samples: Grid[], forms: number, perSheet: number): Grid[] {
  const sheets: Grid[] = [];
  for (let done = 0; done < forms; done += perSheet)
    sheets.push(
      stackForms(samples, Math.min(perSheet, forms - done), `表${sheets.length + 1}`, done)
    );
  return sheets;
}
