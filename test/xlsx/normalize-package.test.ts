import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWorkbook, workbookBytes } from "../../src/xlsx";
import { normalizeBooleans, rewritePart } from "../../src/xlsx/normalize-package";
import { FIXTURES } from "../helpers/fixtures";

// Whole workbooks are read and written: a second alone, many seconds on a shared, busy machine.
jest.setTimeout(60_000);

const LO_SAMPLE = path.join(FIXTURES, "fidelity", "libreoffice", "sample-2021.lo.xlsx");
const WPS = path.join(FIXTURES, "fidelity", "exceljs", "comments.xlsx");

describe("booleans written as words, as LibreOffice and WPS write them", () => {
  it("rewrites the boolean attributes exceljs compares with 1", () => {
    const xml =
      '<worksheet><sheetPr filterMode="false"><pageSetUpPr fitToPage="true"/></sheetPr>' +
      '<sheetProtection sheet="true" objects="true" formatCells="false"/>' +
      '<printOptions horizontalCentered="true" gridLines="false"/></worksheet>';
    expect(normalizeBooleans(xml)).toBe(
      '<worksheet><sheetPr filterMode="0"><pageSetUpPr fitToPage="1"/></sheetPr>' +
        '<sheetProtection sheet="1" objects="1" formatCells="0"/>' +
        '<printOptions horizontalCentered="1" gridLines="0"/></worksheet>'
    );
  });

  it("leaves text alone: names, messages, comments and CDATA that say true", () => {
    const xml =
      '<workbook><sheets><sheet name="true" sheetId="1" state="visible"/></sheets>' +
      '<!-- <pageSetUpPr fitToPage="true"/> --><definedName name="hidden">true</definedName>' +
      '<x><![CDATA[<c hidden="true">]]></x><dataValidation prompt="false" allowBlank="true"/></workbook>';
    expect(normalizeBooleans(xml)).toBe(xml.replace('allowBlank="true"', 'allowBlank="1"'));
  });

  it("takes out a font property that says false, which exceljs would read as set", () => {
    const xml = '<font><b val="false"/><i val="0"/><u val="single"/><sz val="11"/></font>';
    expect(normalizeBooleans(xml)).toBe('<font><u val="single"/><sz val="11"/></font>');
  });

  it("returns null when nothing needs it, so Excel's files are read as they are", () => {
    expect(normalizeBooleans('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')).toBeNull();
  });

  it("points cells of the default style at an explicit copy of it", () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="0"/><c r="C1" s="4"/></row></sheetData>';
    expect(rewritePart(xml, { defaultStyle: 9 })).toBe(
      '<sheetData><row r="1"><c s="9" r="A1" t="s"><v>0</v></c><c r="B1" s="9"/><c r="C1" s="4"/></row></sheetData>'
    );
  });
});

describe("reading and writing back what LibreOffice and WPS wrote", () => {
  it("keeps LibreOffice's fit to page, centring and print area in a written copy", async () => {
    const opened = await loadWorkbook(readFileSync(LO_SAMPLE));
    if (!opened.ok) throw new Error(opened.problem.code);
    const sheet = opened.workbook.worksheets[0]!;
    expect(sheet.pageSetup.fitToPage).toBe(true);
    expect(sheet.pageSetup.horizontalCentered).toBe(true);
    const copy = await loadWorkbook(await workbookBytes(opened.workbook));
    if (!copy.ok) throw new Error(copy.problem.code);
    expect(copy.workbook.worksheets[0]!.pageSetup.fitToPage).toBe(true);
  });

  it("keeps WPS's default font and vertical centring in cells that have no style of their own", async () => {
    const opened = await loadWorkbook(readFileSync(WPS));
    if (!opened.ok) throw new Error(opened.problem.code);
    const b1 = opened.workbook.getWorksheet("Sheet1")!.getCell("B1");
    expect(b1.font?.name).toBe("宋体");
    // exceljs calls vertical="center" "middle".
    expect(b1.alignment?.vertical).toBe("middle");
  });
});

describe("data validations on whole columns or the whole sheet", () => {
  /** A workbook of a 3 × 5 form whose sheet XML gets the given validations. */
  async function withValidations(sqrefs: string[]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("表");
    for (let r = 1; r <= 5; r += 1)
      for (let c = 1; c <= 3; c += 1) sheet.getCell(r, c).value = r * c;
    const zip = await JSZip.loadAsync(await workbookBytes(workbook));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const rules = sqrefs
      .map(
        (s) =>
          `<dataValidation type="list" allowBlank="1" sqref="${s}"><formula1>"是,否"</formula1></dataValidation>`
      )
      .join("");
    zip.file(
      "xl/worksheets/sheet1.xml",
      xml.replace(
        "</sheetData>",
        `</sheetData><dataValidations count="${sqrefs.length}">${rules}</dataValidations>`
      )
    );
    return zip.generateAsync({ type: "nodebuffer" });
  }

  it("reads a validation on the whole sheet at once, keeping it on the used cells, and says so", async () => {
    const bytes = await withValidations(["A1:XFD1048576", "B2:B3"]);
    // CPU time, not wall time: other work on a shared machine does not count against it.
    const started = process.cpuUsage();
    const opened = await loadWorkbook(bytes);
    if (!opened.ok) throw new Error(opened.problem.code);
    // exceljs alone expands 17 billion cells and never finishes.
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(10_000);
    expect(opened.unkept).toEqual(["large-validation"]);
    const sheet = opened.workbook.getWorksheet("表")!;
    expect(sheet.getCell("C5").dataValidation?.type).toBe("list");
    expect(sheet.getCell("D6").dataValidation).toBeUndefined();
    expect(sheet.getCell("B2").dataValidation?.type).toBe("list");
  });

  it("leaves validations of ordinary size alone", async () => {
    const opened = await loadWorkbook(await withValidations(["A1:C5"]));
    if (!opened.ok) throw new Error(opened.problem.code);
    expect(opened.unkept).toEqual([]);
  });
});
