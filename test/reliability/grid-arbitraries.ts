import fc from "fast-check";
import type { Area, Cell, Grid } from "../../src/core";
import { cleanForm, layForm } from "../helpers/form-builder";

/**
 * Hostile grids for the fuzz tests: a real layout (the clean form, the three 2021
 * sample forms, two forms on one sheet) edited the way people edit sheets —
 * rows and columns inserted or deleted, values replaced, labels moved, merges
 * broken or shifted, enormous texts pasted in.
 */

/** Labels and typical contents, so that random cells often look like parts of a form. */
export const LABELS = [
  "项目支出绩效自评表",
  "项目名称",
  "主管部门",
  "实施单位",
  "项目资金（万元）",
  "年度资金总额",
  "年初预算数",
  "全年预算数",
  "全年执行数",
  "执行率",
  "分值",
  "得分",
  "年度总体目标",
  "预期目标",
  "实际完成情况",
  "年度绩效指标完成情况",
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "偏差原因分析及改进措施",
  "总分",
  "合计",
  "产出指标",
  "效益指标",
  "满意度指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "≥90%",
  "≧2次",
  "<=10万元",
  "≤500元",
  "＞0",
  "达成年度指标",
  "部分达成",
  "不适用",
  "提升",
  "2021.01-2021.12",
  "2021年12月31日",
  "10分",
  "—",
  "无",
  "（2021年度）",
];

export const ERRORS = ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];

const LONG = 100_000;

/** 100,000-character texts of the shapes most likely to trip a parser: labels, digits, targets. */
export const LONG_TEXTS: readonly string[] = [
  "项目名称" + "长".repeat(LONG - 4),
  "9".repeat(LONG),
  "≥" + "9".repeat(LONG - 2) + "%",
  "1.".repeat(LONG / 2),
  "≥90%".repeat(LONG / 4),
  " ".repeat(LONG - 1) + "总分",
  "2021.01-".repeat(LONG / 8),
  "=" + "A1+".repeat(LONG / 3),
  "达成".repeat(LONG / 2),
];

const textCell = (value: string): Cell => ({ value });

/** Any cell a sheet might hold: texts, numbers, dates, percents, booleans, errors, formulas. */
export const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: fc.constant<Cell>({ value: null }), weight: 2 },
  { arbitrary: fc.constantFrom(...LABELS).map(textCell), weight: 4 },
  { arbitrary: fc.string({ maxLength: 16 }).map(textCell), weight: 2 },
  { arbitrary: fc.string({ maxLength: 8, unit: "grapheme" }).map(textCell), weight: 1 },
  {
    arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((value): Cell => ({ value })),
    weight: 2,
  },
  {
    arbitrary: fc
      .constantFrom(0, -0, 1e-300, 1e300, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, -1)
      .map((value): Cell => ({ value })),
    weight: 1,
  },
  {
    arbitrary: fc
      .double({ min: 0, max: 3, noNaN: true })
      .map((value): Cell => ({ value, format: "0.00%" })),
    weight: 2,
  },
  {
    // Dates as Excel stores them: a serial number with a date format.
    arbitrary: fc
      .record({
        serial: fc.integer({ min: 1, max: 60000 }),
        format: fc.constantFrom("yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "m/d/yyyy", "yyyy.mm"),
      })
      .map(({ serial, format }): Cell => ({ value: serial, format })),
    weight: 1,
  },
  { arbitrary: fc.boolean().map((value): Cell => ({ value })), weight: 1 },
  {
    arbitrary: fc.constantFrom(...ERRORS).map((error): Cell => ({ value: null, error })),
    weight: 2,
  },
  {
    arbitrary: fc
      .constantFrom(...ERRORS)
      .map((error): Cell => ({ value: null, error, formula: "=1/0" })),
    weight: 1,
  },
  {
    arbitrary: fc.integer({ min: 0, max: 100 }).map((n): Cell => ({ value: n, formula: `=${n}` })),
    weight: 1,
  },
  { arbitrary: fc.constantFrom(...LONG_TEXTS).map(textCell), weight: 1 }
);

