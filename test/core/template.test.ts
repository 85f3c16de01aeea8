import { areaFromA1, areaToA1, fromA1 } from "../../src/core/address";
import { cellAt, type Area } from "../../src/core/grid";
import { isStandardLevel2, level1Kind, type Level1Kind } from "../../src/core/level-tree";
import { MOF_2020 } from "../../src/core/profile";
import { builtinProfile, parseProfile } from "../../src/core/resolve-profile";
import type { SheetSpec, SpecCell } from "../../src/core/sheet-spec";
import {
  buildTemplate,
  LEVEL1_OPTIONS,
  LEVEL2_OPTIONS,
  specToGrid,
  spreadPoints,
} from "../../src/core/template";
import { parseTemplateInput } from "../../src/core/template-input";
import { formatTemplateIssue } from "../../src/core/template-words";

function at(spec: SheetSpec, a1: string): SpecCell {
  const a = fromA1(a1);
  const cell = spec.cells.find((c) => a && c.row === a.row && c.col === a.col);
  if (!cell) throw new Error(`no cell ${a1}`);
  return cell;
}

function value(spec: SheetSpec, a1: string): unknown {
  return at(spec, a1).value;
}

function merges(spec: SheetSpec): string[] {
  return spec.merges.map(areaToA1);
}

function cellsIn(spec: SheetSpec, a1: string): SpecCell[] {
  const r = areaFromA1(a1) as Area;
  return spec.cells.filter(
    (c) => c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right
  );
}

