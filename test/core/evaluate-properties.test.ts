import fc from "fast-check";
import { evaluate, gridArea, isInside, type Cell, type Grid } from "../../src/core";
import { cleanForm, layForm } from "../helpers/form-builder";
import { applyPlan, allowedCells } from "../helpers/apply-plan";
import { loadSampleGrids } from "../helpers/sample";
import { CORPUS_XLSX, REGIONS_XLSX } from "../helpers/fixtures";

const LABELS = [
  "项目名称",
  "主管部门",
  "实施单位",
  "项目资金（万元）",
  "年度资金总额",
  "全年预算数",
  "全年执行数",
  "执行率",
  "分值",
  "得分",
  "年度总体目标",
  "预期目标",
  "实际完成情况",
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "总分",
  "合计",
  "产出指标",
  "数量指标",
  "≥90%",
  "≧2次",
  "<=10万元",
  "达成年度指标",
  "部分达成",
  "不适用",
  "2021.01-2021.12",
  "10分",
  "—",
  "（2021年度）",
];

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant({ value: null }),
  fc.constantFrom(...LABELS).map((value) => ({ value })),
  fc.string({ maxLength: 12 }).map((value) => ({ value })),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((value) => ({ value })),
  fc.double({ min: 0, max: 2, noNaN: true }).map((value) => ({ value, format: "0.00%" })),
  fc.boolean().map((value) => ({ value })),
  fc.constantFrom("#DIV/0!", "#N/A", "#VALUE!").map((error) => ({ value: null, error })),
  fc.integer({ min: 0, max: 100 }).map((n) => ({ value: n, formula: `=${n}` }))
);

const randomGrid: fc.Arbitrary<Grid> = fc
  .record({
    cells: fc.array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 30 }),
    merges: fc.array(fc.record({ top: fc.nat(30), left: fc.nat(12), h: fc.nat(4), w: fc.nat(4) }), {
      maxLength: 6,
    }),
  })
  .map(({ cells, merges }) => ({
    sheet: "随机",
    top: 0,
    left: 0,
    cells,
    merges: merges.map((m) => ({
      top: m.top,
      left: m.left,
      bottom: m.top + m.h,
      right: m.left + m.w,
    })),
  }));

/** A form with rows or columns inserted or removed, values replaced and labels moved. */
const mutated = (base: (top: number, left: number) => Grid): fc.Arbitrary<Grid> =>
  fc
    .record({
      top: fc.nat(3),
      left: fc.nat(3),
      edits: fc.array(
        fc.oneof(
          fc.record({
            kind: fc.constant("replace" as const),
            r: fc.nat(22),
            c: fc.nat(12),
            cell: cellArb,
          }),
          fc.record({ kind: fc.constant("insertRow" as const), r: fc.nat(22) }),
          fc.record({ kind: fc.constant("removeRow" as const), r: fc.nat(22) }),
          fc.record({ kind: fc.constant("insertCol" as const), c: fc.nat(12) }),
          fc.record({
            kind: fc.constant("swap" as const),
            a: fc.nat(22),
            b: fc.nat(22),
            c: fc.nat(12),
          })
        ),
        { maxLength: 6 }
      ),
    })
    .map(({ top, left, edits }) => {
      const g = base(top, left);
      const cells = g.cells.map((r) => r.map((c) => ({ ...c })));
      for (const e of edits) {
        if (e.kind === "replace") {
          const row = cells[e.r] ?? [];
          row[e.c] = e.cell;
          for (let i = 0; i < row.length; i++) row[i] ??= { value: null };
          cells[e.r] = row;
        } else if (e.kind === "insertRow") cells.splice(e.r, 0, []);
        else if (e.kind === "removeRow") cells.splice(e.r, 1);
        else if (e.kind === "insertCol") cells.forEach((r) => r.splice(e.c, 0, { value: null }));
        else {
          const ra = cells[e.a];
          const rb = cells[e.b];
          if (ra && rb) {
            const x = ra[e.c] ?? { value: null };
            ra[e.c] = rb[e.c] ?? { value: null };
            rb[e.c] = x;
            for (const row of [ra, rb])
              for (let i = 0; i < row.length; i++) row[i] ??= { value: null };
          }
        }
      }
      return { ...g, cells };
    });

/** A grid moved down and right by whole rows and columns, merges included. */
function shift(g: Grid, top: number, left: number): Grid {
  const pad = (row: Cell[]) => [
    ...Array.from({ length: left }, () => ({ value: null })),
    ...row.map((c) => ({ ...c })),
  ];
  return {
    ...g,
    cells: [...Array.from({ length: top }, () => []), ...g.cells.map(pad)],
    merges: g.merges.map((m) => ({
      top: m.top + top,
      bottom: m.bottom + top,
      left: m.left + left,
      right: m.right + left,
    })),
  };
}

function checkInvariants(g: Grid): void {
  const evaluations = evaluate(g);
  const area = gridArea(g);
  for (const e of evaluations) {
    for (const f of e.findings) {
      const inside =
        isInside(area, f.address) || (f.address.row === g.top && f.address.col === g.left);
      if (!inside)
        throw new Error(`${f.code} addressed outside the grid: ${JSON.stringify(f.address)}`);
    }
    const allowed = allowedCells(e);
    for (const w of e.plan.writes) {
      if (!allowed.has(`${w.address.row}:${w.address.col}`))
        throw new Error(`write to a cell that is not computed: ${JSON.stringify(w)}`);
    }
  }
  const again = evaluate(applyPlan(g, evaluations));
  const writes = again.flatMap((e) => e.plan.writes);
  if (writes.length > 0)
    throw new Error(`second evaluation plans writes: ${JSON.stringify(writes)}`);
}

describe("evaluate on random and mutated grids (fast-check, fixed seed)", () => {
  it("never throws, addresses every finding inside the grid, writes only computed cells, and is idempotent on random grids", () => {
    fc.assert(
      fc.property(randomGrid, (g) => checkInvariants(g)),
      { seed: 20211231, numRuns: 400 }
    );
  });

  it("holds the same on mutations of the official layout", () => {
    const form = mutated((top, left) => layForm(cleanForm(), { top, left }));
    fc.assert(
      fc.property(form, (g) => checkInvariants(g)),
      { seed: 20211231, numRuns: 400 }
    );
  });

  it("holds the same on mutations of the three real sample forms", async () => {
    const samples = await loadSampleGrids();
    const form = fc
      .constantFrom(...samples)
      .chain((sample) => mutated((top, left) => shift(sample, top, left)));
    fc.assert(
      fc.property(form, (g) => checkInvariants(g)),
      { seed: 20211231, numRuns: 300 }
    );
  });

  it("holds the same on mutations of the real forms of other regions and years", async () => {
    const forms = [
      ...(await loadSampleGrids(REGIONS_XLSX)),
      ...(await loadSampleGrids(CORPUS_XLSX)),
    ];
    const form = fc
      .constantFrom(...forms)
      .chain((real) => mutated((top, left) => shift(real, top, left)));
    fc.assert(
      fc.property(form, (g) => checkInvariants(g)),
      { seed: 20211231, numRuns: 400 }
    );
  });
});
