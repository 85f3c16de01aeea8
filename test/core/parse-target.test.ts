import fc from "fast-check";
import type { Cell } from "../../src/core/grid";
import { compareDays } from "../../src/core/calendar";
import {
  parsePeriodText,
  parseQuantityText,
  parseTarget,
  type TargetContext,
} from "../../src/core/parse-target";
import type { Target } from "../../src/core/values";

const PLAIN: TargetContext = { isCost: false, isPeriod: false };
const COST: TargetContext = { isCost: true, isPeriod: false };
const PERIOD: TargetContext = { isCost: false, isPeriod: true };

const text = (value: string): Cell => ({ value });
const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe("parseTarget on the sample sheets", () => {
  it.each<[string, TargetContext, Target]>([
    [
      "≧2次",
      PLAIN,
      {
        kind: "quantity",
        comparator: "≥",
        source: "nonstandard",
        written: "≧",
        value: 2,
        unit: "次",
      },
    ],
    [
      "≥90%",
      PLAIN,
      {
        kind: "quantity",
        comparator: "≥",
        source: "canonical",
        written: "≥",
        value: 90,
        unit: "%",
      },
    ],
    [
      ">=90%",
      PLAIN,
      {
        kind: "quantity",
        comparator: "≥",
        source: "nonstandard",
        written: ">=",
        value: 90,
        unit: "%",
      },
    ],
    [
      "≥50人次",
      PLAIN,
      {
        kind: "quantity",
        comparator: "≥",
        source: "canonical",
        written: "≥",
        value: 50,
        unit: "人次",
      },
    ],
    [
      "<=10万元",
      COST,
      {
        kind: "quantity",
        comparator: "≤",
        source: "nonstandard",
        written: "<=",
        value: 10,
        unit: "万元",
      },
    ],
    ["2021.01-2021.12", PERIOD, { kind: "period", start: day(2021, 1, 1), end: day(2021, 12, 31) }],
    ["保障", PLAIN, { kind: "qualitative", text: "保障" }],
    ["长期", PLAIN, { kind: "qualitative", text: "长期" }],
  ])("reads %s", (value, ctx, expected) => {
    expect(parseTarget(text(value), ctx)).toEqual(expected);
  });
});

describe("parseTarget comparators", () => {
  it.each([
    ["≥", "≥"],
    ["＞", "＞"],
    ["＝", "＝"],
    ["＜", "＜"],
    ["≤", "≤"],
  ])("takes %s as the canonical %s", (written, comparator) => {
    expect(parseTarget(text(`${written}5次`), PLAIN)).toMatchObject({
      kind: "quantity",
      comparator,
      source: "canonical",
      written,
      value: 5,
    });
  });

  it.each([
    ["≧5次", "≥", "≧"],
    ["＞＝5次", "≥", "＞＝"],
    [">=5次", "≥", ">="],
    ["不低于5次", "≥", "不低于"],
    ["不少于5次", "≥", "不少于"],
    ["大于等于5次", "≥", "大于等于"],
    ["5次以上", "≥", "以上"],
    ["≦5次", "≤", "≦"],
    ["<=5次", "≤", "<="],
    ["＜＝5次", "≤", "＜＝"],
    ["不高于5次", "≤", "不高于"],
    ["不超过5次", "≤", "不超过"],
    ["不大于5次", "≤", "不大于"],
    ["小于等于5次", "≤", "小于等于"],
    ["5次以内", "≤", "以内"],
    ["5次以下", "≤", "以下"],
    ["控制在5次以内", "≤", "控制在…以内"],
    [">5次", "＞", ">"],
    ["大于5次", "＞", "大于"],
    ["超过5次", "＞", "超过"],
    ["<5次", "＜", "<"],
    ["小于5次", "＜", "小于"],
    ["=5次", "＝", "="],
    ["等于5次", "＝", "等于"],
  ])("reads %s as %s, nonstandard, written %s", (value, comparator, written) => {
    expect(parseTarget(text(value), PLAIN)).toEqual({
      kind: "quantity",
      comparator,
      source: "nonstandard",
      written,
      value: 5,
      unit: "次",
    });
  });

  it("reads full-width digits and spaces around the parts", () => {
    expect(parseTarget(text("＞＝ ９５ ％"), PLAIN)).toMatchObject({
      comparator: "≥",
      value: 95,
      unit: "%",
    });
    expect(parseTarget(text("≥ 200 人次"), PLAIN)).toMatchObject({
      source: "canonical",
      value: 200,
    });
  });

  it.each<[string, TargetContext, string, number, string | null]>([
    ["40人", PLAIN, "≥", 40, "人"],
    ["30%", PLAIN, "≥", 30, "%"],
    ["15.99万元", COST, "≤", 15.99, "万元"],
    ["15.99万元", PLAIN, "≥", 15.99, "万元"],
    ["2", PLAIN, "≥", 2, null],
  ])("reads %s without comparator as %s… with source missing", (value, ctx, cmp, n, unit) => {
    expect(parseTarget(text(value), ctx)).toEqual({
      kind: "quantity",
      comparator: cmp,
      source: "missing",
      written: "",
      value: n,
      unit,
    });
  });

  it("treats contradicting comparators as qualitative text", () => {
    expect(parseTarget(text("≥90%以下"), PLAIN)).toEqual({ kind: "qualitative", text: "≥90%以下" });
  });

  it("accepts a comparator repeated by its suffix", () => {
    expect(parseTarget(text("≥90%以上"), PLAIN)).toMatchObject({
      comparator: "≥",
      source: "nonstandard",
      written: "≥…以上",
    });
  });
});

