import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  areaToA1,
  buildTemplate,
  cellAt,
  evaluate,
  specToGrid,
  type Cell,
  type Grid,
  type SheetSpec,
} from "../../src/core";
import { openWorkbook, saveWorkbook, XlsxWorkbookPort } from "../../src/xlsx";

/**
 * Prints the template the way `selfeval new` writes it: through the xlsx shell to a
 * file, then LibreOffice converts it to PDF. .ci/run installs libreoffice-calc-nogui;
 * without soffice the test is skipped and says why.
 */

function findSoffice(): string | null {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  const file = found.stdout.trim();
  return found.status === 0 && file !== "" ? file : null;
}

const SOFFICE = findSoffice();
const describePrint = SOFFICE ? describe : describe.skip;
if (!SOFFICE) {
  // Visible in the jest output: a skipped print test must not pass unnoticed.
  process.stderr.write(
    "template-print: soffice not found, print test skipped (install libreoffice-calc-nogui)\n"
  );
}

interface PdfFacts {
  pages: number;
  mediaBoxes: number[][];
}

/** Page count and page sizes from the PDF's object dictionaries (LibreOffice writes them uncompressed). */
function readPdf(file: string): PdfFacts {
  const text = readFileSync(file).toString("latin1");
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const mediaBoxes = [...text.matchAll(/\/MediaBox\s*\[\s*([-\d.\s]+)\]/g)].map((m) =>
    (m[1] ?? "").trim().split(/\s+/).map(Number)
  );
  return { pages, mediaBoxes };
}

async function writeXlsx(specs: SheetSpec[], file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  const names = await new XlsxWorkbookPort(workbook).insertSheets(specs);
  await saveWorkbook(workbook, file);
  return names;
}

/** Converts with a private LibreOffice profile so parallel runs do not share a lock. */
function convertToPdf(xlsx: string, dir: string): { status: number | null; stderr: string } {
  const profile = `file://${path.join(dir, "lo-profile")}`;
  const run = spawnSync(
    SOFFICE as string,
    [
      "--headless",
      `-env:UserInstallation=${profile}`,
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      xlsx,
    ],
    { encoding: "utf8", timeout: 120_000 }
  );
  return { status: run.status, stderr: run.stderr };
}

describePrint("the template printed by LibreOffice", () => {
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
    for (const [x0, y0, width, height] of facts.mediaBoxes) {
      expect([x0, y0]).toEqual([0, 0]);
      expect(width).toBeCloseTo(595.3, 0);
      expect(height).toBeCloseTo(841.9, 0);
    }
  });
});

/** An empty formula result reads as "" in Excel and as nothing from a file: both are empty. */
function comparable(cell: Cell): Cell {
  return cell.value === "" ? { ...cell, value: null } : cell;
}

describe("the template written to .xlsx", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "template-xlsx-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["blank", { name: "新项目" }],
    ["filled", { name: "p", year: 2021, funds: { initial: 20, budget: 20, executed: 17 } }],
  ])("reads back (%s) as specToGrid says, and evaluates alike", async (label, input) => {
    const spec = buildTemplate(input);
    const file = path.join(dir, `${label}.xlsx`);
    await writeXlsx([spec], file);
    const opened = await openWorkbook(file);
    if (!opened.ok) throw new Error(`cannot reopen ${file}: ${opened.problem.code}`);
    const grid = (await new XlsxWorkbookPort(opened.workbook).readSheets())[0];
    if (!grid) throw new Error(`no sheet read back from ${file}`);
    const expected = specToGrid(spec);
    const area = spec.print.printArea;
    for (let r = area.top; r <= area.bottom; r += 1) {
      for (let c = area.left; c <= area.right; c += 1) {
        const where = areaToA1({ top: r, left: c, bottom: r, right: c });
        expect([where, comparable(cellAt(grid, r, c))]).toEqual([
          where,
          comparable(cellAt(expected, r, c)),
        ]);
      }
    }
    expect(grid.merges.map(areaToA1).sort()).toEqual(spec.merges.map(areaToA1).sort());
    const codes = (g: Grid) => evaluate(g).flatMap((e) => e.findings.map((f) => f.code));
    expect(codes(grid)).toEqual(codes(expected));
  });
});
