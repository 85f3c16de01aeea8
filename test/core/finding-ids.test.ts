import { evaluate } from "../../src/core/evaluate";
import { cleanForm, layForm } from "../helpers/form-builder";
import type { Grid } from "../../src/core/grid";
import { damagedSample, loadSampleGrids } from "../helpers/sample";

let sample: Grid;
beforeAll(async () => {
  [sample] = (await loadSampleGrids()) as [Grid];
});

describe("finding ids", () => {
  it("gives two findings of one code on one cell distinct ids", () => {
    const g = layForm(cleanForm());
    // No goals block and no 总分 row: two layout.missing-part findings at the form's corner.
    g.cells[9] = [];
    g.cells[10] = [];
    g.cells[19] = [];
    const missing = evaluate(g)[0]!.findings.filter((f) => f.code === "layout.missing-part");
    expect(missing.map((f) => f.id)).toEqual([
      "A1:layout.missing-part",
      "A1:layout.missing-part#2",
    ]);
  });

  it("keeps ids unique within each evaluation and the same when the sheet is evaluated again", () => {
    const grid = damagedSample(sample);
    const first = evaluate(grid);
    for (const e of first) {
      const ids = e.findings.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(evaluate(grid).map((e) => e.findings.map((f) => f.id))).toEqual(
      first.map((e) => e.findings.map((f) => f.id))
    );
  });

  it("names in the plan the findings each mark flags and each write corrects", () => {
    const [e] = evaluate(damagedSample(sample));
    const ids = new Set(e!.findings.map((f) => f.id));
    const fixed = e!.findings.filter((f) => f.fixed).map((f) => f.id);
    const written = e!.plan.writes.flatMap((w) => w.findings ?? []);
    expect(fixed.length).toBeGreaterThan(0);
    expect(written).toEqual(expect.arrayContaining(fixed));
    for (const mark of e!.plan.marks) {
      expect(mark.findings?.length).toBeGreaterThan(0);
      for (const id of mark.findings ?? []) expect(ids.has(id)).toBe(true);
    }
  });
});

describe("evaluation kinds", () => {
  it("says in the evaluation whether the sheet holds a form, for the shells to switch on", () => {
    const [form] = evaluate(sample);
    expect(form?.kind).toBe("form");
    const [none] = evaluate({
      sheet: "汇总",
      top: 0,
      left: 0,
      cells: [[{ value: "合计" }]],
      merges: [],
    });
    expect(none).toMatchObject({ kind: "no-form", form: null, score: null });
    expect(none?.findings.map((f) => f.code)).toEqual(["layout.not-a-form"]);
  });
});