describe("parseTarget on number cells", () => {
  it("reads a plain number as a quantity without comparator", () => {
    expect(parseTarget({ value: 2 }, PLAIN)).toEqual({
      kind: "quantity",
      comparator: "≥",
      source: "missing",
      written: "",
      value: 2,
      unit: null,
    });
    expect(parseTarget({ value: 10 }, COST)).toMatchObject({ comparator: "≤" });
  });

  it("reads a percent cell as a percentage", () => {
    expect(parseTarget({ value: 0.9, format: "0%" }, PLAIN)).toMatchObject({
      value: 90,
      unit: "%",
    });
  });

  it("reads a percent cell too large to show as qualitative", () => {
    expect(parseTarget({ value: 5e306, format: "0%" }, PLAIN).kind).toBe("qualitative");
  });

  it("reads a date cell as a period of that day", () => {
    expect(parseTarget({ value: 44561, format: "yyyy-mm-dd" }, PLAIN)).toEqual({
      kind: "period",
      start: day(2021, 12, 31),
      end: day(2021, 12, 31),
    });
  });

  it("reads a bare year as a period on 时效 rows only", () => {
    expect(parseTarget({ value: 2021 }, PERIOD)).toEqual({
      kind: "period",
      start: day(2021, 1, 1),
      end: day(2021, 12, 31),
    });
    expect(parseTarget({ value: 2021 }, PLAIN)).toMatchObject({ kind: "quantity", value: 2021 });
    expect(parseTarget({ value: 12 }, PERIOD)).toMatchObject({ kind: "quantity", value: 12 });
  });
});

describe("parseTarget periods", () => {
  it.each<[string, ReturnType<typeof day> | null, ReturnType<typeof day>]>([
    ["2021.01-2021.12", day(2021, 1, 1), day(2021, 12, 31)],
    ["2021年12月底前", null, day(2021, 12, 31)],
    ["2021年1月-12月", day(2021, 1, 1), day(2021, 12, 31)],
    ["2021年1-12月", day(2021, 1, 1), day(2021, 12, 31)],
    ["2021年1月至2021年12月", day(2021, 1, 1), day(2021, 12, 31)],
    ["2021年12月31日前", null, day(2021, 12, 31)],
    ["2021-12-31", day(2021, 12, 31), day(2021, 12, 31)],
    ["2021/6/30", day(2021, 6, 30), day(2021, 6, 30)],
    ["2021.1.1-2021.6.30", day(2021, 1, 1), day(2021, 6, 30)],
    ["2021年度", day(2021, 1, 1), day(2021, 12, 31)],
    ["2021年底前完成", null, day(2021, 12, 31)],
    ["2021年上半年", day(2021, 1, 1), day(2021, 6, 30)],
    ["2020年2月", day(2020, 2, 1), day(2020, 2, 29)],
    ["截至2021年11月", null, day(2021, 11, 30)],
  ])("reads %s as a period", (value, start, end) => {
    expect(parseTarget(text(value), PERIOD)).toEqual({ kind: "period", start, end });
    expect(parseTarget(text(value), PLAIN)).toEqual({ kind: "period", start, end });
  });

  it("reads 12月底前 with the form's year, and as qualitative without one", () => {
    expect(parseTarget(text("12月底前"), { ...PERIOD, defaultYear: 2021 })).toEqual({
      kind: "period",
      start: null,
      end: day(2021, 12, 31),
    });
    expect(parseTarget(text("12月底前"), PERIOD)).toEqual({
      kind: "qualitative",
      text: "12月底前",
    });
  });

  it("reads dotted months and bare years as periods on 时效 rows only", () => {
    expect(parseTarget(text("2021.12"), PERIOD)).toEqual({
      kind: "period",
      start: day(2021, 12, 1),
      end: day(2021, 12, 31),
    });
    expect(parseTarget(text("2021.12"), PLAIN)).toMatchObject({ kind: "quantity", value: 2021.12 });
    expect(parseTarget(text("2021"), PLAIN)).toMatchObject({ kind: "quantity", value: 2021 });
  });

  it.each(["2021年2月30日", "2021.12-2021.01", "2021年13月"])(
    "does not accept the impossible date %s",
    (value) => {
      expect(parseTarget(text(value), PERIOD).kind).not.toBe("period");
    }
  );

  it("reads durations on 时效 rows as quantities", () => {
    expect(parseTarget(text("3个月内"), PERIOD)).toMatchObject({
      kind: "quantity",
      comparator: "≤",
      value: 3,
      unit: "个月",
    });
    expect(parseTarget(text("≤30天"), PERIOD)).toMatchObject({ comparator: "≤", unit: "天" });
  });
});

