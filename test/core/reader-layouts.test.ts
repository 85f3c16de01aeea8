import { evaluate, fromA1, type Cell, type Evaluation, type Grid } from "../../src/core";
import { cleanForm, layForm } from "../helpers/form-builder";
import { codes, codesAt, writesOf } from "../helpers/findings";
import { grid, pct } from "../helpers/grid";

/** The clean official form with cells set by A1 address. */
function official(edits: Record<string, Cell["value"] | Cell> = {}): Grid {
  const g = layForm(cleanForm());
  for (const [a1, v] of Object.entries(edits)) {
    const at = fromA1(a1)!;
    const row = (g.cells[at.row] ??= []);
    while (row.length <= at.col) row.push({ value: null });
    row[at.col] = v !== null && typeof v === "object" ? v : { value: v };
  }
  return g;
}

const only = (g: Grid): Evaluation => {
  const [e, ...rest] = evaluate(g);
  if (!e || rest.length > 0) throw new Error(`expected one form, got ${rest.length + 1}`);
  return e;
};

const missing = (e: Evaluation) =>
  e.findings
    .filter((f) => f.code === "layout.missing-part")
    .map((f) => `${f.params.part}${f.params.column ? `/${f.params.column}` : ""}:${f.severity}`);

describe("columns found by their labels", () => {
  it("reads 分值 standing before 年度指标值", () => {
    // Swap the 年度指标值/实际完成值 block (E:F) with 分值/得分 (G:H), labels and values alike.
    const g = layForm(cleanForm());
    // The 总分 label's merge ends before the columns that moved (A20:F20 → A20:D20).
    g.merges = g.merges.map((m) => (m.top === 19 ? { ...m, right: 3 } : m));
    for (const row of g.cells.slice(11)) {
      if (row.length < 8) continue;
      const [e, f, gg, h] = [row[4], row[5], row[6], row[7]];
      row[4] = gg ?? { value: null };
      row[5] = h ?? { value: null };
      row[6] = e ?? { value: null };
      row[7] = f ?? { value: null };
    }
    const e = only(g);
    expect(e.form?.indicators.map((i) => i.weight.value)).toEqual([20, 10, 10, 10, 30, 10]);
    expect(e.form?.indicators[0]?.targetText.text).toBe("≥10次");
    expect(missing(e)).toEqual([]);
    expect(codesAt(e, ["error", "warning"])).toEqual([]);
  });

  it("reads a two-row header: 年度指标值 over 指标性质 / 指标值 / 度量单位, the rest merged down", () => {
    const g = grid(
      [
        ["项目名称", "示例"],
        [
          "绩效指标",
          null,
          null,
          "年度指标值",
          null,
          null,
          "实际完成值",
          "分值",
          "得分",
          "偏差原因分析及改进措施",
        ],
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "培训人次", "≥", 200, "人次", "210人次", 50, 50],
        ["效益指标", "社会效益指标", "安全意识", "定性", "提升", null, "达成年度指标", 40, 40],
      ],
      { merges: ["A2:C2", "D2:F2", "G2:G3", "H2:H3", "I2:I3", "J2:J3"] }
    );
    const [e] = evaluate(g);
    const rows = e?.form?.indicators ?? [];
    expect(rows.map((r) => [r.row + 1, r.targetText.text, r.weight.value, r.score.value])).toEqual([
      [4, "≥200人次", 50, 50],
      [5, "定性提升", 40, 40],
    ]);
    expect(rows[0]?.target).toMatchObject({ kind: "quantity", comparator: "≥", value: 200 });
    expect(missing(e!).filter((m) => m.startsWith("indicators/"))).toEqual([]);
  });

  it("takes the numeric column for 分值 when two columns are labelled so (成安's 指标分值 holds definitions)", () => {
    const g = grid(
      [
        ["项目名称", "示例"],
        ["一级指标", "二级指标", "三级指标", "指标分值", "指标值", "实际完成值", "权重", "得分"],
        ["产出指标", "数量指标", "培训人次", "参训人员人次数", "≥200人次", "210人次", 50, 50],
        ["效益指标", "社会效益指标", "安全意识", "群众安全意识提升情况", "提升", "达成", 40, 40],
      ],
      {}
    );
    const [e] = evaluate(g);
    expect(e?.form?.indicators.map((i) => i.weight.value)).toEqual([50, 40]);
    expect(e?.form?.layout).toContainEqual({ field: "weight", text: "权重", cell: "G2" });
  });
});

describe("parts found in any order", () => {
  it("reads goals placed before the funds block, as Sichuan's forms do", () => {
    const g = grid([
      ["项目名称", "示例"],
      ["项目基本情况", "项目年度目标", null, "年度目标完成情况"],
      [null, "完成培训", null, "完成培训 210 人次"],
      [
        "预算执行情况(10分)",
        "年度预算数(万元)",
        "年初预算",
        "调整后预算数",
        "预算执行数",
        "预算执行率",
        "权重",
        "得分",
      ],
      [null, "总额", 5, 6, 6, pct(1, "0.00%"), 10, 10],
      ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"],
      [null, "产出指标", "数量指标", "培训人次", "≥200人次", "210人次", 90, 90],
      ["合计", null, null, null, null, null, 100, 100],
    ]);
    const e = only(g);
    expect(e.form?.goals?.expected.text).toBe("完成培训");
    expect(e.form?.goals?.actual.text).toBe("完成培训 210 人次");
    // 调整后预算数 is the budget; 年度预算数(万元) heads the row labels and holds no amount.
    expect(e.form?.funds?.rows.total.budget?.value).toBe(6);
    expect(e.form?.funds?.rows.total.initial?.value).toBe(5);
    expect(e.executionRate).toBe(1);
    expect(e.score).toEqual({ total: 100, grade: "优" });
    // The form has no 偏差原因 column: said once, as a warning.
    expect(missing(e)).toEqual(["indicators/偏差原因分析及改进措施:warning"]);
  });

  it("starts a new form at a second 项目名称 even without a title", () => {
    const one = layForm(cleanForm());
    const second = layForm({ ...cleanForm(), name: "第二个项目" });
    const g = { ...one, cells: [...one.cells, [], ...second.cells.slice(2)] };
    const names = evaluate(g).map((e) => e.form?.header.name?.text);
    expect(names).toEqual(["示例项目", "第二个项目"]);
  });
});

