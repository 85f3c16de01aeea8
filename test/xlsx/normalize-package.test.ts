import { readFileSync } from "node:fs";
import path from "node:path";
import { loadWorkbook, workbookBytes } from "../../src/xlsx";
import { normalizeBooleans, rewritePart } from "../../src/xlsx/normalize-package";
import { FIXTURES } from "../helpers/fixtures";

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