describe("buildTemplate: the official layout from A1", () => {
  const spec = buildTemplate({
    name: "森林草原防灭火保障项目",
    dept: "昌吉回族自治州应急管理局",
    unit: "昌吉州森林消防大队",
    year: 2021,
    funds: { initial: 10, budget: 20, executed: 17.2, current: { initial: 10, budget: 20 } },
  });

  it("puts the title and the year line across A:I", () => {
    expect(value(spec, "A1")).toBe("项目支出绩效自评表");
    expect(value(spec, "A2")).toBe("（2021年度）");
    expect(merges(spec)).toEqual(expect.arrayContaining(["A1:I1", "A2:I2"]));
  });

  it("fills 项目名称, 主管部门 and 实施单位 beside their labels", () => {
    expect([value(spec, "A3"), value(spec, "B3")]).toEqual(["项目名称", "森林草原防灭火保障项目"]);
    expect([value(spec, "A4"), value(spec, "B4")]).toEqual([
      "主管部门",
      "昌吉回族自治州应急管理局",
    ]);
    expect([value(spec, "F4"), value(spec, "G4")]).toEqual(["实施单位", "昌吉州森林消防大队"]);
    expect(merges(spec)).toEqual(expect.arrayContaining(["B3:I3", "B4:E4", "G4:I4"]));
  });

  it("lays out the funds block in rows 5–9 with — under 分值/执行率/得分 of the sub-rows", () => {
    expect(value(spec, "A5")).toBe("项目资金（万元）");
    expect(["D5", "E5", "F5", "G5", "H5", "I5"].map((a) => value(spec, a))).toEqual([
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      "得分",
    ]);
    expect(["B6", "B7", "B8", "B9"].map((a) => value(spec, a))).toEqual([
      "年度资金总额",
      "其中：当年财政拨款",
      "上年结转资金",
      "其他资金",
    ]);
    expect(merges(spec)).toEqual(
      expect.arrayContaining(["A5:A9", "B5:C5", "B6:C6", "B7:C7", "B8:C8", "B9:C9"])
    );
    for (const c of cellsIn(spec, "G7:I9")) expect(c.value).toBe("—");
    expect([value(spec, "D6"), value(spec, "E6"), value(spec, "F6")]).toEqual([10, 20, 17.2]);
    expect([value(spec, "D7"), value(spec, "E7"), value(spec, "F7")]).toEqual([10, 20, null]);
    expect(value(spec, "E8")).toBeNull();
    for (const c of cellsIn(spec, "D6:F9")) expect(c.style?.numberFormat).toBe("0.00");
  });

  it("sets the funds 分值 to the profile's share and computes 执行率 and 得分 by formula", () => {
    expect(value(spec, "G6")).toBe(MOF_2020.expectedSplit.funds);
    expect(at(spec, "H6").formula).toBe('=IF(N(E6)>0,F6/E6,"")');
    expect(at(spec, "H6").value).toBeCloseTo(17.2 / 20, 12);
    expect(at(spec, "H6").style?.numberFormat).toBe("0.00%");
    expect(at(spec, "I6").formula).toBe('=IF(N(E6)>0,ROUND(G6*MIN(F6/E6,1),2),"")');
    expect(at(spec, "I6").value).toBe(8.6);
  });

  it("caps the cached funds 得分 at the 分值 when more than the budget was spent", () => {
    const over = buildTemplate({ name: "p", funds: { budget: 10, executed: 12 } });
    expect(value(over, "H6")).toBeCloseTo(1.2, 12);
    expect(value(over, "I6")).toBe(10);
  });

  it("leaves 执行率 and 得分 empty while there is no budget", () => {
    const blank = buildTemplate({ name: "p" });
    expect([value(blank, "H6"), value(blank, "I6")]).toEqual(["", ""]);
    expect(value(blank, "A2")).toBe("（    年度）");
  });

  it("has 年度总体目标 with 预期目标 over B:E and 实际完成情况 over F:I", () => {
    expect([value(spec, "A10"), value(spec, "B10"), value(spec, "F10")]).toEqual([
      "年度总体目标",
      "预期目标",
      "实际完成情况",
    ]);
    expect(merges(spec)).toEqual(
      expect.arrayContaining(["A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11"])
    );
    expect(spec.rowHeights[10]).toBeGreaterThanOrEqual(60);
  });

  it("puts the indicator header in row 12 with no spacer row after it", () => {
    expect(
      ["A12", "B12", "C12", "D12", "E12", "F12", "G12", "H12", "I12"].map((a) => value(spec, a))
    ).toEqual([
      "年度绩效指标完成情况",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ]);
    expect(value(spec, "C13")).toBe("数量指标");
  });

  it("starts with the default rows, each 一级 merged down its group", () => {
    const level2 = ["C13", "C14", "C15", "C16", "C17", "C18", "C19", "C20"].map((a) =>
      value(spec, a)
    );
    expect(level2).toEqual([
      "数量指标",
      "数量指标",
      "质量指标",
      "时效指标",
      "成本指标",
      "社会效益指标",
      "可持续影响指标",
      "服务对象满意度指标",
    ]);
    expect([value(spec, "B13"), value(spec, "B18"), value(spec, "B20")]).toEqual([
      "产出指标",
      "效益指标",
      "满意度指标",
    ]);
    expect(merges(spec)).toEqual(expect.arrayContaining(["A12:A20", "B13:B17", "B18:B19"]));
    expect(merges(spec).filter((m) => m.startsWith("B20"))).toEqual([]);
  });

  it("pre-fills 分值 with the 50 / 30 / 10 split plus 10 for execution, 100 in all", () => {
    const weights = ["G13", "G14", "G15", "G16", "G17", "G18", "G19", "G20"].map((a) =>
      value(spec, a)
    );
    expect(weights).toEqual([10, 10, 10, 10, 10, 15, 15, 10]);
    const sum = (weights as number[]).reduce((s, w) => s + w, value(spec, "G6") as number);
    expect(sum).toBe(100);
    expect(value(spec, "G21")).toBe(100);
  });

  it("ends with 总分 over A:F and prints A1:I21 on A4 portrait, one page wide", () => {
    expect(value(spec, "A21")).toBe("总分");
    expect(merges(spec)).toContain("A21:F21");
    expect(value(spec, "H21")).toBeNull();
    expect(spec.print).toEqual({
      paper: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      printArea: areaFromA1("A1:I21"),
    });
  });

  it("draws thin borders over the whole table and none around the title", () => {
    const table = cellsIn(spec, "A3:I21");
    expect(table).toHaveLength(19 * 9);
    for (const c of table) expect(c.style?.border).toBe(true);
    for (const c of cellsIn(spec, "A1:I2")) expect(c.style?.border).toBeUndefined();
  });

  it("uses 宋体: a bold 16pt title, 10pt body, bold labels, wrapped text", () => {
    expect(at(spec, "A1").style).toMatchObject({
      font: "宋体",
      bold: true,
      fontSize: 16,
      hAlign: "center",
    });
    expect(at(spec, "B13").style).toMatchObject({
      font: "宋体",
      fontSize: 10,
      wrap: true,
      vAlign: "middle",
    });
    expect(at(spec, "A3").style?.bold).toBe(true);
    expect(at(spec, "B3").style?.bold).toBeUndefined();
    expect(at(spec, "D13").style?.hAlign).toBe("left");
    expect(at(spec, "I13").style?.hAlign).toBe("left");
    expect(at(spec, "G13").style?.numberFormat).toBe("0.00");
    expect(at(spec, "H13").style?.numberFormat).toBe("0.00");
  });

  it("gives nine column widths and a height to every printed row", () => {
    expect(spec.columnWidths).toHaveLength(9);
    for (const w of spec.columnWidths) expect(w).toBeGreaterThan(5);
    for (let r = 0; r <= 20; r += 1) expect(spec.rowHeights[r]).toBeGreaterThanOrEqual(20);
  });

  it("offers the standard tree as lists and accepts only numbers ≥ 0 in amounts, 分值 and 得分", () => {
    const byArea = Object.fromEntries(spec.validations.map((v) => [areaToA1(v.area), v]));
    expect(byArea["B13:B20"]).toEqual({
      area: areaFromA1("B13:B20"),
      type: "list",
      values: LEVEL1_OPTIONS,
    });
    expect(byArea["C13:C20"]).toEqual({
      area: areaFromA1("C13:C20"),
      type: "list",
      values: LEVEL2_OPTIONS,
    });
    expect(byArea["D6:F9"]).toMatchObject({ type: "decimal", min: 0 });
    expect(byArea["G6"]).toMatchObject({ type: "decimal", min: 0, max: 100 });
    expect(byArea["G13:G21"]).toMatchObject({ type: "decimal", min: 0, max: 100 });
    expect(byArea["H13:H21"]).toMatchObject({ type: "decimal", min: 0, max: 100 });
    expect(LEVEL2_OPTIONS.join(",").length).toBeLessThanOrEqual(255);
  });

  it("lists only 一级/二级 names the reader accepts as standard", () => {
    const kinds = LEVEL1_OPTIONS.map(level1Kind);
    expect(kinds).not.toContain(null);
    for (const level2 of LEVEL2_OPTIONS) {
      expect(kinds.some((k) => isStandardLevel2(k as Level1Kind, level2))).toBe(true);
    }
  });

  it("names the sheet after the project, made valid", () => {
    expect(spec.name).toBe("森林草原防灭火保障项目");
    expect(buildTemplate({ name: "a/b", sheetName: "  2021:项目  " }).name).toBe("2021：项目");
  });
});

