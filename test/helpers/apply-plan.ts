import type { Cell, Evaluation, Grid } from "../../src/core";

/** Applies planned writes to a copy of a grid, as a shell would (value and number format). */
export function applyPlan(g: Grid, evaluations: Evaluation[]): Grid {
  const cells = g.cells.map((row) => row.map((c) => ({ ...c })));
  for (const e of evaluations) {
    for (const w of e.plan.writes) {
      const r = w.address.row - g.top;
      const c = w.address.col - g.left;
      while (cells.length <= r) cells.push([]);
      const row = cells[r] as Cell[];
      while (row.length <= c) row.push({ value: null });
      const next: Cell = { value: w.value };
      const format = w.format ?? row[c]?.format;
      if (format !== undefined) next.format = format;
      row[c] = next;
    }
  }
  return { ...g, cells };
}

/** The cells the engine may write for an evaluation (rules.md §5). */
export function allowedCells(e: Evaluation): Set<string> {
  const out = new Set<string>();
  const add = (a: { row: number; col: number } | undefined) => a && out.add(`${a.row}:${a.col}`);
  add(e.form?.funds?.rate?.address);
  add(e.form?.funds?.score?.address);
  add(e.form?.total?.score?.address);
  for (const i of e.form?.indicators ?? []) add(i.score.address);
  return out;
}
