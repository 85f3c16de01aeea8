import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildTemplate, type SheetSpec } from "../../src/core";
import { saveWorkbook, XlsxWorkbookPort } from "../../src/xlsx";
import { convertToPdf, isA4Portrait, readPdf } from "./soffice";

/**
 * Prints the template the way `selfeval new` writes it: through the xlsx shell to a file, then
 * LibreOffice converts it to PDF (npm run test:print).
 */

async function writeXlsx(specs: SheetSpec[], file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  const names = await new XlsxWorkbookPort(workbook).insertSheets(specs);
  await saveWorkbook(workbook, file);
  return names;
}

describe("the template printed by LibreOffice", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "template-print-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["blank", { name: "新项目" }],
    [
      "filled",
      {
        name: "森林草原防灭火保障项目",
        dept: "昌吉回族自治州应急管理局",
        unit: "昌吉回族自治州应急管理局",
        year: 2021,
        funds: { initial: 10, budget: 10, executed: 9.5 },
        goals: {
          expected:
            "该项目是自治区的常规工作，旨在通过森林草原联防联动机制，进一步提高全州森林草原防灭火能力建设。".repeat(
              3
            ),
          actual: "完成森林草原防灭火综合检查2次，组织演练1次，培训50人次。".repeat(3),
        },
      },
    ],
  ])("prints the %s form on exactly one A4 portrait page", async (label, input) => {
    const xlsx = path.join(dir, `${label}.xlsx`);
    const [name] = await writeXlsx([buildTemplate(input)], xlsx);
    expect(name).toBe(input.name);

    const { status, stderr } = convertToPdf(xlsx, dir);
    expect({
      status,
      errors: stderr.split("\n").filter((l) => /error|repair|corrupt/i.test(l)),
    }).toEqual({
      status: 0,
      errors: [],
    });
    const pdf = path.join(dir, `${label}.pdf`);
    expect(existsSync(pdf)).toBe(true);

    const facts = readPdf(pdf);
    expect(facts.pages).toBe(1);
    expect(facts.mediaBoxes.length).toBeGreaterThan(0);
    expect(facts.mediaBoxes.filter((box) => !isA4Portrait(box))).toEqual([]);
  });
});