describe("buildTemplate: given indicator rows", () => {
  const spec = buildTemplate({
    name: "p",
    indicators: [
      { level1: "产出指标", level2: "数量指标", name: "培训人数", target: "≥30人" },
      { level1: "产出指标", level2: "质量指标" },
      { level1: "产出指标", level2: "时效指标" },
      { level1: "效益指标", level2: "社会效益指标", weight: 25 },
      { level1: "效益指标", level2: "可持续影响指标" },
    ],
  });

  it("moves the 总分 row and the print area below the last row", () => {
    expect(value(spec, "A18")).toBe("总分");
    expect(areaToA1(spec.print.printArea)).toBe("A1:I18");
    expect(merges(spec)).toEqual(
      expect.arrayContaining(["A12:A17", "B13:B15", "B16:B17", "A18:F18"])
    );
    expect([value(spec, "D13"), value(spec, "E13")]).toEqual(["培训人数", "≥30人"]);
  });

  it("spreads each group's share in whole points, and gives 效益 40 when there is no 满意度", () => {
    const weights = ["G13", "G14", "G15", "G16", "G17"].map((a) => value(spec, a));
    expect(weights).toEqual([17, 17, 16, 25, 15]);
  });

  it("leaves 分值 blank for a 一级 outside the default split", () => {
    const other = buildTemplate({
      name: "p",
      indicators: [{ level1: "成本指标", level2: "经济成本指标" }],
    });
    expect(value(other, "G13")).toBeNull();
  });

  it("follows a profile with another split", () => {
    const profile = parseProfile({
      expectedSplit: { output: 40, benefit: 40, satisfaction: 10, funds: 10 },
    });
    if (!profile.success) throw new Error(JSON.stringify(profile.issues));
    const other = buildTemplate({ name: "p" }, profile.data);
    expect(value(other, "G13")).toBe(8);
    expect(value(other, "G18")).toBe(20);
  });
});

