import { evalForm, type FormSpec } from "../helpers/form-builder";
import { codesAt, writesOf } from "../helpers/findings";
import { pct } from "../helpers/grid";
import type { Evaluation, FindingCode } from "../../src/core";

const PROVINCE = { extends: "province-2022" };

function paramsOf(e: Evaluation, code: FindingCode): unknown {
  return e.findings.find((f) => f.code === code)?.params;
}

/** The clean form with 全年执行数 `executed` of a budget of 100, its rate and funds score as entered. */
function spend(executed: number) {
  return (s: FormSpec) => {
    s.funds = { ...s.funds, initial: 100, budget: 100, executed, rate: null, score: null };
    s.fundRows.current = [100, 100, executed];
    s.total.score = null;
  };
}

describe("total capped by execution band (province-2022)", () => {
  it.each([
    // rate, uncapped total (indicators 90 + funds 10 × rate), cap or none
    [80, 98, null],
    [79.99, 98, 89],
    [70, 97, 89],
    [60, 96, 79],
    [50, 95, 69],
    [49.99, 95, 59],
  ])("at 执行率 %s%% caps a total of %s at %s", (rate, total, cap) => {
    const e = evalForm(spend(rate), PROVINCE);
    expect(e.executionRate).toBeCloseTo(rate / 100, 10);
    if (cap === null) {
      expect(codesAt(e).join()).not.toContain("total.capped-by-execution");
      expect(e.score?.total).toBeCloseTo(total, 1);
      return;
    }
    expect(codesAt(e)).toContain("total.capped-by-execution@H20");
    expect(paramsOf(e, "total.capped-by-execution")).toMatchObject({ rate: `${rate}%`, cap });
    expect(e.score?.total).toBe(cap);
    // The capped total is what is written, and what is graded.
    expect(writesOf(e)).toContain(`H20=${cap}`);
  });

  it("names the band and both totals, and grades the capped total", () => {
    const e = evalForm(spend(65), PROVINCE);
    expect(paramsOf(e, "total.capped-by-execution")).toEqual({
      rate: "65%",
      below: "70%",
      cap: 79,
      total: 96.5,
    });
    expect(e.score).toEqual({ total: 79, grade: "中" });
  });

  it("fixes an entered total above the cap, keeping its 分 style", () => {
    const e = evalForm((s) => {
      spend(70)(s);
      s.funds.rate = pct(0.7, "0%");
      s.funds.score = 7;
      s.total.score = "97分";
    }, PROVINCE);
    expect(codesAt(e)).toEqual(expect.arrayContaining(["total.wrong@H20"]));
    expect(writesOf(e)).toEqual(["H20=89分"]);
  });

  it("leaves a total at or under its cap alone", () => {
    const e = evalForm((s) => {
      spend(70)(s);
      const row = s.rows[0];
      if (row) Object.assign(row, { actual: "5次", score: null, reason: "经费削减" });
    }, PROVINCE);
    // 10 (of 20) + 70 + 7 = 87, under 89
    expect(e.score?.total).toBe(87);
    expect(codesAt(e).join()).not.toContain("capped");
  });

  it("is off in mof-2020", () => {
    const e = evalForm(spend(50));
    expect(e.score?.total).toBe(95);
  });

  it("caps by the rate rounded as the profile rounds it: 79.996% is 80.00%", () => {
    expect(evalForm(spend(79.996), PROVINCE).score?.total).toBe(98);
    const unrounded = {
      executionCaps: [{ below: 0.8, cap: 89 }],
    };
    expect(evalForm(spend(79.996), unrounded).score?.total).toBe(89);
  });
});

describe("指标偏离 deduction (province-2022)", () => {
  /** The 数量 row (≥10次, 分值 20) with an actual and a reason. */
  const actual = (value: string) => (s: FormSpec) => {
    const row = s.rows[0];
    if (row) Object.assign(row, { actual: value, reason: "需求增加" });
    s.total.score = null;
  };

  it("takes the points off an actual exactly 30% above its target, and says so", () => {
    const e = evalForm(actual("13次"), PROVINCE);
    expect(codesAt(e)).toEqual(
      expect.arrayContaining(["score.deviation-deducted@H14", "score.wrong@H14"])
    );
    expect(paramsOf(e, "score.deviation-deducted")).toEqual({
      deviation: "30%",
      threshold: "30%",
      points: 2,
      score: 18,
    });
    expect(writesOf(e)).toEqual(["H14=18", "H20=98"]);
    expect(e.indicators[0]?.computedScore).toBe(18);
  });

  it("leaves an actual 29% above its target whole", () => {
    const e = evalForm(actual("12.9次"), PROVINCE);
    expect(codesAt(e).join()).not.toContain("deviation");
    expect(e.indicators[0]?.computedScore).toBe(20);
  });

  it("is no reason of its own: an over-achieved row without one still needs it", () => {
    const e = evalForm((s) => {
      actual("15次")(s);
      const row = s.rows[0];
      if (row) row.reason = null;
    }, PROVINCE);
    const reason = e.findings.find((f) => f.code === "reason.required");
    expect(reason?.params).toEqual({ cause: "over-achieved", name: "检查次数（次）" });
  });

  it("does not apply to a reverse (≤) indicator over its target, which the formula scores", () => {
    const e = evalForm((s) => {
      const row = s.rows[3];
      if (row) Object.assign(row, { actual: "700元", score: null, reason: "价格上涨" });
    }, PROVINCE);
    expect(codesAt(e).join()).not.toContain("deviation");
  });

  it("is off in mof-2020", () => {
    const e = evalForm(actual("13次"));
    expect(codesAt(e).join()).not.toContain("deviation");
    expect(e.indicators[0]?.computedScore).toBe(20);
  });
});

