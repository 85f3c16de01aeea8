import fc from "fast-check";
import type { Cell } from "../../src/core/grid";
import { parseActual } from "../../src/core/parse-actual";
import { parseTarget } from "../../src/core/parse-target";
import type { Target } from "../../src/core/values";

const PLAIN = { isCost: false, isPeriod: false };
const target = (value: string, isPeriod = false): Target =>
  parseTarget({ value }, { ...PLAIN, isPeriod });
const day = (year: number, month: number, d: number) => ({ year, month, day: d });

const TWICE = target("≧2次");
const PERCENT = target("≥90%");
const COST = parseTarget({ value: "<=10万元" }, { isCost: true, isPeriod: false });
const YEAR_2021 = target("2021.01-2021.12", true);
const GUARANTEE = target("保障");

describe("parseActual on the sample sheets", () => {
  it("reads 2 against ≧2次 as a bare number", () => {
    expect(parseActual({ value: 2 }, TWICE)).toEqual({ kind: "number", value: 2, unit: null });
  });

  it("reads 0.95 formatted 0% as 95 percent", () => {
    expect(parseActual({ value: 0.95, format: "0%" }, PERCENT)).toEqual({
      kind: "number",
      value: 95,
      unit: "%",
    });
    expect(parseActual({ value: 0.9, format: "0%" }, PERCENT)).toEqual({
      kind: "number",
      value: 90,
      unit: "%",
    });
  });

  it("reads 7家 and 10万元 with their units", () => {
    expect(parseActual({ value: "7家" }, target("≥7家"))).toEqual({
      kind: "number",
      value: 7,
      unit: "家",
    });
    expect(parseActual({ value: "10万元" }, COST)).toEqual({
      kind: "number",
      value: 10,
      unit: "万元",
    });
  });

  it("reads 2021.01-2021.12 against the same period as on time", () => {
    expect(parseActual({ value: "2021.01-2021.12" }, YEAR_2021)).toEqual({
      kind: "period",
      end: day(2021, 12, 31),
      onTime: true,
    });
  });

  it("reads a percentage against 保障 as a number, not a tier", () => {
    expect(parseActual({ value: 0.95, format: "0%" }, GUARANTEE)).toEqual({
      kind: "number",
      value: 95,
      unit: "%",
    });
  });
});

describe("parseActual numbers", () => {
  it.each<[string, number, string | null]>([
    ["95%", 95, "%"],
    ["９５％", 95, "%"],
    ["2", 2, null],
    ["1,234.5万元", 1234.5, "万元"],
    [" 50 人次 ", 50, "人次"],
  ])("reads %j as a number", (value, n, unit) => {
    expect(parseActual({ value }, PERCENT)).toEqual({ kind: "number", value: n, unit });
  });

  it.each<[string, number, string | null]>([
    ["≥266米", 266, "米"],
    ["90%以上", 90, "%"],
    ["<=10万元", 10, "万元"],
    ["不低于95%", 95, "%"],
  ])("reads %s, written like a target, as with-comparator", (value, n, unit) => {
    expect(parseActual({ value }, PERCENT)).toEqual({ kind: "with-comparator", value: n, unit });
  });
});

describe("parseActual tiers and text", () => {
  it.each([
    ["达成年度指标", "achieved"],
    ["已完成", "achieved"],
    ["是", "achieved"],
    ["部分达成年度指标并具有一定效果", "partly"],
    ["基本完成", "partly"],
    ["未完成", "not-achieved"],
    ["未达成年度指标且效果较差", "not-achieved"],
  ])("reads %s as the tier %s", (value, tier) => {
    expect(parseActual({ value }, GUARANTEE)).toEqual({ kind: "tier", tier });
  });

  it("reads the target's own text as achieved", () => {
    expect(parseActual({ value: " 保障 " }, GUARANTEE)).toEqual({ kind: "tier", tier: "achieved" });
    expect(parseActual({ value: "长期" }, target("长期"))).toEqual({
      kind: "tier",
      tier: "achieved",
    });
    expect(parseActual({ value: "长期" }, GUARANTEE)).toEqual({ kind: "text", text: "长期" });
  });

  it("reads booleans as 是/否", () => {
    expect(parseActual({ value: true }, GUARANTEE)).toEqual({ kind: "tier", tier: "achieved" });
    expect(parseActual({ value: false }, GUARANTEE)).toEqual({
      kind: "tier",
      tier: "not-achieved",
    });
  });

  it("reads other text as text, normalised", () => {
    expect(parseActual({ value: "效果 明显\n" }, GUARANTEE)).toEqual({
      kind: "text",
      text: "效果 明显",
    });
  });
});