describe("parseTarget other kinds", () => {
  it.each(["不适用", "不涉及", " 不适用。"])("reads %j as not applicable", (value) => {
    expect(parseTarget(text(value), PLAIN).kind).toBe("not-applicable");
  });

  it.each<Cell>([{ value: null }, { value: "" }, { value: " \n" }, { value: "—" }, { value: "/" }])(
    "reads %j as empty",
    (cell) => {
      expect(parseTarget(cell, PLAIN)).toEqual({ kind: "empty" });
    }
  );

  it.each(["保障", "提升", "长期", "达成年度指标", "有效提升", "100%完成", "1-2次"])(
    "reads %s as qualitative",
    (value) => {
      expect(parseTarget(text(value), PLAIN)).toEqual({ kind: "qualitative", text: value });
    }
  );

  it("keeps qualitative text normalised", () => {
    expect(parseTarget(text(" 有效\n提升（明显） "), PLAIN)).toEqual({
      kind: "qualitative",
      text: "有效 提升(明显)",
    });
  });

  it("reads an error cell as qualitative text holding the error", () => {
    expect(parseTarget({ value: null, error: "#REF!" }, PLAIN)).toEqual({
      kind: "qualitative",
      text: "#REF!",
    });
  });

  it("never throws on random strings and numbers", () => {
    const tokens = fc.constantFrom(
      ...[
        "≥",
        "≧",
        ">=",
        "＞＝",
        "不低于",
        "以上",
        "以内",
        "控制在",
        "2021",
        ".",
        "-",
        "年",
        "月",
        "日",
      ],
      ...["底前", "万元", "%", "人次", "12", "31", "0", " ", "１", ",", "至", "不适用", "前"]
    );
    const value = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.array(tokens, { maxLength: 8 }).map((t) => t.join("")),
      fc.double(),
      fc.integer({ min: -5, max: 3_000_000 })
    );
    const format = fc.constantFrom(undefined, "0%", "0.0%", "yyyy-mm-dd", "General");
    const ctx = fc.record({
      isCost: fc.boolean(),
      isPeriod: fc.boolean(),
      defaultYear: fc.constantFrom(undefined, 2021),
    });
    fc.assert(
      fc.property(value, format, ctx, (v, f, c) => {
        const cell: Cell = f === undefined ? { value: v } : { value: v, format: f };
        const target = parseTarget(cell, c);
        if (target.kind === "quantity") expect(Number.isFinite(target.value)).toBe(true);
        if (target.kind === "period" && target.start) {
          expect(compareDays(target.start, target.end)).toBeLessThanOrEqual(0);
        }
      })
    );
  });
});

describe("parseQuantityText", () => {
  it("returns null for text that is not a quantity", () => {
    expect(parseQuantityText("保障")).toBeNull();
    expect(parseQuantityText("≥")).toBeNull();
    expect(parseQuantityText("≥90%以下")).toBeNull();
  });
});

describe("parsePeriodText", () => {
  it("uses the default year for months written without one", () => {
    expect(parsePeriodText("1月-6月", 2022)).toEqual({
      start: day(2022, 1, 1),
      end: day(2022, 6, 30),
    });
    expect(parsePeriodText("年底前", 2022)).toEqual({ start: null, end: day(2022, 12, 31) });
  });

  it("returns null for text that is no date", () => {
    expect(parsePeriodText("长期")).toBeNull();
    expect(parsePeriodText("12月")).toBeNull();
  });
});
