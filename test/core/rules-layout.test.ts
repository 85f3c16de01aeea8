import { evaluate, type Grid } from "../../src/core";
import { cleanForm, layForm, evalForm } from "../helpers/form-builder";
import { codesAt, codes } from "../helpers/findings";
import { grid } from "../helpers/grid";

const stack = (a: Grid, b: Grid, gap = 2): Grid => ({
  ...a,
  cells: [...a.cells, ...Array.from({ length: gap }, () => []), ...b.cells],
  merges: [
    ...a.merges,
    ...b.merges.map((m) => ({
      ...m,
      top: m.top + a.cells.length + gap,
      bottom: m.bottom + a.cells.length + gap,
    })),
  ],
});

describe("locating forms", () => {
  it("reports layout.not-a-form and plans nothing on a sheet without a form", () => {
    const [e, ...rest] = evaluate(grid([["部门预算表"], ["合计", 100]], { sheet: "预算" }));
    expect(rest).toEqual([]);
    expect(codesAt(e)).toEqual(["layout.not-a-form@A1"]);
    expect(e?.plan).toEqual({ sheet: "预算", writes: [], marks: [] });
    expect(evaluate(grid([]))[0]?.findings[0]?.code).toBe("layout.not-a-form");
  });

  it("finds a form shifted down and right, below notes and a stamp line", () => {
    const g = layForm(cleanForm(), { top: 3, left: 2 });
    g.cells[0] = [{ value: "附件1" }];
    g.cells[1] = [{ value: null }, { value: null }, { value: "（盖章）" }];
    const [e] = evaluate(g);
    expect(e?.range).toEqual({ top: 3, left: 2, bottom: 22, right: 10 });
    expect(codesAt(e)).toEqual(["total.grade@J23"]);
  });

  it("finds several forms stacked on one sheet, each with its own findings", () => {
    const second = cleanForm();
    second.name = "第二个项目";
    second.total.score = "90分";
    const es = evaluate(stack(layForm(cleanForm()), layForm(second)));
    expect(es.map((e) => e.form?.header.name?.text)).toEqual(["示例项目", "第二个项目"]);
    expect(codesAt(es[0])).toEqual(["total.grade@H20"]);
    expect(codesAt(es[1])).toContain("total.wrong@H42");
  });

  it("names each missing part", () => {
    const g = layForm(cleanForm());
    // Drop the goals block and the 总分 row.
    g.cells[9] = [];
    g.cells[10] = [];
    g.cells[19] = [];
    const params = evaluate(g)[0]
      ?.findings.filter((f) => f.code === "layout.missing-part")
      .map((f) => f.params.part);
    expect(params).toEqual(["goals", "total"]);
  });
});

describe("label variants and messy tables", () => {
  it("accepts the label variants of layout.md", () => {
    const g = layForm(cleanForm());
    const set = (r: number, c: number, v: string) => {
      const row = g.cells[r];
      if (row) row[c] = { value: v };
    };
    set(0, 0, "2021年度项目支出绩效自评表");
    set(1, 0, "");
    set(4, 0, "项目资金\n(万元)");
    set(4, 4, "全年预算数（A）");
    set(4, 5, "全年执行数（B）");
    set(4, 7, "执行率（B/A）");
    set(6, 1, "其中：本年财政拨款");
    set(9, 1, "年初设定目标");
    set(9, 5, "年度总体目标完成情况综述");
    set(11, 0, "绩效指标");
    set(11, 1, "一级绩效指标");
    set(11, 3, "指标名称");
    set(11, 4, "指标值");
    set(11, 5, "全年实际值");
    set(11, 6, "权重");
    set(11, 7, "指标得分");
    set(11, 8, "未完成原因及拟采取的改进措施");
    set(19, 0, "合计");
    const [e] = evaluate(g);
    expect(e?.form?.header.year).toBe(2021);
    expect(e?.form?.indicators).toHaveLength(6);
    expect(codesAt(e)).toEqual(["total.grade@H20"]);
  });

  it("finds columns by label when 分值 stands before 年度指标值", () => {
    const g = layForm(cleanForm());
    for (const row of g.cells.slice(11)) {
      const [weight, target] = [row[6], row[4]];
      row[4] = weight ?? { value: null };
      row[6] = target ?? { value: null };
    }
    const [e] = evaluate(g);
    expect(e?.form?.indicators[0]?.targetText.text).toBe("≥10次");
    expect(codesAt(e)).toEqual(["total.grade@H20"]);
  });

  it("converts amounts given in 元 for comparisons with 万元 targets", () => {
    const g = layForm(cleanForm());
    const row = g.cells[4];
    if (row) row[0] = { value: "项目资金（元）" };
    expect(evaluate(g)[0]?.form?.funds?.toWanYuan).toBe(0.0001);
  });

  it("carries 一级 and 二级 down blank and merged cells, and reads weights in 一级 labels", () => {
    const spec = cleanForm();
    const first = spec.rows[0];
    if (first) first.l1 = "产出指标(50分)";
    const g = layForm(spec);
    g.merges.push({ top: 13, left: 1, bottom: 16, right: 1 });
    const [e] = evaluate(g);
    expect(e?.form?.indicators.slice(0, 4).map((i) => i.level1.text)).toEqual([
      "产出指标",
      "产出指标",
      "产出指标",
      "产出指标",
    ]);
    expect(e?.form?.indicators[0]?.level1Weight).toBe(50);
  });

  it("infers a 一级 holding only its weight from its 二级", () => {
    const e = evalForm((s) => {
      const b = s.rows[4];
      if (b) b.l1 = "(30分)";
    });
    expect(e.form?.indicators[4]?.level1.text).toBe("效益指标");
    expect(codes(e)).not.toContain("indicator.level-unknown");
  });

  it("skips template placeholders and blank spacer rows without findings", () => {
    const e = evalForm((s) => {
      s.rows.splice(1, 0, {
        name: "指标2：",
        target: null,
        actual: null,
        weight: null,
        score: null,
      });
      s.rows.splice(2, 0, { name: "……", target: null, actual: null, weight: null, score: null });
    });
    expect(e.form?.indicators).toHaveLength(6);
    expect(codesAt(e)).toEqual(["total.grade@H22"]);
  });

  it("reads a target split over 指标性质 / 指标值 / 度量单位 under a two-row header", () => {
    const g = layForm(cleanForm(), { spacer: false });
    // Insert the lower header row and split row 0's target into the three columns.
    const header = g.cells[11] ?? [];
    g.cells.splice(
      12,
      0,
      [
        null,
        null,
        null,
        null,
        { value: "指标值" },
        null,
        null,
        null,
        null,
        { value: "指标性质" },
        { value: "度量单位" },
      ].map((c) => c ?? { value: null })
    );
    header[4] = { value: "年度指标值" };
    const data = g.cells[13];
    if (data) {
      data[4] = { value: 10 };
      data[9] = { value: "≥" };
      data[10] = { value: "次" };
    }
    g.merges = g.merges.map((m) =>
      m.top >= 12 ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m
    );
    const [e] = evaluate(g);
    expect(e?.form?.indicators[0]?.target).toEqual({
      kind: "quantity",
      comparator: "≥",
      source: "canonical",
      written: "≥",
      value: 10,
      unit: "次",
    });
  });
});

