import { displayText } from "../../dev/playground/format-cell";

describe("simulated cell display", () => {
  it("shows percents at the format's precision, rounding half up", () => {
    expect(displayText(0.98195, "0.00%")).toBe("98.20%");
    expect(displayText(1, "0%")).toBe("100%");
    expect(displayText(0.8619, "0.0%")).toBe("86.2%");
  });

  it("shows fixed decimals, thousands separators and quoted units", () => {
    expect(displayText(10, '0"分"')).toBe("10分");
    expect(displayText(9.5, '0.00"分"')).toBe("9.50分");
    expect(displayText(1234567.891, "#,##0.00")).toBe("1,234,567.89");
    expect(displayText(-0.145, "0.00")).toBe("-0.15");
    expect(displayText(12, '"约"0')).toBe("约12");
  });

  it("shows General numbers without binary noise", () => {
    expect(displayText(0.1 + 0.2)).toBe("0.3");
    expect(displayText(120)).toBe("120");
    expect(displayText(0.1 + 0.2, "General")).toBe("0.3");
  });

  it("shows date serials as dates", () => {
    expect(displayText(44561, "yyyy/m/d")).toBe("2021/12/31");
    expect(displayText(44561, 'yyyy"年"m"月"d"日"')).toBe("2021年12月31日");
  });

  it("shows text, booleans, empties and errors as they are", () => {
    expect(displayText("≥10次", "0.00%")).toBe("≥10次");
    expect(displayText(true)).toBe("TRUE");
    expect(displayText(null, "0%")).toBe("");
    expect(displayText(null, undefined, "#DIV/0!")).toBe("#DIV/0!");
  });
});

describe("simulated cell display of Excel's calendar", () => {
  it("keeps Excel's phantom 1900-02-29 at serial 60", () => {
    expect(displayText(59, "yyyy/m/d")).toBe("1900/2/28");
    expect(displayText(60, "yyyy/m/d")).toBe("1900/2/29");
    expect(displayText(61, "yyyy/m/d")).toBe("1900/3/1");
  });
});
