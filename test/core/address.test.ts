import {
  areaFromA1,
  areaToA1,
  parseReference,
  parseReferenceList,
  qualifiedA1,
  quoteSheetName,
  SHEET_COLUMNS,
  SHEET_ROWS,
} from "../../src/core/address";

const areasOf = (text: string) => parseReferenceList(text).map((r) => r.area);

describe("A1 references", () => {
  it("parses lists of references, with quoted sheet names holding commas, quotes and !", () => {
    expect(areasOf("Sheet1!A1:I1, Sheet1!B3")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 8 },
      { top: 2, left: 1, bottom: 2, right: 1 },
    ]);
    expect(areasOf("'a, b''s!'!$C$5:$D$6, 表一!A1")).toEqual([
      { top: 4, left: 2, bottom: 5, right: 3 },
      { top: 0, left: 0, bottom: 0, right: 0 },
    ]);
    expect(parseReference("'a, b''s!'!C5")?.sheet).toBe("a, b's!");
  });

  it("reads and writes whole columns and rows as Excel does", () => {
    const columns = { top: 0, left: 0, bottom: SHEET_ROWS - 1, right: 2 };
    const rows = { top: 1, left: 0, bottom: 4, right: SHEET_COLUMNS - 1 };
    expect(areaFromA1("A:C")).toEqual(columns);
    expect(areaFromA1("2:5")).toEqual(rows);
    expect(areaToA1(columns)).toBe("A:C");
    expect(areaToA1(rows)).toBe("2:5");
  });

  it("refuses what is not a reference or lies outside a sheet", () => {
    expect(areaFromA1("A1:B2:C3")).toBeUndefined();
    expect(areaFromA1("A1:C")).toBeUndefined();
    expect(areaFromA1("XFE1")).toBeUndefined();
    expect(areaFromA1("A1048577")).toBeUndefined();
    expect(parseReference("'unclosed!A1")).toBeUndefined();
    expect(areasOf("Sheet1!A1, 不是地址, B2")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 0 },
      { top: 1, left: 1, bottom: 1, right: 1 },
    ]);
  });

  it("qualifies a reference with its sheet, quoted only when Excel would", () => {
    expect(quoteSheetName("安全生产举报奖励项目")).toBe("安全生产举报奖励项目");
    expect(quoteSheetName("My sheet")).toBe("'My sheet'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("it's")).toBe("'it''s'");
    expect(qualifiedA1("表一", { top: 0, left: 0, bottom: 20, right: 8 })).toBe("表一!A1:I21");
    expect(qualifiedA1("My sheet", { row: 10, col: 5 })).toBe("'My sheet'!F11");
  });
});