describe("header, goals and indicator structure", () => {
  it("requires 项目名称 and 主管部门 (errors) and 实施单位 (warning)", () => {
    const e = evalForm((s) => {
      s.name = null;
      s.dept = "";
      s.unit = null;
    });
    expect(
      e.findings
        .filter((f) => f.code === "header.field-empty")
        .map((f) => [f.params.field, f.severity])
    ).toEqual([
      ["项目名称", "error"],
      ["主管部门", "error"],
      ["实施单位", "warning"],
    ]);
  });

  it("warns when the year line is missing", () => {
    expect(codes(evalForm((s) => (s.yearLine = null)))).toContain("header.year-missing");
    expect(codes(evalForm(() => undefined))).not.toContain("header.year-missing");
  });

  it("requires both goal texts, and flags an achieved text copied from the expected one", () => {
    expect(codesAt(evalForm((s) => (s.achieved = null)))).toContain("goals.empty@F11");
    const long =
      "为了加强安全生产管理，鼓励社会公众积极参与安全生产工作，依法查处安全生产违法行为，保障人民群众生命财产安全。";
    const copied = evalForm((s) => {
      s.expected = long;
      s.achieved = long.replace("依法", "依法依规");
    });
    expect(codesAt(copied)).toContain("goals.copied@F11");
  });

  it("flags an unknown 一级 (error) and a non-standard 二级 (warning)", () => {
    const e = evalForm((s) => {
      const a = s.rows[0];
      const b = s.rows[4];
      if (a && b) {
        a.l1 = "投入指标";
        b.l2 = "数量指标";
      }
    });
    expect(
      e.findings.filter((f) => f.code === "indicator.level-unknown").map((f) => f.severity)
    ).toEqual(["error", "warning"]);
  });

  it("flags an empty 三级 name with values, and each missing kind", () => {
    const e = evalForm((s) => {
      const r = s.rows[0];
      if (r) r.name = null;
      s.rows.splice(2, 1);
    });
    expect(codesAt(e)).toEqual(
      expect.arrayContaining(["indicator.name-empty@D14", "indicator.missing-kind@B12"])
    );
    expect(e.findings.find((f) => f.code === "indicator.missing-kind")?.params).toEqual({
      kind: "时效",
    });
  });
});

describe("broken merges", () => {
  it("never writes a computed cell that shares its merged cell with an input", () => {
    const g = layForm(cleanForm());
    const funds = g.cells[5];
    if (funds) funds[7] = { value: 0.5, format: "0.0%" };
    // 分值 (G6) and 执行率 (H6) merged: writing the rate would overwrite the weight.
    g.merges.push({ top: 5, left: 6, bottom: 5, right: 7 });
    const [e] = evaluate(g);
    expect(e?.plan.writes.filter((w) => w.kind === "rate")).toEqual([]);
  });
});
