import { evaluate } from "../../src/core";
import { cleanForm, layForm } from "../helpers/form-builder";
import { codesAt, writesOf } from "../helpers/findings";

describe("evaluate on a clean official form", () => {
  const [e] = evaluate(layForm(cleanForm()));

  it("finds one form covering the official nine columns", () => {
    expect(evaluate(layForm(cleanForm()))).toHaveLength(1);
    expect(e?.range).toEqual({ top: 0, left: 0, bottom: 19, right: 8 });
  });

  it("reads the header, funds, goals and every indicator", () => {
    const form = e?.form;
    expect(form?.header.name?.text).toBe("示例项目");
    expect(form?.header.dept?.text).toBe("某某局");
    expect(form?.header.unit?.text).toBe("某某中心");
    expect(form?.header.year).toBe(2021);
    expect(form?.funds?.rows.total.budget?.value).toBe(10);
    expect(form?.goals?.actual.text).toContain("11 次");
    expect(
      form?.indicators.map((i) => [i.level1.text, i.level2.text, i.name.text, i.weight.value])
    ).toEqual([
      ["产出指标", "数量指标", "检查次数（次）", 20],
      ["产出指标", "质量指标", "整改完成率", 10],
      ["产出指标", "时效指标", "完成时限", 10],
      ["产出指标", "成本指标", "人均培训成本（元）", 10],
      ["效益指标", "社会效益指标", "群众安全意识", 30],
      ["满意度指标", "服务对象满意度指标", "群众满意度", 10],
    ]);
  });

  it("scores it 100, grade 优, with only the grade as a finding and nothing to write", () => {
    expect(e?.score).toEqual({ total: 100, grade: "优" });
    expect(e?.executionRate).toBe(1);
    expect(codesAt(e)).toEqual(["total.grade@H20"]);
    expect(writesOf(e)).toEqual([]);
    expect(e?.plan.marks).toEqual([]);
  });
});