export type Edit =
  | { kind: "replace"; r: number; c: number; cell: Cell }
  | { kind: "insertRow"; r: number }
  | { kind: "deleteRow"; r: number }
  | { kind: "insertCol"; c: number }
  | { kind: "deleteCol"; c: number }
  | { kind: "swap"; a: number; b: number; c: number }
  | { kind: "move"; r: number; c: number; r2: number; c2: number }
  | { kind: "breakMerge"; i: number }
  | { kind: "shiftMerge"; i: number; dr: number; dc: number }
  | { kind: "longText"; r: number; c: number; text: string };

/** One edit within a sheet of about `rows` × `cols`. */
export function editArb(rows: number, cols: number): fc.Arbitrary<Edit> {
  const r = fc.nat(rows);
  const c = fc.nat(cols);
  return fc.oneof(
    {
      arbitrary: fc.record({ kind: fc.constant("replace" as const), r, c, cell: cellArb }),
      weight: 6,
    },
    { arbitrary: fc.record({ kind: fc.constant("insertRow" as const), r }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant("deleteRow" as const), r }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant("insertCol" as const), c }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant("deleteCol" as const), c }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant("swap" as const), a: r, b: r, c }), weight: 2 },
    {
      arbitrary: fc.record({ kind: fc.constant("move" as const), r, c, r2: r, c2: c }),
      weight: 2,
    },
    {
      arbitrary: fc.record({ kind: fc.constant("breakMerge" as const), i: fc.nat(12) }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant("shiftMerge" as const),
        i: fc.nat(12),
        dr: fc.integer({ min: -2, max: 2 }),
        dc: fc.integer({ min: -2, max: 2 }),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant("longText" as const),
        r,
        c,
        text: fc.constantFrom(...LONG_TEXTS),
      }),
      weight: 1,
    }
  );
}

const EMPTY = (): Cell => ({ value: null });

function rowAt(cells: Cell[][], r: number): Cell[] {
  while (cells.length <= r) cells.push([]);
  return cells[r]!;
}

function setCell(cells: Cell[][], r: number, c: number, cell: Cell): void {
  const row = rowAt(cells, r);
  while (row.length < c) row.push(EMPTY());
  row[c] = cell;
}

/** Shifts or stretches merges as Excel does when `count` rows (or columns) appear or vanish at `at`. */
function shiftMerges(merges: Area[], axis: "row" | "col", at: number, count: number): Area[] {
  const [lo, hi] = axis === "row" ? (["top", "bottom"] as const) : (["left", "right"] as const);
  const out: Area[] = [];
  for (const m of merges) {
    const next = { ...m };
    if (count > 0) {
      if (next[lo] >= at) next[lo] += count;
      if (next[hi] >= at) next[hi] += count;
    } else if (next[lo] > at) {
      next[lo] -= 1;
      next[hi] -= 1;
    } else if (next[hi] >= at) {
      if (next[lo] === next[hi]) continue;
      next[hi] -= 1;
    }
    if (next.top === next.bottom && next.left === next.right) continue;
    out.push(next);
  }
  return out;
}

