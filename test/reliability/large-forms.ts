import type { Area, Cell, Grid } from "../../src/core";
import { cleanForm, layForm } from "../helpers/form-builder";

/** Forms of thousands of indicator rows, built from the clean form or from a real 2021 form. */

/** The clean form with `count` indicator rows (its six rows repeated, names numbered). */
export function largeCleanForm(count: number): Grid {
  const spec = cleanForm();
  const base = spec.rows;
  spec.rows = Array.from({ length: count }, (_, i) => {
    const row = base[i % base.length]!;
    return { ...row, name: `${String(row.name)}${i + 1}` };
  });
  return layForm(spec, { sheet: `${count}行` });
}

function rowText(row: Cell[] | undefined, col: number): string {
  const value = row?.[col]?.value;
  return typeof value === "string" ? value : "";
}

/**
 * A real form with its indicator rows repeated up to `count` rows: the 一级/二级
 * merges of the repeated rows are dropped and the merges below move down.
 */
export function largeSampleForm(sample: Grid, count: number): Grid {
  const header = sample.cells.findIndex((row) => rowText(row, 1) === "一级指标");
  const total = sample.cells.findIndex((row) => rowText(row, 0).replace(/\s/g, "") === "总分");
  if (header < 0 || total < 0) throw new Error(`${sample.sheet}: no indicator table`);
  const first = header + 2;
  const body = sample.cells.slice(first, total);
  const rows = Array.from({ length: count }, (_, i) =>
    body[i % body.length]!.map((cell) => ({ ...cell }))
  );
  const grown = count - body.length;
  const cells = [...sample.cells.slice(0, first), ...rows, ...sample.cells.slice(total)];
  const merges: Area[] = [];
  for (const m of sample.merges) {
    if (m.top >= total) merges.push({ ...m, top: m.top + grown, bottom: m.bottom + grown });
    else if (m.top < first && m.bottom >= first)
      merges.push({ ...m, bottom: m.bottom + grown }); // the 年度绩效指标完成情况 column
    else if (m.bottom < first) merges.push({ ...m });
  }
  return { ...sample, sheet: `${sample.sheet}${count}`, cells, merges };
}
