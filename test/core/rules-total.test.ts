import { evalForm } from "../helpers/form-builder";
import { codesAt, writesOf } from "../helpers/findings";
import { pct } from "../helpers/grid";
import { gradeOf, MOF_2020 } from "../../src/core";

describe("total and grade (R9, R10)", () => {
  it("fixes a wrong 总分 keeping its 分 style", () => {
    const e = evalForm((s) => {
      s.total.score = "95分";
    });
    expect(codesAt(e)).toContain("total.wrong@H20");
    expect(writesOf(e)).toEqual(["H20=100分"]);
  });

  it("writes a numeric 总分 as a number", () => {
    const e = evalForm((s) => {
      s.total.score = 90;
    });
    expect(e.plan.writes).toEqual([expect.objectContaining({ kind: "total-score", value: 100 })]);
  });

  it("checks a grade written beside 总分 against the computed total", () => {
    for (const written of ["优", "优秀", "等级：优", "自评等级: 优"]) {
      const e = evalForm((s) => {
        s.total.grade = written;
      });
      const wrong = codesAt(e).filter((c) => c.startsWith("total.grade-wrong"));
      expect([written, wrong]).toEqual([written, []]);
    }
    const e = evalForm((s) => {
      s.total.grade = "良好";
    });
    expect(codesAt(e)).toContain("total.grade-wrong@I20");
    const wrong = e.findings.find((f) => f.code === "total.grade-wrong");
    expect(wrong).toMatchObject({
      severity: "error",
      fixed: false,
      params: { entered: "良好", grade: "优", total: 100 },
    });
    // The engine never writes the grade: the user corrects it, and the cell is marked.
    expect(writesOf(e)).toEqual([]);
    const marks = e.plan.marks.map(({ address, severity }) => ({ address, severity }));
    expect(marks).toContainEqual({ address: { row: 19, col: 8 }, severity: "error" });
  });

  it("takes only a cell that names a grade, and leaves other text beside 总分 alone", () => {
    const labelled = evalForm((s) => {
      s.total.grade = "等级";
    });
    expect(labelled.form?.total?.grade).toBeNull();
    expect(codesAt(evalForm((s) => (s.total.grade = "见附件"))).join()).not.toContain(
      "grade-wrong"
    );
    expect(codesAt(evalForm((s) => (s.total.grade = "较差")))).toContain("total.grade-wrong@I20");
  });

  it("grades with inclusive lower bounds 90 / 80 / 60", () => {
    expect(gradeOf(90, MOF_2020)).toBe("优");
    expect(gradeOf(89.99, MOF_2020)).toBe("良");
    expect(gradeOf(80, MOF_2020)).toBe("良");
    expect(gradeOf(79.99, MOF_2020)).toBe("中");
    expect(gradeOf(60, MOF_2020)).toBe("中");
    expect(gradeOf(59.99, MOF_2020)).toBe("差");
    expect(gradeOf(75, { ...MOF_2020, gradeBands: { excellent: 80, good: 70, fair: 60 } })).toBe(
      "良"
    );
  });

  it("excludes 不适用 rows and rescales the total to 100 (R9)", () => {
    const e = evalForm((s) => {
      const r = s.rows[0];
      if (r) Object.assign(r, { actual: "不适用", score: null });
      const q = s.rows[1];
      if (q) Object.assign(q, { actual: pct(0.45), score: 5, reason: "整改滞后" });
      s.total.score = null;
    });
    // applicable: funds 10 + indicators 70 = 80 weight; 10 + 65 = 75 scored → 75 / 80 × 100
    expect(e.score?.total).toBe(93.75);
    expect(e.indicators[0]?.applicable).toBe(false);
    expect(writesOf(e)).toContain("H20=93.75");
  });

  it("leaves the total unwritten while a score awaits the user's judgement", () => {
    const e = evalForm((s) => {
      const r = s.rows[4];
      if (r) Object.assign(r, { actual: "部分达成", score: null, reason: "宣传不足" });
    });
    expect(e.score).toBeNull();
    expect(writesOf(e)).toEqual([]);
  });
});

describe("weights (R11)", () => {
  it("requires funds 分值 + indicator 分值 = 100", () => {
    const e = evalForm((s) => {
      const r = s.rows[0];
      if (r) Object.assign(r, { weight: 15, score: 15 });
    });
    expect(codesAt(e)).toContain("weight.total@G20");
  });

  it("warns when the 一级 split differs from 50 / 30 / 10", () => {
    const e = evalForm((s) => {
      const a = s.rows[0];
      const b = s.rows[4];
      if (a && b) {
        Object.assign(a, { weight: 10, score: 10 });
        Object.assign(b, { weight: 40, score: 40 });
      }
    });
    expect(e.findings.find((f) => f.code === "weight.split")?.params).toEqual({
      actual: "产出 40 / 效益 40 / 满意度 10",
      expected: "产出 50 / 效益 30 / 满意度 10",
    });
  });

  it("expects 50 / 40 when there are no 满意度 rows", () => {
    const e = evalForm((s) => {
      s.rows = s.rows.slice(0, 5);
      const b = s.rows[4];
      if (b) Object.assign(b, { weight: 40, score: 40 });
    });
    expect(codesAt(e)).not.toContain("weight.split@B14");
    expect(codesAt(e)).toContain("indicator.missing-kind@B12");
  });
});

describe("consistency warnings (rules.md §4)", () => {
  it("warns when indicators are complete but spending lags", () => {
    const e = evalForm((s) => {
      s.funds = { ...s.funds, executed: 5, rate: pct(0.5), score: 5 };
      s.fundRows.current = [10, 10, 5];
      s.total.score = 95;
    });
    expect(codesAt(e)).toContain("consistency.performance-ahead-of-spending@H6");
  });

  it("flags every row at full marks while warnings stand (自评得分虚高)", () => {
    const e = evalForm((s) => {
      s.achieved = s.expected;
    });
    expect(codesAt(e)).toEqual(
      expect.arrayContaining(["goals.copied@F11", "total.all-full-marks@H20"])
    );
    expect(codesAt(evalForm(() => undefined))).not.toContain("total.all-full-marks@H20");
  });

  it("notes a 成本 target that only repeats the budget", () => {
    const e = evalForm((s) => {
      const r = s.rows[3];
      if (r) Object.assign(r, { target: "≤10万元", actual: "10万元" });
    });
    expect(codesAt(e)).toContain("consistency.cost-restates-budget@E17");
  });
});
