import ExcelJS from "exceljs";
import { areaFromA1, cellAt, fromA1, type Grid } from "../../src/core";
import { isBlankGrid, openWorkbook, XlsxWorkbookPort } from "../../src/xlsx";
import { reopen } from "./workbook-builder";
import { SAMPLE_XLSX as SAMPLE } from "../helpers/fixtures";

// Whole workbooks are read and written: a second alone, many seconds on a shared, busy machine.
jest.setTimeout(60_000);

function at(grid: Grid, a1: string) {
  const a = fromA1(a1);
  if (!a) throw new Error(a1);
  return cellAt(grid, a.row, a.col);
}

async function readAll(workbook: ExcelJS.Workbook): Promise<Grid[]> {
  return new XlsxWorkbookPort(workbook).readSheets();
}

describe("reading the real 2021 sample workbook", () => {
  let grids: Grid[];
  beforeAll(async () => {
    const opened = await openWorkbook(SAMPLE);
    if (!opened.ok) throw new Error(opened.problem.code);
    grids = await readAll(opened.workbook);
  });

  it("reads every sheet in workbook order", () => {
    expect(grids.map((g) => g.sheet)).toEqual([
      "安全生产举报奖励项目",
      "防灾减灾及应急管理",
      "森林草原防灭火保障项目",
    ]);
  });

  it("keeps the stored value and number format of percent and text cells", () => {
    const g = grids[0]!;
    expect(g.top).toBe(0);
    expect(g.left).toBe(0);
    expect(at(g, "H6")).toEqual({ value: 1, format: "0.0%" });
    expect(at(g, "I6")).toEqual({ value: "10分" });
    expect(at(g, "F18")).toEqual({ value: 0.95, format: "0%" });
    expect(at(g, "E14")).toEqual({ value: "≧2次" });
    expect(at(g, "G21")).toEqual({ value: 100 });
    expect(at(g, "B3")).toEqual({ value: "安全生产举报奖励项目" });
  });

  it("lists merges and leaves the cells inside a merge empty, as Excel reports them", () => {
    const g = grids[0]!;
    expect(g.merges).toContainEqual(areaFromA1("A12:A20"));
    expect(g.merges).toContainEqual(areaFromA1("A21:F21"));
    expect(g.merges).toHaveLength(20);
    expect(at(g, "A1").value).toBe("项目支出绩效自评表");
    expect(at(g, "B1")).toEqual({ value: null });
    expect(at(g, "A13")).toEqual({ value: null });
  });

  it("covers the used range exactly", () => {
    expect(grids.map((g) => g.cells.length)).toEqual([21, 23, 25]);
    expect(Math.max(...grids[0]!.cells.map((r) => r.length))).toBe(9);
  });
});

describe("reading cell values as Office.js shows them", () => {
  async function sheetWith(fill: (ws: ExcelJS.Worksheet) => void, date1904 = false): Promise<Grid> {
    const workbook = new ExcelJS.Workbook();
    if (date1904) workbook.properties.date1904 = true;
    fill(workbook.addWorksheet("S"));
    const [grid] = await readAll(await reopen(workbook));
    return grid!;
  }

  it("starts the grid at the used range's top-left cell", async () => {
    const g = await sheetWith((ws) => {
      ws.getCell("C5").value = "项目名称";
      ws.getCell("E9").value = 3;
    });
    expect([g.top, g.left]).toEqual([4, 2]);
    expect(g.cells).toHaveLength(5);
    expect(at(g, "C5").value).toBe("项目名称");
    expect(at(g, "E9").value).toBe(3);
  });

  it("flattens rich text and hyperlinks to their text", async () => {
    const g = await sheetWith((ws) => {
      ws.getCell("A1").value = {
        richText: [{ text: "产出" }, { font: { bold: true }, text: "指标" }],
      };
      ws.getCell("A2").value = { text: "说明", hyperlink: "https://example.org/" };
    });
    expect(at(g, "A1").value).toBe("产出指标");
    expect(at(g, "A2").value).toBe("说明");
  });

  it("gives dates as serial numbers in the 1900 and the 1904 date systems", async () => {
    const when = new Date(Date.UTC(2021, 11, 31));
    const g1900 = await sheetWith((ws) => {
      ws.getCell("A1").value = when;
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    expect(at(g1900, "A1")).toEqual({ value: 44561, format: "yyyy-mm-dd" });
    const g1904 = await sheetWith((ws) => {
      ws.getCell("A1").value = when;
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    }, true);
    expect(at(g1904, "A1").value).toBe(44561 - 1462);
  });

  it("gives formulas with their cached result, shared formulas as written in each cell", async () => {
    const g = await sheetWith((ws) => {
      ws.getCell("A1").value = 8;
      ws.getCell("B1").value = 10;
      ws.getCell("C1").value = { formula: "A1/B1", result: 0.8 };
      ws.getCell("C1").numFmt = "0.00%";
      ws.getCell("A2").value = 3;
      ws.getCell("B2").value = 4;
      ws.getCell("C2").value = { sharedFormula: "C1", result: 0.75 } as ExcelJS.CellValue;
    });
    expect(at(g, "C1")).toEqual({ value: 0.8, format: "0.00%", formula: "=A1/B1" });
    expect(at(g, "C2")).toEqual({ value: 0.75, formula: "=A2/B2" });
  });

  it("keeps error values apart from text, as constants and as formula results", async () => {
    const g = await sheetWith((ws) => {
      ws.getCell("A1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("A2").value = {
        formula: "1/0",
        result: { error: "#DIV/0!" },
      } as ExcelJS.CellValue;
    });
    expect(at(g, "A1")).toEqual({ value: null, error: "#N/A" });
    expect(at(g, "A2")).toEqual({ value: null, error: "#DIV/0!", formula: "=1/0" });
  });

  it("counts a formatted empty cell in the used range but not as content", async () => {
    const g = await sheetWith((ws) => {
      ws.getCell("A1").value = "x";
      ws.getCell("D4").numFmt = "0.00";
    });
    expect(g.cells).toHaveLength(4);
    expect(at(g, "D4")).toEqual({ value: null, format: "0.00" });
    const blank = await sheetWith((ws) => {
      ws.getCell("D4").numFmt = "0.00";
    });
    expect(isBlankGrid(blank)).toBe(true);
    expect(isBlankGrid(g)).toBe(false);
  });
});
