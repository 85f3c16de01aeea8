import { MOF_2020 } from "../../src/core";
import { formulaScore } from "../../src/core/score-indicator";
import { evalForm } from "../helpers/form-builder";
import { codesAt, writesOf } from "../helpers/findings";

const linear = { ...MOF_2020, reverseMode: "linear" as const };
const strict = { ...MOF_2020, equalStrict: true };

describe("formula scores at their edges (R3–R5)", () => {
  it("R3 positive: full at B = A and above, proportional below, 0 for negative B", () => {
    expect(formulaScore("≥", 10, 10, 20, MOF_2020)).toBe(20);
    expect(formulaScore("≥", 10, 15, 20, MOF_2020)).toBe(20);
    expect(formulaScore("≥", 10, 5, 20, MOF_2020)).toBe(10);
    expect(formulaScore("＞", 10, 5, 20, MOF_2020)).toBe(10);
    expect(formulaScore("≥", 10, -3, 20, MOF_2020)).toBe(0);
  });

  it("R3 with A = 0: full score whenever B ≥ 0", () => {
    expect(formulaScore("≥", 0, 0, 10, MOF_2020)).toBe(10);
    expect(formulaScore("≥", 0, 4, 10, MOF_2020)).toBe(10);
  });

  it("R4 equality: as R3; with A = 0 full only when B ≤ 0; strict mode fails any B ≠ A", () => {
    expect(formulaScore("＝", 10, 8, 10, MOF_2020)).toBe(8);
    expect(formulaScore("＝", 0, 0, 10, MOF_2020)).toBe(10);
    expect(formulaScore("＝", 0, 1, 10, MOF_2020)).toBe(0);
    expect(formulaScore("＝", 10, 11, 10, strict)).toBe(0);
    expect(formulaScore("＝", 10, 10, 10, strict)).toBe(10);
  });

  it("R5 reverse, ratio mode: full at B ≤ A, w·A/B above", () => {
    expect(formulaScore("≤", 10, 10, 10, MOF_2020)).toBe(10);
    expect(formulaScore("≤", 10, 8, 10, MOF_2020)).toBe(10);
    expect(formulaScore("≤", 10, 20, 10, MOF_2020)).toBe(5);
    expect(formulaScore("＜", 10, 12.5, 10, MOF_2020)).toBe(8);
  });

  it("R5 reverse, linear mode: w·(1 − (B − A)/A), and 0 once B ≥ 2A", () => {
    expect(formulaScore("≤", 10, 15, 10, linear)).toBe(5);
    expect(formulaScore("≤", 10, 19.9, 10, linear)).toBeCloseTo(0.1, 10);
    expect(formulaScore("≤", 10, 20, 10, linear)).toBe(0);
    expect(formulaScore("≤", 10, 35, 10, linear)).toBe(0);
  });
});

