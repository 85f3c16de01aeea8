import { createFakeOffice, workbookFromRows, type FakeOffice } from "../../dev/fake-office";

/**
 * Office.js runs a batch's queued commands in order, so a load queued before a write
 * in the same sync reports the cell as it was before that write. The Excel shell
 * journals a write this way in the write's own sync; the fake must answer the same.
 */

function host(): FakeOffice {
  const office = createFakeOffice({
    workbook: workbookFromRows({ 表一: [["旧", 1]] }),
  });
  const sheet = office.workbook.sheetByName("表一")!;
  office.workbook.updateCell(sheet, 0, 1, (cell) => {
    cell.numberFormat = "0.0%";
    cell.fill = "FFFF00";
  });
  return office;
}

describe("fake Office.js: loads and writes in one batch", () => {
  it("answers a load queued before a write with the cell as it was before the write", async () => {
    const office = host();
    const sheet = office.workbook.sheetByName("表一")!;
    await office.Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem("表一");
      const before = worksheet.getCell(0, 1);
      before.load("values,formulas,numberFormat,valueTypes");
      before.format.fill.load("color,pattern");
      const target = worksheet.getCell(0, 1);
      target.numberFormat = [["General"]];
      target.values = [["=1+1"]];
      target.format.fill.color = "#FFC7CE";
      const after = worksheet.getCell(0, 1);
      after.load("formulas,numberFormat");
      after.format.fill.load("color");
      await context.sync();

      expect(office.counters().syncs).toBe(1);
      expect([before.values, before.formulas, before.numberFormat, before.valueTypes]).toEqual([
        [[1]],
        [[1]],
        [["0.0%"]],
        [["Double"]],
      ]);
      expect([before.format.fill.color, before.format.fill.pattern]).toEqual(["#FFFF00", "Solid"]);
      expect([after.formulas, after.numberFormat, after.format.fill.color]).toEqual([
        [["=1+1"]],
        [["General"]],
        "#FFC7CE",
      ]);
    });
    const cell = office.workbook.cell(sheet, 0, 1);
    expect([cell?.formula, cell?.numberFormat, cell?.fill]).toEqual(["=1+1", undefined, "FFC7CE"]);
  });

  it("lets the loaded value replace a value set locally on the same proxy, as Office.js does", async () => {
    const office = host();
    await office.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("表一").getCell(0, 0);
      cell.load("values");
      cell.values = [["新"]];
      // Before the sync the proxy shows what was set locally.
      expect(cell.values).toEqual([["新"]]);
      await context.sync();
      expect(cell.values).toEqual([["旧"]]);
    });
    const sheet = office.workbook.sheetByName("表一")!;
    expect(office.workbook.cell(sheet, 0, 0)?.value).toBe("新");
  });

  it("delivers no loaded value from a failed sync, even when the failure came after the writes", async () => {
    const office = host();
    const sheet = office.workbook.sheetByName("表一")!;
    office.failNextSync({ code: "GeneralException", applyFirst: 2 });
    await office.Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem("表一");
      const before = worksheet.getCell(0, 0);
      before.load("values");
      worksheet.getCell(0, 0).values = [["新"]];
      worksheet.getCell(0, 1).values = [[2]];
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
      expect(() => before.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    // The load and the first write ran before the failure; the second write did not.
    expect(office.workbook.cell(sheet, 0, 0)?.value).toBe("新");
    expect(office.workbook.cell(sheet, 0, 1)?.value).toBe(1);
  });

  it("hands out copies: changing a loaded object does not change the workbook", async () => {
    const office = host();
    const sheet = office.workbook.sheetByName("表一")!;
    await office.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表一").getRange("A1");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "甲,乙" } };
      await context.sync();
      range.dataValidation.load("rule");
      await context.sync();
      const rule = range.dataValidation.rule;
      if (rule.list) rule.list.source = "被改";
    });
    expect(sheet.validations[0]?.rule.list?.source).toBe("甲,乙");
  });
});
