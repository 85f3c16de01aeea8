import { evalForm } from "../helpers/form-builder";
import { codesAt, writesOf } from "../helpers/findings";
import { pct } from "../helpers/grid";

describe("funds block (R1, R2)", () => {
  it("computes the execution rate from 全年执行数 / 全年预算数, not 年初预算数", () => {
    const e = evalForm((s) => {
      s.funds = {
        ...s.funds,
        initial: 8,
        budget: 10,
        executed: 9,
        rate: pct(0.9, "0.0%"),
        score: 9,
      };
      s.fundRows.current = [8, 10, 9];
    });
    expect(e.executionRate).toBeCloseTo(0.9, 10);
    expect(codesAt(e)).not.toContain("funds.rate-wrong@H6");
    expect(codesAt(e)).toContain("funds.execution-low@H6");
    expect(e.findings.find((f) => f.code === "funds.execution-low")?.severity).toBe("info");
  });

  it("warns when execution is below 80%, and scores wF × rate", () => {
    const e = evalForm((s) => {
      s.funds = { ...s.funds, executed: 7, rate: pct(0.7, "0.0%"), score: "10分" };
      s.fundRows.current = [10, 10, 7];
    });
    expect(e.findings.find((f) => f.code === "funds.execution-low")?.severity).toBe("warning");
    expect(codesAt(e)).toContain("funds.score-wrong@I6");
    expect(writesOf(e)).toContain("I6=7分");
  });

  it("caps the funds score at wF when more was spent than budgeted, and warns", () => {
    const e = evalForm((s) => {
      s.funds = { ...s.funds, executed: 12, rate: pct(1.2, "0.0%"), score: "10分" };
      s.fundRows.current = [10, 10, 12];
    });
    expect(codesAt(e)).toContain("funds.over-budget@F6");
    expect(codesAt(e)).not.toContain("funds.score-wrong@I6");
  });

  it("gives no rate and funds.budget-zero when 全年预算数 is 0 or blank", () => {
    for (const budget of [0, null]) {
      const e = evalForm((s) => {
        s.funds = { ...s.funds, budget };
        s.fundRows.current = [10, budget, 10];
      });
      expect(e.executionRate).toBeNull();
      expect(codesAt(e)).toContain("funds.budget-zero@E6");
      expect(writesOf(e).filter((w) => w.startsWith("H6"))).toEqual([]);
    }
  });

  it("compares the rate at the precision its cell shows", () => {
    const set = (rate: unknown) =>
      evalForm((s) => {
        s.funds = { ...s.funds, budget: 100, executed: 86.18, score: 8.62, rate: rate as never };
        s.funds.initial = 100;
        s.fundRows.current = [100, 100, 86.18];
      });
    expect(codesAt(set(pct(0.8619, "0.00%")))).toContain("funds.rate-wrong@H6");
    expect(codesAt(set(pct(0.862, "0.0%")))).not.toContain("funds.rate-wrong@H6");
    expect(codesAt(set("86.18%"))).not.toContain("funds.rate-wrong@H6");
    const rateWrite = set(pct(0.8619, "0.00%")).plan.writes.find((w) => w.kind === "rate");
    expect(rateWrite?.value).toBeCloseTo(0.8618, 12);
    expect(rateWrite?.format).toBe("0.00%");
  });

  it("writes a blank rate as a percent without calling it wrong", () => {
    const e = evalForm((s) => {
      s.funds.rate = null;
    });
    expect(codesAt(e)).not.toContain("funds.rate-wrong@H6");
    expect(e.plan.writes.find((w) => w.kind === "rate")).toMatchObject({
      value: 1,
      format: "0.00%",
    });
  });

  it("never overwrites a formula, but reports its wrong result", () => {
    const e = evalForm((s) => {
      s.funds.rate = { value: 0.5, formula: "=F6/D6", format: "0.00%" };
    });
    expect(e.findings.find((f) => f.code === "funds.rate-wrong")?.fixed).toBe(false);
    expect(writesOf(e).filter((w) => w.startsWith("H6"))).toEqual([]);
  });

  it("checks that 年度资金总额 is the sum of its sources in each column", () => {
    const e = evalForm((s) => {
      s.fundRows.carryover = [0, 2, 0];
    });
    expect(codesAt(e)).toEqual(expect.arrayContaining(["funds.sum-mismatch@E6"]));
    expect(codesAt(evalForm(() => undefined))).not.toContain("funds.sum-mismatch@E6");
  });

  it("counts blank source rows as 0", () => {
    const e = evalForm((s) => {
      s.fundRows.carryover = [null, null, null];
      s.fundRows.other = ["—", "—", "—"];
    });
    expect(codesAt(e).filter((c) => c.startsWith("funds."))).toEqual([]);
  });

  it("rejects text and negative amounts with their cell", () => {
    const e = evalForm((s) => {
      s.fundRows.other = ["十万", 0, -1];
    });
    expect(codesAt(e)).toEqual(
      expect.arrayContaining(["funds.not-a-number@D9", "funds.negative@F9"])
    );
  });

  it("reads the funds 分值 from the sheet (R2 uses wF, default 10)", () => {
    const e = evalForm((s) => {
      s.funds = { ...s.funds, weight: 20, executed: 5, rate: pct(0.5), score: 10 };
      s.fundRows.current = [10, 10, 5];
    });
    expect(codesAt(e)).not.toContain("funds.score-wrong@I6");
  });
});