describe("parseActual labels that are not values", () => {
  it.each([
    "社会效益指标",
    "可持续影响指标",
    "服务对象满意度指标",
    "数量指标",
    "质量指标",
    "时效指标",
    "成本指标",
    "经济效益指标",
    "生态效益指标",
    "满意度指标",
    "产出指标",
    "效益指标",
    "实际完成值",
    "实际完成值（B）",
    "年度指标值",
    "指标值",
  ])("reads %s as not a value", (value) => {
    expect(parseActual({ value }, GUARANTEE).kind).toBe("not-a-value");
  });

  it("reads an error cell as not a value, keeping the error text", () => {
    expect(parseActual({ value: null, error: "#N/A" }, PERCENT)).toEqual({
      kind: "not-a-value",
      text: "#N/A",
    });
  });

  it("reads a percent cell too large to show as not a value", () => {
    expect(parseActual({ value: -5e306, format: "0%" }, PERCENT).kind).toBe("not-a-value");
  });

  it("does not take ordinary text for a label", () => {
    expect(parseActual({ value: "社会效益显著" }, GUARANTEE).kind).toBe("text");
  });
});

describe("parseActual against a period target", () => {
  it.each(["按期", "按时", "如期", "已完成", "完成", "按期完成", "已按时完成", "提前完成"])(
    "reads %s as on time",
    (value) => {
      expect(parseActual({ value }, YEAR_2021)).toEqual({
        kind: "period",
        end: null,
        onTime: true,
      });
    }
  );

  it.each(["延期", "逾期完成", "未按期完成", "未完成"])("reads %s as late", (value) => {
    expect(parseActual({ value }, YEAR_2021)).toEqual({ kind: "period", end: null, onTime: false });
  });

  it.each<[string, ReturnType<typeof day>, boolean]>([
    ["2021年11月", day(2021, 11, 30), true],
    ["2021年12月31日", day(2021, 12, 31), true],
    ["2022.03", day(2022, 3, 31), false],
    ["2021.01-2022.01", day(2022, 1, 31), false],
    ["12月", day(2021, 12, 31), true],
  ])("reads %s as ending %j, on time %s", (value, end, onTime) => {
    expect(parseActual({ value }, YEAR_2021)).toEqual({ kind: "period", end, onTime });
  });

  it("reads date cells and years", () => {
    expect(parseActual({ value: 44561, format: "yyyy/m/d" }, YEAR_2021)).toEqual({
      kind: "period",
      end: day(2021, 12, 31),
      onTime: true,
    });
    expect(parseActual({ value: 44562, format: "yyyy/m/d" }, YEAR_2021)).toMatchObject({
      onTime: false,
    });
    expect(parseActual({ value: 2021 }, YEAR_2021)).toMatchObject({ kind: "period", onTime: true });
    expect(parseActual({ value: 2022 }, YEAR_2021)).toMatchObject({
      kind: "period",
      onTime: false,
    });
  });

  it("leaves a partly tier and plain numbers as they are", () => {
    expect(parseActual({ value: "基本完成" }, YEAR_2021)).toEqual({ kind: "tier", tier: "partly" });
    expect(parseActual({ value: 12 }, YEAR_2021)).toEqual({
      kind: "number",
      value: 12,
      unit: null,
    });
  });

  it("does not read a date against a quantity target as a period", () => {
    expect(parseActual({ value: "2021.01-2021.12" }, PERCENT)).toEqual({
      kind: "text",
      text: "2021.01-2021.12",
    });
  });
});

describe("parseActual empty and not applicable", () => {
  it.each<Cell>([{ value: null }, { value: "" }, { value: "  " }, { value: "—" }, { value: "/" }])(
    "reads %j as empty",
    (cell) => {
      expect(parseActual(cell, PERCENT)).toEqual({ kind: "empty" });
    }
  );

  it("reads 不适用", () => {
    expect(parseActual({ value: "不适用" }, PERCENT)).toEqual({
      kind: "not-applicable",
      text: "不适用",
    });
  });

  it("never throws on random strings and numbers", () => {
    const targets = [TWICE, PERCENT, COST, YEAR_2021, GUARANTEE, { kind: "empty" } as Target];
    const value = fc.oneof(
      fc.string({ unit: "binary" }),
      fc
        .array(
          fc.constantFrom("≥", "2021", ".", "-", "年", "月", "12", "完成", "未", "%", "保障"),
          {
            maxLength: 6,
          }
        )
        .map((t) => t.join("")),
      fc.double(),
      fc.boolean()
    );
    const format = fc.constantFrom(undefined, "0%", "yyyy-mm-dd");
    fc.assert(
      fc.property(value, format, fc.constantFrom(...targets), (v, f, t) => {
        const cell: Cell = f === undefined ? { value: v } : { value: v, format: f };
        const actual = parseActual(cell, t);
        if (actual.kind === "number") expect(Number.isFinite(actual.value)).toBe(true);
      })
    );
  });
});