describe("the adjusted budget as the rate's denominator (province-2022)", () => {
  /** Funds with a 调整数 column: 年初 100, 调整 `adjustment`, 全年 `budget`, spent 72. */
  const adjusted = (adjustment: number | null, budget: number) => (s: FormSpec) => {
    s.funds = {
      ...s.funds,
      initial: 100,
      adjustment,
      budget,
      executed: 72,
      rate: pct(0.5, "0.00%"),
      score: null,
    };
    s.fundRows.current = [100, budget, 72];
    s.total.score = null;
  };

  it("divides by 年初预算数 + 调整数, and names the figures when 全年预算数 differs", () => {
    const e = evalForm(adjusted(-20, 100), PROVINCE);
    expect(e.executionRate).toBeCloseTo(0.9, 10);
    expect(paramsOf(e, "funds.adjusted-budget")).toEqual({
      initial: 100,
      adjustment: -20,
      adjusted: 80,
      budget: 100,
    });
    expect(paramsOf(e, "funds.rate-wrong")).toEqual({
      entered: "50.00%",
      computed: "90%",
      basis: "adjusted",
    });
    // The rate column sits one to the right of the clean form's: I6.
    expect(writesOf(e)).toContain("I6=0.9");
    // mof-2020 divides by 全年预算数.
    const mof = evalForm(adjusted(-20, 100));
    expect(mof.executionRate).toBeCloseTo(0.72, 10);
    expect(paramsOf(mof, "funds.rate-wrong")).toMatchObject({ basis: "budget" });
    expect(codesAt(mof).join()).not.toContain("adjusted-budget");
  });

  it("adds nothing for a blank 调整数: the rate is over 年初预算数", () => {
    const e = evalForm(adjusted(null, 120), PROVINCE);
    expect(e.executionRate).toBeCloseTo(0.72, 10);
    expect(paramsOf(e, "funds.adjusted-budget")).toEqual({
      initial: 100,
      adjustment: 0,
      adjusted: 100,
      budget: 120,
    });
  });

  it("says nothing when 年初 + 调整 is the 全年预算数", () => {
    const e = evalForm(adjusted(20, 120), PROVINCE);
    expect(e.executionRate).toBeCloseTo(0.6, 10);
    expect(codesAt(e).join()).not.toContain("adjusted-budget");
  });

  it("divides by 全年预算数 on a form without a 调整数 column", () => {
    const e = evalForm(spend(72), PROVINCE);
    expect(e.executionRate).toBeCloseTo(0.72, 10);
    expect(codesAt(e).join()).not.toContain("adjusted-budget");
  });

  it("rounds the rate to two decimals of a percent before scoring", () => {
    const e = evalForm(spend(86.18499), PROVINCE);
    expect(e.executionRate).toBe(0.8618);
    const mof = evalForm(spend(86.18499));
    expect(mof.executionRate).toBeCloseTo(0.8618499, 10);
  });
});

describe("linear reverse scoring (province-2022)", () => {
  it.each([
    ["500元", 10],
    ["750元", 5],
    ["1000元", 0],
    ["1200元", 0],
  ])("scores a 成本 actual of %s against ≤500元 at %s of 10", (value, score) => {
    const e = evalForm((s) => {
      const row = s.rows[3];
      if (row) Object.assign(row, { actual: value, score: null, reason: "价格上涨" });
    }, PROVINCE);
    expect(e.indicators[3]?.computedScore).toBe(score);
  });

  it("where mof-2020 scores by the ratio A / B", () => {
    const e = evalForm((s) => {
      const row = s.rows[3];
      if (row) Object.assign(row, { actual: "750元", score: null, reason: "价格上涨" });
    });
    expect(e.indicators[3]?.computedScore).toBe(6.67);
  });
});

describe("the 成本 一级 weight split (mof-2020-cost, province-2022)", () => {
  /** The clean form with its 成本 row as a 一级 of its own: 产出 40, 成本 10, 效益 30, 满意度 10. */
  const costLevel1 = (s: FormSpec) => {
    const row = s.rows[3];
    if (row) Object.assign(row, { l1: "成本指标", l2: "经济成本指标" });
  };

  it("holds a form with a 成本 一级 to 产出 40 / 效益 30 / 满意度 10 / 成本 10", () => {
    expect(codesAt(evalForm(costLevel1, { extends: "mof-2020-cost" })).join()).not.toContain(
      "weight.split"
    );
    const e = evalForm(
      (s) => {
        costLevel1(s);
        const [first, , , cost, benefit] = s.rows;
        if (first && cost && benefit) {
          first.weight = 15;
          first.score = 15;
          cost.weight = 15;
          cost.score = 15;
        }
      },
      { extends: "mof-2020-cost" }
    );
    expect(paramsOf(e, "weight.split")).toEqual({
      actual: "产出 35 / 成本 15 / 效益 30 / 满意度 10",
      expected: "产出 40 / 效益 30 / 满意度 10 / 成本 10",
    });
  });

  it("gives the 成本 share to 产出 on a form that keeps 成本 a 二级 (产出 50)", () => {
    expect(codesAt(evalForm(() => undefined, PROVINCE)).join()).not.toContain("weight.split");
  });

  it("does not hold a 成本 一级 to any split under mof-2020, which has none", () => {
    expect(codesAt(evalForm(costLevel1)).join()).not.toContain("weight.split");
  });
});