describe("buildTemplate: the blank form follows the chosen profile", () => {
  const rows = (spec: SheetSpec, column: string) =>
    Array.from({ length: 8 }, (_, k) => value(spec, `${column}${13 + k}`));

  it("lays out a 成本 一级 with its own share where the profile has one", () => {
    for (const name of ["mof-2020-cost", "province-2022"] as const) {
      const spec = buildTemplate({ name: "p" }, builtinProfile(name));
      expect(value(spec, "B17")).toBe("成本指标");
      expect(value(spec, "C17")).toBe("经济成本指标");
      // 产出 40 over four rows, 成本 10, 效益 30 over two, 满意度 10; funds 10.
      expect(rows(spec, "G")).toEqual([10, 10, 10, 10, 10, 15, 15, 10]);
      expect(value(spec, "G6")).toBe(10);
      expect(merges(spec)).toEqual(expect.arrayContaining(["B13:B16", "B18:B19"]));
    }
  });

  it("keeps 成本 a 二级 of 产出 under mof-2020", () => {
    const spec = buildTemplate({ name: "p" }, MOF_2020);
    expect([value(spec, "B13"), value(spec, "C17")]).toEqual(["产出指标", "成本指标"]);
    expect(rows(spec, "G")).toEqual([10, 10, 10, 10, 10, 15, 15, 10]);
  });

  it("puts the profile's funds weight in the funds 分值", () => {
    const parsed = parseProfile({
      expectedSplit: { output: 40, benefit: 30, satisfaction: 10, funds: 20 },
      fundsWeight: 20,
    });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    const spec = buildTemplate({ name: "p", funds: { budget: 20, executed: 17.2 } }, parsed.data);
    expect(value(spec, "G6")).toBe(20);
    expect(value(spec, "I6")).toBe(17.2);
    expect(rows(spec, "G").reduce<number>((sum, w) => sum + Number(w), 0)).toBe(80);
  });

  it("rounds the rate in its formula where the profile rounds it", () => {
    const spec = buildTemplate(
      { name: "p", funds: { budget: 3, executed: 2 } },
      builtinProfile("province-2022")
    );
    expect(at(spec, "H6").formula).toBe('=IF(N(E6)>0,ROUND(F6/E6,4),"")');
    expect(value(spec, "H6")).toBe(0.6667);
    expect(at(spec, "I6").formula).toBe('=IF(N(E6)>0,ROUND(G6*MIN(ROUND(F6/E6,4),1),2),"")');
    expect(value(spec, "I6")).toBe(6.67);
  });
});

describe("spreadPoints", () => {
  it("keeps the sum exact", () => {
    expect(spreadPoints(50, 5)).toEqual([10, 10, 10, 10, 10]);
    expect(spreadPoints(30, 4)).toEqual([8, 8, 7, 7]);
    expect(spreadPoints(10, 3)).toEqual([4, 3, 3]);
    expect(spreadPoints(2, 3)).toEqual([0.67, 0.67, 0.66]);
    expect(spreadPoints(10, 0)).toEqual([]);
  });
});

describe("specToGrid", () => {
  const spec = buildTemplate({ name: "p", year: 2022, funds: { budget: 8, executed: 6 } });
  const grid = specToGrid(spec);

  it("gives the values, formats, formulas and merges a shell would read back", () => {
    expect(grid.sheet).toBe("p");
    expect(cellAt(grid, 0, 0).value).toBe("项目支出绩效自评表");
    expect(cellAt(grid, 5, 4)).toEqual({ value: 8, format: "0.00" });
    expect(cellAt(grid, 5, 7)).toEqual({
      value: 0.75,
      format: "0.00%",
      formula: '=IF(N(E6)>0,F6/E6,"")',
    });
    expect(cellAt(grid, 0, 1).value).toBeNull();
    expect(grid.merges.map(areaToA1)).toEqual(spec.merges.map(areaToA1));
  });

  it("produces dense rows covering the whole print area", () => {
    expect(grid.cells).toHaveLength(21);
    for (const row of grid.cells) {
      expect(row).toHaveLength(9);
      for (const cell of row) expect(cell).toBeDefined();
    }
  });
});

describe("parseTemplateInput", () => {
  it("accepts a name alone and trims it", () => {
    expect(parseTemplateInput({ name: " 项目A " })).toEqual({
      success: true,
      data: { name: "项目A" },
    });
  });

  it("words each problem in zh-CN and en-US with the field's path", () => {
    const result = parseTemplateInput({
      name: "  ",
      year: "2021",
      funds: { budget: -1 },
      indicators: [{ level1: "产出指标", level2: "" }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const worded = result.issues.map((issue) => ({
      path: issue.path,
      "zh-CN": formatTemplateIssue(issue, "zh-CN"),
      "en-US": formatTemplateIssue(issue, "en-US"),
    }));
    expect(worded).toEqual([
      { path: "name", "zh-CN": "项目名称不能为空", "en-US": "project name is empty" },
      { path: "year", "zh-CN": "年度应为数字", "en-US": "year must be a number" },
      {
        path: "funds.budget",
        "zh-CN": "全年预算数不能小于 0",
        "en-US": "全年预算数 (annual budget) must be at least 0",
      },
      {
        path: "indicators.0.level2",
        "zh-CN": "第 1 个指标的二级指标不能为空",
        "en-US": "二级指标 of indicator 1 is empty",
      },
    ]);
  });

  it("refuses input that is not an object without throwing", () => {
    const result = parseTemplateInput(null);
    expect(result.success).toBe(false);
  });
});
