import type { Area, Cell, Grid, Scalar } from "../../src/core";
import { areaFromA1 } from "../../src/core/address";

type CellInput = Scalar | Cell | undefined;

/** Builds a grid from rows of plain values or cells: grid([["项目名称", "X"]], { merges: ["A1:B1"] }). */
export function grid(
  rows: CellInput[][],
  opts: { sheet?: string; merges?: string[]; top?: number; left?: number } = {}
): Grid {
  const cells: Cell[][] = rows.map((row) =>
    row.map((v) => (v !== null && typeof v === "object" ? (v as Cell) : { value: v ?? null }))
  );
  const merges: Area[] = (opts.merges ?? []).map((m) => {
    const a = areaFromA1(m);
    if (!a) throw new Error(`bad merge ${m}`);
    return a;
  });
  return { sheet: opts.sheet ?? "Sheet1", top: opts.top ?? 0, left: opts.left ?? 0, cells, merges };
}

/** A percent cell as Excel stores it: 0.95 with format "0%". */
export const pct = (value: number, format = "0%"): Cell => ({ value, format });
