import { createFakeOffice, workbookFromRows, type FakeOffice } from "../../dev/fake-office";

function host(): FakeOffice {
  return createFakeOffice({
    workbook: workbookFromRows({
      表一: [
        ["项目名称", "甲"],
        [1, 2],
      ],
      Sheet2: [["x"]],
    }),
  });
}

describe("fake Office.js proxies", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const office = host();
    await office.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表一").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["项目名称", "甲"],
        [1, 2],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies writes only at sync, in the order they were queued", async () => {
    const office = host();
    const sheet = office.workbook.sheetByName("表一")!;
    await office.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("表一").getRange("B2");
      const before = context.workbook.worksheets.getItem("表一").getRange("B2");
      before.load("values");
      cell.values = [[42]];
      const after = context.workbook.worksheets.getItem("表一").getRange("B2");
      after.load("values");
      expect(office.workbook.cell(sheet, 1, 1)?.value).toBe(2);
      await context.sync();
      expect(before.values).toEqual([[2]]);
      expect(after.values).toEqual([[42]]);
      expect(office.workbook.cell(sheet, 1, 1)?.value).toBe(42);
    });
  });

  it("counts a sync only when something is queued, and sends what is left when the run ends", async () => {
    const office = host();
    await office.Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("表一").getRange("A1").values = [["改"]];
    });
    expect(office.counters().syncs).toBe(1);
    expect(office.counters().runs).toBe(1);
    expect(office.workbook.cell(office.workbook.sheetByName("表一")!, 0, 0)?.value).toBe("改");
  });

  it("resolves isNullObject at the next sync and refuses it before", async () => {
    const office = host();
    await office.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("没有");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet2");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      present.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Sheet2");
    });
  });

  it("fails the sync with ItemNotFound for a sheet that does not exist", async () => {
    const office = host();
    await expect(
      office.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("没有").getRange("A1").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
  });

  it("refuses objects of a finished Excel.run", async () => {
    const office = host();
    let kept: Excel.Range | undefined;
    await office.Excel.run(async (context) => {
      kept = context.workbook.worksheets.getItem("表一").getRange("A1");
      kept.load("values");
      await context.sync();
    });
    expect(kept?.values).toEqual([["项目名称"]]);
    expect(() => kept?.load("address")).toThrow(
      expect.objectContaining({ code: "InvalidObjectPath" })
    );
  });

  it("loads worksheet names through the collection's items", async () => {
    const office = host();
    const names = await office.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["表一", "Sheet2"]);
  });

  it("reports used ranges with and without formatting, and quotes sheet names in addresses", async () => {
    const office = host();
    office.workbook.addSheet("My Sheet");
    const sheet = office.workbook.sheetByName("My Sheet")!;
    office.workbook.putCell(sheet, 4, 2, { value: null, fill: "FFC7CE" });
    office.workbook.putCell(sheet, 1, 1, { value: "v" });
    await office.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("My Sheet");
      const withFormats = ws.getUsedRange();
      const valuesOnly = ws.getUsedRange(true);
      withFormats.load("address");
      valuesOnly.load("address,rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      expect(withFormats.address).toBe("'My Sheet'!B2:C5");
      expect(valuesOnly.address).toBe("'My Sheet'!B2");
      expect([
        valuesOnly.rowIndex,
        valuesOnly.columnIndex,
        valuesOnly.rowCount,
        valuesOnly.columnCount,
      ]).toEqual([1, 1, 1, 1]);
    });
  });

  it("reads merged areas whose top-left cell is inside the range, or a null object", async () => {
    const office = host();
    const sheet = office.workbook.sheetByName("表一")!;
    sheet.merges = [
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 5, left: 0, bottom: 6, right: 0 },
    ];
    await office.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("表一");
      const top = ws.getRange("A1:B3").getMergedAreasOrNullObject();
      const none = ws.getRange("C3:D4").getMergedAreasOrNullObject();
      top.load("address,areaCount");
      none.load("address");
      await context.sync();
      expect(top.address).toBe("表一!A1:D1");
      expect(top.areaCount).toBe(1);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("refuses merged areas on a host below ExcelApi 1.13", async () => {
    const office = createFakeOffice({
      workbook: workbookFromRows({ S: [["a"]] }),
      excelApi: "1.12",
    });
    expect(office.Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(office.Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    await expect(
      office.Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .getMergedAreasOrNullObject()
          .load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("reads fills as Office does: white and pattern None when unfilled, null when mixed", async () => {
    const office = host();
    const sheet = office.workbook.sheetByName("表一")!;
    office.workbook.updateCell(sheet, 0, 0, (c) => {
      c.fill = "FFC7CE";
    });
    await office.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("表一");
      const filled = ws.getRange("A1").format.fill;
      const plain = ws.getRange("B1").format.fill;
      const mixed = ws.getRange("A1:B1").format.fill;
      filled.load("color,pattern");
      plain.load("color,pattern");
      mixed.load("color");
      await context.sync();
      expect([filled.color, filled.pattern]).toEqual(["#FFC7CE", "Solid"]);
      expect([plain.color, plain.pattern]).toEqual(["#FFFFFF", "None"]);
      expect(mixed.color).toBeNull();
      ws.getRange("A1").format.fill.clear();
      ws.getRange("B1").format.fill.color = "#ddebf7";
    });
    expect(office.workbook.cell(sheet, 0, 0)?.fill).toBeUndefined();
    expect(office.workbook.cell(sheet, 0, 1)?.fill).toBe("DDEBF7");
  });

  it("interprets written text as typing does, and keeps text after an apostrophe", async () => {
    const office = host();
    const sheet = office.workbook.sheetByName("Sheet2")!;
    await office.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet2").getRange("A1:E1").values = [
        ["001", "'001", "=A2*2", "#N/A", "95%"],
      ];
    });
    const row = [0, 1, 2, 3, 4].map((c) => office.workbook.cell(sheet, 0, c));
    expect(row[0]?.value).toBe(1);
    expect(row[1]?.value).toBe("001");
    expect(row[2]?.formula).toBe("=A2*2");
    expect(row[3]?.error).toBe("#N/A");
    expect([row[4]?.value, row[4]?.numberFormat]).toEqual([0.95, "0%"]);
  });

  it("refuses a values matrix whose shape differs from the range", async () => {
    const office = host();
    await expect(
      office.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("表一").getRange("A1:B2").values = [[1, 2, 3]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
