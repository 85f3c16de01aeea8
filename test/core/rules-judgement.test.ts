import { evalForm } from "../helpers/form-builder";
import { codesAt, writesOf } from "../helpers/findings";

/** Row 4 of the clean form is 效益 / 社会效益 "提升" worth 30 (H18); row 2 is 时效 worth 10 (H16). */
const benefit = (actual: unknown, score: unknown, reason: string | null = null) =>
  evalForm((s) => {
    const r = s.rows[4];
    if (r) Object.assign(r, { actual, score, reason });
  });
const period = (actual: unknown, score: unknown, reason: string | null = null) =>
  evalForm((s) => {
    const r = s.rows[2];
    if (r) Object.assign(r, { actual, score, reason });
  });

describe("qualitative rows (R7)", () => {
  it("accepts an achieved score within [0.8w, w] and rejects one below", () => {
    expect(codesAt(benefit("达成年度指标", 24))).not.toContain("score.out-of-band@H18");
    expect(codesAt(benefit("达成年度指标", 23))).toContain("score.out-of-band@H18");
  });

  it("writes w for an achieved tier with an empty score", () => {
    expect(writesOf(benefit("已完成", null))).toContain("H18=30");
  });

  it("leaves a partly achieved score to the user and asks for a reason", () => {
    const e = benefit("部分达成年度指标并具有一定效果", null);
    expect(codesAt(e)).toEqual(
      expect.arrayContaining(["score.needs-judgement@H18", "reason.required@I18"])
    );
    expect(writesOf(e)).toEqual([]);
    expect(e.score).toBeNull();
  });

  it("holds partly to [0.6w, 0.8w) and not achieved to [0, 0.6w)", () => {
    expect(codesAt(benefit("基本完成", 20, "宣传覆盖不足"))).not.toContain("score.out-of-band@H18");
    expect(codesAt(benefit("基本完成", 24, "宣传覆盖不足"))).toContain("score.out-of-band@H18");
    expect(codesAt(benefit("未达成", 17, "未开展"))).not.toContain("score.out-of-band@H18");
    expect(codesAt(benefit("未达成", 18, "未开展"))).toContain("score.out-of-band@H18");
  });

  it("treats the target's own text as achieved", () => {
    expect(codesAt(benefit("提升", 30))).toEqual(["total.grade@H20"]);
  });

  it("flags a percentage against a qualitative target as unclear, checking only 0 ≤ s ≤ w", () => {
    const e = benefit({ value: 0.95, format: "0%" }, 30);
    expect(codesAt(e)).toContain("actual.qualitative-unclear@F18");
    expect(codesAt(e)).not.toContain("score.out-of-band@H18");
    expect(codesAt(benefit({ value: 0.95, format: "0%" }, 31))).toContain("score.invalid@H18");
  });
});

describe("period rows (R6)", () => {
  it("gives full marks when the actual ends by the target's end", () => {
    expect(codesAt(period("2021.01-2021.11", 10))).toEqual(["total.grade@H20"]);
    expect(codesAt(period("按期完成", 10))).toEqual(["total.grade@H20"]);
  });

  it("fixes a wrong score on an on-time row", () => {
    expect(writesOf(period("2021.01-2021.12", 8))).toContain("H16=10");
  });

  it("makes a late row the user's score, below w, with a reason", () => {
    const e = period("2022.03", 10);
    expect(codesAt(e)).toEqual(
      expect.arrayContaining(["score.out-of-band@H16", "reason.required@I16"])
    );
    const judged = period("2022.03", 6, "审批延误");
    expect(codesAt(judged)).not.toContain("score.out-of-band@H16");
    expect(codesAt(judged)).not.toContain("reason.required@I16");
    expect(codesAt(period("2022.03", null))).toContain("score.needs-judgement@H16");
  });
});

describe("reason cells (rules.md §4)", () => {
  it("counts 无, 暂无, 0, /, - and — as empty", () => {
    for (const reason of ["无", "暂无", "0", "/", "-", "—", " "]) {
      expect(codesAt(benefit("部分达成", 20, reason))).toContain("reason.required@I18");
    }
    expect(codesAt(benefit("部分达成", 20, "宣传不足，下年加强"))).not.toContain(
      "reason.required@I18"
    );
  });
});

describe("periods without a year", () => {
  it("reads 12月底前 in the form's year", () => {
    const e = evalForm((s) => {
      const r = s.rows[2];
      if (r) Object.assign(r, { target: "12月底前", actual: "2021年11月", score: 10 });
    });
    expect(e.form?.indicators[2]?.target).toMatchObject({
      kind: "period",
      end: { year: 2021, month: 12 },
    });
    expect(codesAt(e)).toEqual(["total.grade@H20"]);
  });
});
