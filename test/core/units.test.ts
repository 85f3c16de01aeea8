import { convertUnit, isKnownUnit, normalizeUnit } from "../../src/core/units";

describe("normalizeUnit", () => {
  it.each([
    ["万元", "万元"],
    [" 万元 ", "万元"],
    ["（万元）", "万元"],
    ["元", "元"],
    ["千元", "千元"],
    ["％", "%"],
    ["%", "%"],
    ["人次", "人次"],
    ["人", "人"],
    ["KM", "公里"],
    ["km", "公里"],
    ["公里", "公里"],
    ["千米", "公里"],
    ["米", "米"],
    ["㎡", "平方米"],
    ["平方米", "平方米"],
    ["日", "天"],
    ["天", "天"],
    ["月", "个月"],
    ["个月", "个月"],
    ["次", "次"],
    ["家", "家"],
  ])("writes %j as %j", (input, expected) => {
    expect(normalizeUnit(input)).toBe(expected);
  });

  it("keeps an unknown unit as written", () => {
    expect(normalizeUnit("台班")).toBe("台班");
    expect(normalizeUnit("元/人")).toBe("元/人");
  });

  it("returns null for a blank unit", () => {
    expect(normalizeUnit("")).toBeNull();
    expect(normalizeUnit(" \u3000")).toBeNull();
    expect(normalizeUnit("（）")).toBeNull();
  });

  it("is idempotent on its own output", () => {
    for (const u of ["KM", "（万元）", "日", "月", "％", "台班"]) {
      const once = normalizeUnit(u);
      expect(normalizeUnit(once ?? "")).toBe(once);
    }
  });
});

describe("isKnownUnit", () => {
  it.each(["万元", "人次", "%", "％", "公里", "km", "个", "座", "分"])("knows %s", (u) => {
    expect(isKnownUnit(u)).toBe(true);
  });

  it.each(["台班", "月底前", ""])("does not know %j", (u) => {
    expect(isKnownUnit(u)).toBe(false);
  });
});

describe("convertUnit", () => {
  it.each([
    [10, "万元", "元", 100000],
    [100000, "元", "万元", 10],
    [15.99, "万元", "元", 159900],
    [1, "千元", "万元", 0.1],
    [2.5, "万元", "千元", 25],
    [3, "公里", "米", 3000],
    [1, "km", "米", 1000],
    [2, "吨", "公斤", 2000],
  ])("converts %p %s to %p %s", (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toBe(expected);
  });

  it("keeps the value for the same unit, also when spelt differently", () => {
    expect(convertUnit(7, "家", "家")).toBe(7);
    expect(convertUnit(90, "％", "%")).toBe(90);
    expect(convertUnit(5, "（万元）", "万元")).toBe(5);
  });

  it("keeps the value when either side has no unit", () => {
    expect(convertUnit(2, null, "次")).toBe(2);
    expect(convertUnit(2, "次", null)).toBe(2);
    expect(convertUnit(2, null, null)).toBe(2);
  });

  it.each([
    ["人", "人次"],
    ["%", "万元"],
    ["万元", "米"],
    ["次", "家"],
    ["台班", "台"],
  ])("returns null from %s to %s, which do not convert", (from, to) => {
    expect(convertUnit(1, from, to)).toBeNull();
  });
});
