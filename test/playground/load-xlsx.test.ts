import ExcelJS from "exceljs";
import { toFakeWorkbook } from "../../dev/playground/load-xlsx";
import { SAMPLE_XLSX as SAMPLE } from "../helpers/fixtures";

describe("loading an .xlsx into the simulated workbook", () => {
  it("keeps the sample's sheets, values, formats, merges, fonts, borders and sizes", async () => {
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(SAMPLE);
    const workbook = toFakeWorkbook(source);
    expect(workbook.sheets.map((s) => s.name)).toEqual(source.worksheets.map((w) => w.name));
    const sheet = workbook.sheets[0]!;
    const title = workbook.cell(sheet, 0, 0);
    expect(title).toMatchObject({
      value: "项目支出绩效自评表",
      font: { name: "宋体", size: 16, bold: true },
      hAlign: "Center",
    });
    const rate = workbook.cell(sheet, 5, 7);
    expect(rate).toMatchObject({ value: 1, numberFormat: "0.0%", vAlign: "Center", wrap: true });
    expect(rate?.borders).toEqual({
      top: "Continuous",
      bottom: "Continuous",
      left: "Continuous",
      right: "Continuous",
    });
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 8 });
    expect(sheet.rowHeights.get(0)).toBe(32);
    expect(sheet.columnWidths.get(3)).toBeCloseTo((32 * 7 + 5) * 0.75);
    // Only a merge's top-left cell holds the value, as in Excel.
    expect(workbook.cell(sheet, 0, 1)?.value ?? null).toBeNull();
  });

  it("reads formulas with their cached results, solid fills and rich text", async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet("表1");
    ws.getCell("A1").value = { formula: "B1/C1", result: 0.5 };
    ws.getCell("A1").numFmt = "0.00%";
    ws.getCell("B1").value = { richText: [{ text: "偏差" }, { text: "原因" }] };
    ws.getCell("B1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
    ws.getCell("C1").value = new Date(Date.UTC(2021, 11, 31));
    const sheet = toFakeWorkbook(source).sheets[0]!;
    expect(sheet.rows.get(0)?.get(0)).toEqual({
      value: 0.5,
      formula: "=B1/C1",
      numberFormat: "0.00%",
    });
    expect(sheet.rows.get(0)?.get(1)).toMatchObject({ value: "偏差原因", fill: "FFC7CE" });
    expect(sheet.rows.get(0)?.get(2)?.value).toBe(44561);
  });
});
