import { mkdtempSync, rmSync } from "node:fs";
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

// Whole workbooks are read and written: a second alone, many seconds on a shared, busy machine.
jest.setTimeout(60_000);

async function writeXlsx(specs: SheetSpec[], file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  const names = await new XlsxWorkbookPort(workbook).insertSheets(specs);
  await saveWorkbook(workbook, file);
  return names;
}

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
