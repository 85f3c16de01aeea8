import fc from "fast-check";
import type { Cell } from "../../src/core/grid";
import * as normalize from "../../src/core/normalize";
import {
  decimalsOfFormat,
  isDashOrBlank,
  parseNumberCell,
  parseNumberText,
  roundHalfUp,
} from "../../src/core/parse-number";

describe("parseNumberCell", () => {
  it.each<[Cell, number, string | null]>([
    [{ value: 10 }, 10, null],
    [{ value: 0 }, 0, null],
    [{ value: 1234.5, format: "#,##0.00" }, 1234.5, null],
    [{ value: 0.95, format: "0%" }, 95, "%"],
    [{ value: 0.9, format: "0%" }, 90, "%"],
    [{ value: 1, format: "0.0%" }, 100, "%"],
    [{ value: "10分" }, 10, "分"],
    [{ value: "100分" }, 100, "分"],
    [{ value: "10 " }, 10, null],
    [{ value: " 10 分 " }, 10, "分"],
    [{ value: "1,234.5" }, 1234.5, null],
    [{ value: "1,234,567" }, 1234567, null],
    [{ value: "８５" }, 85, null],
    [{ value: "１０分" }, 10, "分"],
    [{ value: "95%" }, 95, "%"],
    [{ value: "９５％" }, 95, "%"],
    [{ value: "10万元" }, 10, "万元"],
    [{ value: "-3" }, -3, null],
    [{ value: "−3" }, -3, null],
    [{ value: ".5" }, 0.5, null],
    [{ value: "2.50" }, 2.5, null],
  ])("reads %j as %p %j", (cell, value, unit) => {
    expect(parseNumberCell(cell)).toEqual({ value, unit });
  });

  it.each<Cell>([
    { value: null },
    { value: "" },
    { value: "   " },
    { value: "—" },
    { value: "——" },
    { value: "-" },
    { value: "－" },
    { value: "/" },
    { value: null, error: "#DIV/0!" },
    { value: null, error: "#VALUE!" },
    { value: true },
    { value: "abc" },
    { value: "约10" },
    { value: "1-2" },
    { value: "1,2" },
    { value: "12,34" },
    { value: "100%完成" },
    { value: "10分(满分)" },
    { value: Number.POSITIVE_INFINITY },
    { value: -5e306, format: "0%" },
  ])("returns null for %j", (cell) => {
    expect(parseNumberCell(cell)).toBeNull();
  });

  it("never throws on random strings and numbers", () => {
    const cell = fc.oneof(
      fc.string({ unit: "binary" }).map((value): Cell => ({ value })),
      fc.double().map((value): Cell => ({ value })),
      fc
        .tuple(fc.double(), fc.constantFrom("0%", "0.00%", "yyyy-mm-dd", "General", '0"分"'))
        .map(([value, format]): Cell => ({ value, format }))
    );
    fc.assert(
      fc.property(cell, (c) => {
        const parsed = parseNumberCell(c);
        if (parsed !== null) expect(Number.isFinite(parsed.value)).toBe(true);
      })
    );
  });
});

describe("parseNumberText", () => {
  it("reads a number with a known or unit-like word", () => {
    expect(parseNumberText("3个工作日")).toEqual({ value: 3, unit: "个工作日" });
    expect(parseNumberText("2次/年")).toEqual({ value: 2, unit: "次/年" });
    expect(parseNumberText("10分钟")).toEqual({ value: 10, unit: "分钟" });
  });

  it("refuses a number followed by a phrase or more digits", () => {
    expect(parseNumberText("10万元以内完成全部采购")).toBeNull();
    expect(parseNumberText("2021.01-2021.12")).toBeNull();
    expect(parseNumberText("%")).toBeNull();
  });
});

describe("isDashOrBlank", () => {
  it.each<Cell>([
    { value: null },
    { value: "" },
    { value: " " },
    { value: "—" },
    { value: "-" },
    { value: "/" },
    { value: "——" },
  ])("is true for %j", (cell) => {
    expect(isDashOrBlank(cell)).toBe(true);
  });

  it.each<Cell>([
    { value: 0 },
    { value: "0" },
    { value: "无" },
    { value: "10分" },
    { value: false },
    { value: null, error: "#N/A" },
  ])("is false for %j", (cell) => {
    expect(isDashOrBlank(cell)).toBe(false);
  });
});

describe("re-exported format helpers", () => {
  it("are the ones in normalize.ts", () => {
    expect(roundHalfUp).toBe(normalize.roundHalfUp);
    expect(decimalsOfFormat).toBe(normalize.decimalsOfFormat);
    expect(decimalsOfFormat("0.0%")).toBe(1);
  });
});
