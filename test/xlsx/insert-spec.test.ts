import ExcelJS from "exceljs";
import JSZip from "jszip";
import { areaFromA1, buildTemplate, evaluate, type SheetSpec } from "../../src/core";
import { XlsxWorkbookPort } from "../../src/xlsx";
import { reopen } from "./workbook-builder";

// Whole workbooks are read and written: a second alone, many seconds on a shared, busy machine.
jest.setTimeout(60_000);

async function insertAndSave(specs: SheetSpec[], existing: string[] = []) {
  const workbook = new ExcelJS.Workbook();
  for (const name of existing) workbook.addWorksheet(name).getCell("A1").value = name;
  const port = new XlsxWorkbookPort(workbook);
  const names = await port.insertSheets(specs);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { names, bytes, reopened: await reopen(workbook) };
}

async function sheetXml(bytes: Buffer, index: number): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(`xl/worksheets/sheet${index}.xml`);
  if (!part) throw new Error(`no sheet${index}`);
  return part.async("string");
}

describe("inserting sheets built from a SheetSpec", () => {
  const spec = buildTemplate({
    name: "应急物资储备项目",
    dept: "应急管理局",
    unit: "应急管理局",
    year: 2022,
  });

  it("writes the blank form so that the engine finds every part of it", async () => {
    const { names, reopened } = await insertAndSave([spec]);
    const [grid] = await new XlsxWorkbookPort(reopened).readSheets(names);
    const evaluations = evaluate(grid!);
    expect(evaluations).toHaveLength(1);
    expect(evaluations[0]!.form?.header.name?.text).toBe("应急物资储备项目");
    expect(evaluations[0]!.findings.filter((f) => f.code.startsWith("layout."))).toEqual([]);
  });

  it("applies fonts, borders, alignment, wrapping, number formats, widths and heights", async () => {
    const { names, reopened } = await insertAndSave([spec]);
    const sheet = reopened.getWorksheet(names[0]!)!;
    for (const c of spec.cells.filter((c) => c.style)) {
      const cell = sheet.getCell(c.row + 1, c.col + 1);
      const style = c.style!;
      if (style.font) expect(cell.font?.name).toBe(style.font);
      if (style.fontSize) expect(cell.font?.size).toBe(style.fontSize);
      if (style.bold) expect(cell.font?.bold).toBe(true);
      if (style.hAlign) expect(cell.alignment?.horizontal).toBe(style.hAlign);
      if (style.wrap) expect(cell.alignment?.wrapText).toBe(true);
      if (style.border) expect(cell.border?.left?.style).toBe("thin");
      if (style.numberFormat) expect(cell.numFmt).toBe(style.numberFormat);
    }
    spec.columnWidths.forEach((w, i) => expect(sheet.getColumn(i + 1).width).toBeCloseTo(w, 2));
    for (const [row, h] of Object.entries(spec.rowHeights)) {
      expect(sheet.getRow(Number(row) + 1).height).toBe(h);
    }
  });

  it("sets A4 portrait, one page wide, the print area and the validation lists in the file", async () => {
    const { bytes } = await insertAndSave([spec]);
    const xml = await sheetXml(bytes, 1);
    expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup[^>]*orientation="portrait"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"/);
    // exceljs may join neighbouring equal rules into one range: compare cell by cell.
    const written = new Map<string, string>();
    for (const m of xml.matchAll(/<dataValidation type="(\w+)"[^>]*sqref="([^"]+)"/g)) {
      for (const ref of m[2]!.split(" ")) {
        const area = areaFromA1(ref)!;
        for (let r = area.top; r <= area.bottom; r += 1) {
          for (let c = area.left; c <= area.right; c += 1) written.set(`${r}:${c}`, m[1]!);
        }
      }
    }
    const wanted = new Map<string, string>();
    for (const v of spec.validations) {
      for (let r = v.area.top; r <= v.area.bottom; r += 1) {
        for (let c = v.area.left; c <= v.area.right; c += 1) wanted.set(`${r}:${c}`, v.type);
      }
    }
    expect(written).toEqual(wanted);
    expect(xml).toContain("产出指标,效益指标,满意度指标");
    expect(xml).toMatch(/<col min="8" max="8" width="9\.001"/);
    const workbookXml = await (
      await JSZip.loadAsync(bytes)
    )
      .file("xl/workbook.xml")!
      .async("string");
    expect(workbookXml).toMatch(
      /_xlnm\.Print_Area[^>]*>&apos;应急物资储备项目&apos;!\$A\$1:\$I\$\d+</
    );
  });

  it("names new sheets validly and uniquely against the workbook's own, ignoring case", async () => {
    const { names, reopened } = await insertAndSave(
      [buildTemplate({ name: "Report" }), buildTemplate({ name: "a/b:c" })],
      ["REPORT"]
    );
    expect(names[0]).toBe("Report (2)");
    expect(names[1]).toBe("a／b：c");
    expect(reopened.worksheets.map((w) => w.name)).toEqual(["REPORT", ...names]);
  });
});