/** Applies edits to a copy of a grid (sheet-relative rows and columns). */
export function applyEdits(source: Grid, edits: readonly Edit[]): Grid {
  const cells = source.cells.map((row) => row.map((cell) => ({ ...cell })));
  let merges = source.merges.map((m) => ({ ...m }));
  const top = source.top;
  const left = source.left;
  for (const e of edits) {
    switch (e.kind) {
      case "replace":
        setCell(cells, e.r, e.c, { ...e.cell });
        break;
      case "longText":
        setCell(cells, e.r, e.c, { value: e.text });
        break;
      case "insertRow":
        if (e.r <= cells.length) cells.splice(e.r, 0, []);
        merges = shiftMerges(merges, "row", top + e.r, 1);
        break;
      case "deleteRow":
        if (e.r < cells.length) {
          cells.splice(e.r, 1);
          merges = shiftMerges(merges, "row", top + e.r, -1);
        }
        break;
      case "insertCol":
        for (const row of cells) if (e.c <= row.length) row.splice(e.c, 0, EMPTY());
        merges = shiftMerges(merges, "col", left + e.c, 1);
        break;
      case "deleteCol":
        for (const row of cells) if (e.c < row.length) row.splice(e.c, 1);
        merges = shiftMerges(merges, "col", left + e.c, -1);
        break;
      case "swap": {
        const a = cells[e.a]?.[e.c] ?? EMPTY();
        const b = cells[e.b]?.[e.c] ?? EMPTY();
        setCell(cells, e.a, e.c, b);
        setCell(cells, e.b, e.c, a);
        break;
      }
      case "move": {
        const moved = cells[e.r]?.[e.c] ?? EMPTY();
        setCell(cells, e.r, e.c, EMPTY());
        setCell(cells, e.r2, e.c2, moved);
        break;
      }
      case "breakMerge":
        merges.splice(e.i % Math.max(1, merges.length), 1);
        break;
      case "shiftMerge": {
        const m = merges[e.i % Math.max(1, merges.length)];
        if (m && m.top + e.dr >= 0 && m.left + e.dc >= 0) {
          m.top += e.dr;
          m.bottom += e.dr;
          m.left += e.dc;
          m.right += e.dc;
        }
        break;
      }
    }
  }
  return { ...source, cells, merges };
}

/** Two clean forms on one sheet, one under the other: a sheet that holds several projects. */
export function twoForms(): Grid {
  const first = layForm(cleanForm());
  const spec = cleanForm();
  spec.name = "第二个项目";
  const second = layForm(spec, { top: first.cells.length + 2 });
  return {
    ...first,
    cells: [...first.cells, [], [], ...second.cells.slice(first.cells.length + 2)],
    merges: [...first.merges, ...second.merges],
  };
}

/** The clean form at an offset, as a grid source for mutations. */
export const cleanFormArb: fc.Arbitrary<Grid> = fc
  .record({ top: fc.nat(4), left: fc.nat(3) })
  .map(({ top, left }) => layForm(cleanForm(), { top, left }));

const overlaps = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * The grid as Excel would hold it after such edits: merges never overlap (a later
 * one that would is dropped) and only a merge's top-left cell keeps a value, as
 * when cells are merged in Excel.
 */
export function asExcelHolds(g: Grid): Grid {
  const merges: Area[] = [];
  for (const m of g.merges) {
    if (m.top < g.top || m.left < g.left) continue;
    if (m.top === m.bottom && m.left === m.right) continue;
    if (!merges.some((kept) => overlaps(kept, m))) merges.push(m);
  }
  const cells = g.cells.map((row) => row.slice());
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r += 1) {
      const row = cells[r - g.top];
      if (!row) continue;
      for (let c = m.left; c <= m.right; c += 1) {
        const i = c - g.left;
        if ((r !== m.top || c !== m.left) && i < row.length) row[i] = { value: null };
      }
    }
  }
  return { ...g, cells, merges };
}

/** A source grid (one of `sources`) with up to `maxEdits` edits applied, as Excel would hold it. */
export function mutatedArb(sources: fc.Arbitrary<Grid>, maxEdits = 8): fc.Arbitrary<Grid> {
  return sources.chain((g) => {
    const width = g.cells.reduce((m, r) => Math.max(m, r.length), 0);
    return fc
      .array(editArb(g.cells.length + 2, width + 2), { maxLength: maxEdits })
      .map((edits) => asExcelHolds(applyEdits(g, edits)));
  });
}

/** Random sheets with no form structure at all, merges anywhere (some overlapping, as Excel never has). */
export const randomGridArb: fc.Arbitrary<Grid> = fc
  .record({
    top: fc.nat(5),
    left: fc.nat(5),
    cells: fc.array(fc.array(cellArb, { maxLength: 14 }), { maxLength: 36 }),
    merges: fc.array(fc.record({ top: fc.nat(40), left: fc.nat(16), h: fc.nat(5), w: fc.nat(5) }), {
      maxLength: 8,
    }),
  })
  .map(({ top, left, cells, merges }) => ({
    sheet: "随机",
    top,
    left,
    cells,
    merges: merges.map((m) => ({
      top: top + m.top,
      left: left + m.left,
      bottom: top + m.top + m.h,
      right: left + m.left + m.w,
    })),
  }));