describe("what a form lacks", () => {
  it("says which 分值 labels it looked for and what stands nearest, reads no weight and reports no weight.invalid", () => {
    const e = only(official({ G12: "配分" }));
    const finding = e.findings.find((f) => f.code === "layout.missing-part");
    expect(finding?.params).toMatchObject({
      part: "indicators",
      column: "分值",
      field: "weight",
      nearest: "G12“配分”",
      effect: "weights-unknown",
    });
    expect(finding?.severity).toBe("warning");
    expect(codes(e)).not.toContain("weight.invalid");
    expect(e.form?.indicators.every((i) => i.weightSource === "none")).toBe(true);
  });

  it("reads the weights once a hint names 「配分」 as 分值, and a hint on a blank header cell too", () => {
    const hinted = evaluate(official({ G12: "配分" }), undefined, [
      { field: "weight", text: "配分", cell: "G12" },
    ])[0]!;
    expect(hinted.form?.indicators.map((i) => i.weight.value)).toEqual([20, 10, 10, 10, 30, 10]);
    expect(missing(hinted)).toEqual([]);
    const blank = evaluate(official({ G12: null }), undefined, [
      { field: "weight", text: "", cell: "G12" },
    ])[0]!;
    expect(blank.form?.indicators.map((i) => i.weight.value)).toEqual([20, 10, 10, 10, 30, 10]);
    expect(missing(blank)).toEqual([]);
  });

  it("says when a hint names a label the sheet does not have", () => {
    const [e] = evaluate(layForm(cleanForm()), undefined, [
      { field: "weight", text: "配分", cell: "G12" },
    ]);
    expect(codesAt(e, ["info"])).toContain("layout.hint-unused@G12");
  });

  it("takes each 一级 group's weight from its label when there is no 分值 column", () => {
    const g = grid([
      ["项目名称", "示例"],
      ["项目资金(万元)", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", 10, 10, 10, pct(1), 10],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分", "偏差原因分析"],
      ["产出指标(60分)", "数量指标", "培训人次", "≥200人次", "210人次", 60],
      ["效益指标(30分)", "社会效益指标", "安全意识", "提升", "达成年度指标", 20, "宣传不足"],
    ]);
    const e = only(g);
    expect(e.form?.indicators.map((i) => [i.weightSource, i.weight.value])).toEqual([
      ["level1", 60],
      ["level1", 30],
    ]);
    expect(missing(e)).toContain("indicators/分值:warning");
    expect(codes(e)).not.toContain("weight.total");
  });

  it("reads the funds weight from 得分(20分*执行率) and scores the funds on it", () => {
    const g = grid([
      ["项目名称", "示例"],
      ["预算执行情况(万元)(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
      ["年度财政资金总额", 100, 50, pct(0.5, "0.00%"), 5],
      [
        "年度绩效目标(80分)",
        "一级指标",
        "二级指标",
        "三级指标",
        "年初目标值(A)",
        "实际完成值(B)",
        "得分",
      ],
      [null, "产出指标", "数量指标", "培训人次", "≥200人次", "210人次", 80],
    ]);
    const e = only(g);
    expect(e.form?.funds?.labelWeight).toBe(20);
    expect(codesAt(e)).toContain("funds.score-wrong@E3");
    expect(writesOf(e)).toContain("E3=10");
  });

  it("refuses a funds 分值 of 100 (上饶 writes 100 beside 得分 10) and writes no funds score from it", () => {
    const e = only(official({ G6: 100 }));
    expect(codesAt(e)).toContain("weight.invalid@G6");
    expect(writesOf(e).filter((w) => w.startsWith("I6"))).toEqual([]);
  });

  it("reads 其中 rows without 分值 or 得分 as parts of the row above, neither scored nor counted", () => {
    const spec = cleanForm();
    const g = layForm(spec);
    // Under 检查次数 (row 14), two 其中 rows with a target and an actual only.
    const part = (name: string, target: string, actual: string): Cell[] =>
      [null, null, null, name, target, actual].map((value) => ({ value }));
    g.cells.splice(
      14,
      0,
      part("其中：乡镇检查", "≥8次", "9次"),
      part("其中：企业检查", "≥2次", "2次")
    );
    const moved = g.merges.map((m) =>
      m.top > 13 ? { ...m, top: m.top + 2, bottom: m.bottom + 2 } : m
    );
    const [e] = evaluate({ ...g, merges: moved });
    const details = e?.form?.indicators.filter((i) => i.detailOf !== null) ?? [];
    expect(details.map((i) => [i.row + 1, i.detailOf! + 1])).toEqual([
      [15, 14],
      [16, 14],
    ]);
    expect(codes(e).filter((c) => c.startsWith("weight.") || c.startsWith("score."))).toEqual([]);
    expect(e?.score).toEqual({ total: 100, grade: "优" });
  });

  it("says an indicator table with no row under it is empty, not missing", () => {
    const g = grid([
      ["项目名称", "示例"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ]);
    const [e] = evaluate(g);
    expect(codes(e)).toContain("indicator.none");
    expect(missing(e!)).not.toContain("indicators:error");
  });
});