describe("quantity rows on the sheet", () => {
  const row = (target: string, actual: unknown, score: unknown, reason: string | null = null) =>
    evalForm((s) => {
      const r = s.rows[0];
      if (!r) throw new Error("no row");
      Object.assign(r, { target, actual, score, reason });
    });

  it("fixes a wrong score and asks for the reason when not fully achieved", () => {
    const e = row("≥10次", "5次", 20);
    expect(codesAt(e)).toEqual(expect.arrayContaining(["score.wrong@H14", "reason.required@I14"]));
    expect(writesOf(e)).toContain("H14=10");
    expect(e.findings.find((f) => f.code === "score.wrong")?.fixed).toBe(true);
  });

  it("needs no reason when the row is fully achieved", () => {
    expect(codesAt(row("≥10次", "10次", 20))).not.toContain("reason.required@I14");
  });

  it("flags over-achievement from B/A = 1.2 and requires a reason from 1.3, never lowering the score", () => {
    const at119 = row("≥100次", "119次", 20);
    expect(codesAt(at119)).not.toContain("actual.over-achieved@F14");
    const at120 = row("≥100次", "120次", 20);
    expect(codesAt(at120)).toContain("actual.over-achieved@F14");
    expect(codesAt(at120)).not.toContain("reason.required@I14");
    const at130 = row("≥100次", "130次", 20);
    expect(codesAt(at130)).toEqual(
      expect.arrayContaining(["actual.over-achieved@F14", "reason.required@I14"])
    );
    expect(writesOf(at130)).toEqual([]);
    expect(codesAt(row("≥100次", "130次", 20, "新增专项检查"))).not.toContain(
      "reason.required@I14"
    );
  });

  it("keeps a documented reduction (R12) and counts it in the total", () => {
    const e = row("≥100次", "140次", 18, "指标值设定偏低，酌情扣分");
    expect(codesAt(e)).toContain("score.adjusted@H14");
    expect(writesOf(e)).toEqual(["H20=98分"]);
    expect(e.score?.total).toBe(98);
  });

  it("does not accept a reduction without a reason: the score is fixed", () => {
    const e = row("≥100次", "140次", 18, "无");
    expect(codesAt(e)).toContain("score.wrong@H14");
    expect(writesOf(e)).toContain("H14=20");
  });

  it("writes the formula score into an empty 得分 cell", () => {
    expect(writesOf(row("≥10次", "8次", null))).toContain("H14=16");
  });

  it("assumes ≥ for a target without comparator, ≤ on a 成本 row, with a warning", () => {
    expect(codesAt(row("40次", "20次", 10))).toContain("target.comparator-missing@E14");
    const cost = evalForm((s) => {
      const r = s.rows[3];
      if (r) Object.assign(r, { target: "500元", actual: "400元" });
    });
    expect(codesAt(cost)).toContain("target.comparator-missing@E17");
    expect(codesAt(cost)).not.toContain("score.wrong@H17");
  });

  it("offers to normalise ≧, >= and <= as info", () => {
    const e = row(">=10次", "10次", 20);
    expect(e.findings.find((f) => f.code === "target.comparator-nonstandard")).toMatchObject({
      severity: "info",
      params: { written: ">=", canonical: "≥" },
    });
  });

  it("reads a bare actual in the target's unit, warning when the unit is %", () => {
    const pctRow = evalForm((s) => {
      const r = s.rows[1];
      if (r) Object.assign(r, { target: "≥90%", actual: 100 });
    });
    expect(pctRow.findings.find((f) => f.code === "actual.unit-missing")?.severity).toBe("warning");
    expect(codesAt(pctRow)).not.toContain("score.wrong@H15");
    expect(
      row("≥10次", 10, 20).findings.find((f) => f.code === "actual.unit-missing")?.severity
    ).toBe("info");
  });

  it("converts 万元 and 元, and flags units that do not convert", () => {
    expect(codesAt(row("≤1万元", "9000元", 20))).not.toContain("score.wrong@H14");
    expect(codesAt(row("≥10人", "10人次", 20))).toContain("actual.unit-mismatch@F14");
  });

  it("flags an actual written like a target, and a category name as actual", () => {
    expect(codesAt(row("≥10次", "≥10次", 20))).toContain("actual.has-comparator@F14");
    expect(codesAt(row("≥10次", "数量指标", 20))).toContain("actual.not-a-value@F14");
  });

  it("flags empty target and actual, and invalid weights and scores", () => {
    expect(codesAt(row("", "10次", 20))).toContain("target.empty@E14");
    expect(codesAt(row("≥10次", "", 20))).toContain("actual.empty@F14");
    expect(codesAt(row("≥10次", "10次", 25))).toContain("score.invalid@H14");
    expect(codesAt(row("≥10次", "10次", "好"))).toContain("score.invalid@H14");
    const noWeight = evalForm((s) => {
      const r = s.rows[0];
      if (r) r.weight = null;
    });
    expect(codesAt(noWeight)).toContain("weight.invalid@G14");
  });
});
