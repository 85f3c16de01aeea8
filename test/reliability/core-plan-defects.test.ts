import { evaluate, toA1 } from "../../src/core";
import { applyPlan } from "../helpers/apply-plan";
import { cleanForm, layForm } from "../helpers/form-builder";
import { misplacedWrites } from "./write-targets";

/**
 * Plans that write the wrong cell or a value that is no value. Found by the fuzz
 * tests (evaluate-fuzz, restore-fuzz); the defects are in src/core and are shown
 * here; they were it.failing until fixed in src/core.
 */

/** The clean form with the indicator header row (row 12, 0-based 11) edited at one column. */
function withHeaderCell(col: number, value: string | null) {
  const g = layForm(cleanForm());
  g.cells[11]![col] = { value };
  return g;
}

const writesOf = (g: ReturnType<typeof layForm>) =>
  evaluate(g).flatMap((e) => e.plan.writes.map((w) => `${toA1(w.address)}=${String(w.value)}`));

describe("the engine writes computed cells only, and only finite values", () => {
  it("the independent write check accepts the clean form and a wrong score in 得分", () => {
    const g = layForm(cleanForm());
    expect(misplacedWrites(g, evaluate(g)[0]!.plan.writes)).toEqual([]);
    g.cells[13]![7] = { value: 5 };
    const writes = evaluate(g)[0]!.plan.writes;
    expect(writes.map((w) => toA1(w.address))).toContain("H14");
    expect(misplacedWrites(g, writes)).toEqual([]);
  });

  // Defect 1 (src/core/read-indicators.ts): `at(row, col)` falls back to the 一级指标 column
  // (header.address.col) for a column whose label is missing. With no 得分 label, scores are
  // read from column B and the plan writes computed scores into the blank 一级指标 cells B15:B17.
  // Expected: no score column → no indicator-score writes (and a layout.missing-part finding).
  it("writes no score into the 一级指标 column when the 得分 label is gone", () => {
    const g = withHeaderCell(7, null);
    expect(writesOf(g)).toEqual([]);
  });

  // Defect 2 (src/core/locate.ts, read-total.ts): a 总分 label on the indicator header row becomes
  // the form's total anchor, so the total score is read from, and "100分" written over, the 得分
  // label H12. A second run then reads no 得分 column and hits defect 1.
  // Expected: a total anchor counts only below the indicator header row.
  it("never writes over the 得分 label when 总分 is typed into the header row", () => {
    const g = withHeaderCell(8, "总分");
    const writes = evaluate(g).flatMap((e) => e.plan.writes);
    expect(misplacedWrites(g, writes)).toEqual([]);
    expect(writes.map((w) => toA1(w.address))).not.toContain("H12");
  });

  it("plans nothing the second time when 总分 is typed into the header row", () => {
    const g = withHeaderCell(8, "总分");
    const again = evaluate(applyPlan(g, evaluate(g))).flatMap((e) => e.plan.writes);
    expect(again).toEqual([]);
  });

  // Defect 3 (src/core/check-funds.ts): R1 gives no rate only for a budget of 0. A budget that is
  // not 0 but so small that 全年执行数 / 全年预算数 overflows (5e-324, or -1e-320 from a formula)
  // gives a rate of ±Infinity: the plan writes the rate as null (the shell clears 执行率) and the
  // funds and total scores as "-Infinity分". Expected: no rate (as for 0) when it is not finite.
  it.each([5e-324, -1e-320])("writes only finite values when 全年预算数 is %p", (budget) => {
    const spec = cleanForm();
    spec.funds.budget = budget;
    const writes = evaluate(layForm(spec)).flatMap((e) => e.plan.writes);
    const bad = writes.filter((w) => {
      const value: unknown = w.value;
      if (typeof value === "number") return !Number.isFinite(value);
      return typeof value !== "string" || /Infinity|NaN/.test(value);
    });
    expect(bad).toEqual([]);
  });
});
