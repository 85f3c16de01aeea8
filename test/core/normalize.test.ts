import fc from "fast-check";
import {
  cellText,
  compactLabel,
  decimalsOfFormat,
  formatPlainNumber,
  isDateFormat,
  isPercentFormat,
  normalizeText,
  roundHalfUp,
} from "../../src/core/normalize";

describe("normalizeText", () => {
  it.each([
    ["１２３４５６７８９０", "1234567890"],
    ["ＡＢＣｘｙｚ", "ABCxyz"],
    ["项目资金（万元）：", "项目资金(万元):"],
    ["９５％", "95%"],
    ["１，２３４．５", "1,234.5"],
    ["全年执行数（Ｂ）", "全年执行数(B)"],
  ])("folds full-width %s to half-width %s", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("turns the full-width space into a plain one and collapses whitespace and line breaks", () => {
    expect(normalizeText("　项目\r\n资金\t\t（万元）　 ")).toBe("项目 资金 (万元)");
  });

  it("keeps the comparators ≥ ≤ ＞ ＜ ＝ as written", () => {
    expect(normalizeText("≥1 ≤2 ＞3 ＜4 ＝5 ＞＝6")).toBe("≥1 ≤2 ＞3 ＜4 ＝5 ＞＝6");
  });

  it("leaves Chinese punctuation that has no half-width twin alone", () => {
    expect(normalizeText("保障，提升。、")).toBe("保障,提升。、");
  });

  it("drops zero-width characters that sneak in from copied text", () => {
    expect(normalizeText("达成\u200b年度指标")).toBe("达成年度指标");
  });

  it("returns an empty string for blank input", () => {
    expect(normalizeText(" \n\u3000 ")).toBe("");
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      })
    );
  });
});

describe("compactLabel", () => {
  it.each([
    ["项目资金（万元）：", "项目资金(万元)"],
    ["实 际\n完成值", "实际完成值"],
    ["其中：当年财政拨款", "其中:当年财政拨款"],
    ["指标2：", "指标2"],
    ["总分::", "总分"],
  ])("compacts %j to %j", (input, expected) => {
    expect(compactLabel(input)).toBe(expected);
  });
});

describe("number formats", () => {
  it.each([
    ["0%", true],
    ["0.00%", true],
    ["#,##0.0%;[Red]-#,##0.0%", true],
    ['0.00"%"', false],
    ["0.00\\%", false],
    ["0.00", false],
    ["General", false],
    [undefined, false],
  ])("isPercentFormat(%j) is %s", (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });

  it.each([
    ["yyyy-mm-dd", true],
    ['yyyy"年"m"月"d"日"', true],
    ["[$-F800]dddd, mmmm dd, yyyy", true],
    ["m/d/yy", true],
    ["h:mm", false],
    ["0.00E+00", false],
    ['0"天"', false],
    ["General", false],
    [undefined, false],
  ])("isDateFormat(%j) is %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  it.each([
    ["0.0%", 1],
    ["0%", 0],
    ["0.00", 2],
    ["#,##0.00_ ", 2],
    ['0.000"分"', 3],
    ["0", 0],
    ["0.00E+00", 2],
    ["General", null],
    ["@", null],
    ["yyyy.mm.dd", null],
    [undefined, null],
    ["", null],
  ])("decimalsOfFormat(%j) is %j", (format, expected) => {
    expect(decimalsOfFormat(format)).toBe(expected);
  });
});

describe("roundHalfUp", () => {
  it.each([
    [1.005, 2, 1.01],
    [0.125, 2, 0.13],
    [2.675, 2, 2.68],
    [1.255, 2, 1.26],
    [8.345, 2, 8.35],
    [86.18499999999999, 2, 86.19],
    [0.1 + 0.2, 2, 0.3],
    [12.344, 2, 12.34],
    [12.3449, 2, 12.34],
    [1234.5, 0, 1235],
    [-2.5, 0, -3],
    [-1.005, 2, -1.01],
    [0.8618, 4, 0.8618],
    [99.995, 2, 100],
    [1e-7, 2, 0],
  ])("rounds %p to %p decimals as %p", (x, decimals, expected) => {
    expect(roundHalfUp(x, decimals)).toBe(expected);
  });

  it("is right where Math.round(x * 100) / 100 is wrong", () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
  });

  it("passes non-finite values through", () => {
    expect(roundHalfUp(Number.NaN, 2)).toBeNaN();
    expect(roundHalfUp(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });

  it("stays within half a unit of the last place", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          expect(Math.abs(roundHalfUp(x, d) - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
        }
      )
    );
  });
});

describe("formatPlainNumber", () => {
  it.each([
    [0.1 + 0.2, "0.3"],
    [10, "10"],
    [1234.5, "1234.5"],
    [-0, "0"],
    [0.9 * 100, "90"],
  ])("shows %p as %s", (x, expected) => {
    expect(formatPlainNumber(x)).toBe(expected);
  });
});

describe("cellText", () => {
  it.each([
    [{ value: 0.95, format: "0%" }, "95%"],
    [{ value: 0.8618, format: "0.00%" }, "86.18%"],
    [{ value: 0.86185, format: "0.00%" }, "86.19%"],
    [{ value: 1, format: "0.0%" }, "100.0%"],
    [{ value: 0.9, format: "0%" }, "90%"],
    [{ value: 0.95, format: '0.00"%"' }, "0.95"],
    [{ value: 0.1 + 0.2 }, "0.3"],
    [{ value: 10, format: "General" }, "10"],
    [{ value: 1234.5, format: "#,##0.00" }, "1234.5"],
    [{ value: true }, "TRUE"],
    [{ value: false }, "FALSE"],
    [{ value: null, error: "#DIV/0!" }, "#DIV/0!"],
    [{ value: null }, ""],
    [{ value: " 10分 " }, " 10分 "],
  ])("shows %j as %j", (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });
});
