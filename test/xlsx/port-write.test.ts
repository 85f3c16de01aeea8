import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import {
  addressKey,
  cellAt,
  evaluate,
  fromA1,
  gridArea,
  MARK_FILLS,
  type Grid,
  type Journal,
  type WritePlan,
} from "../../src/core";
import { openWorkbook, saveWorkbook, XlsxWorkbookPort } from "../../src/xlsx";
import { SAMPLE } from "./bad-files";
import { reopen } from "./workbook-builder";

// Whole workbooks are read and written: a second alone, many seconds on a shared, busy machine.
jest.setTimeout(60_000);

const now = () => "2021-12-31T00:00:00.000Z";

async function openSample(): Promise<ExcelJS.Workbook> {
  const opened = await openWorkbook(SAMPLE);
  if (!opened.ok) throw new Error(opened.problem.code);
  return opened.workbook;
}

/** Value, format and solid fill of every cell of a sheet's used range, by 0-based key. */
function looks(sheet: ExcelJS.Worksheet, area: ReturnType<typeof gridArea>) {
  const out = new Map<string, { value: unknown; numFmt: unknown; fill: unknown }>();
  for (let r = area.top; r <= area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) {
      const cell = sheet.getCell(r + 1, c + 1);
      out.set(addressKey({ row: r, col: c }), {
        value: cell.value,
        numFmt: cell.numFmt,
        fill: cell.fill ?? null,
      });
    }
  }
  return out;
}

function a1(text: string) {
  const a = fromA1(text);
  if (!a) throw new Error(text);
  return a;
}

describe("applying plans to a workbook and writing it", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-port-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** The sample with a wrong 全年执行数 and a wrong score, so the engine plans writes. */
  async function damagedSample(): Promise<ExcelJS.Workbook> {
    const workbook = await openSample();
    const sheet = workbook.worksheets[0]!;
    sheet.getCell("F6").value = 8;
    sheet.getCell("H14").value = 7;
    return reopen(workbook);
  }

  it("writes the computed cells and keeps every other cell's value and format, read back from the file", async () => {
    const workbook = await damagedSample();
    const port = new XlsxWorkbookPort(workbook, { now });
    const before = await port.readSheets();
    const plans = before.flatMap((g) => evaluate(g).map((e) => e.plan));
    const writes = plans.flatMap((p) => p.writes.map((w) => ({ sheet: p.sheet, ...w })));
    expect(writes.length).toBeGreaterThan(0);
    await port.applyPlans(plans);
    const file = path.join(dir, "scored.xlsx");
    await saveWorkbook(workbook, file);

    const reread = await openWorkbook(file);
    if (!reread.ok) throw new Error(reread.problem.code);
    const after = await new XlsxWorkbookPort(reread.workbook).readSheets();
    const planned = new Map(writes.map((w) => [`${w.sheet}!${addressKey(w.address)}`, w]));
    let compared = 0;
    before.forEach((grid: Grid, i) => {
      const read = after[i]!;
      expect(read.sheet).toBe(grid.sheet);
      expect(read.merges).toEqual(grid.merges);
      const area = gridArea(grid);
      for (let r = area.top; r <= area.bottom; r += 1) {
        for (let c = area.left; c <= area.right; c += 1) {
          const write = planned.get(`${grid.sheet}!${addressKey({ row: r, col: c })}`);
          const got = cellAt(read, r, c);
          if (write) {
            expect(got.value).toEqual(write.value);
            if (write.format !== undefined) expect(got.format).toBe(write.format);
          } else {
            expect({ at: [grid.sheet, r, c], ...got }).toEqual({
              at: [grid.sheet, r, c],
              ...cellAt(grid, r, c),
            });
          }
          compared += 1;
        }
      }
    });
    expect(compared).toBe(21 * 9 + 23 * 9 + 25 * 9);
    // The execution rate of the first form is now 8 / 10.
    const rate = writes.find((w) => w.sheet === before[0]!.sheet && w.kind === "rate");
    expect(rate?.value).toBe(0.8);
  });

  it("fills marked cells with the severity's colour and no other cell, though cells share styles", async () => {
    const workbook = await damagedSample();
    const port = new XlsxWorkbookPort(workbook, { now });
    const [grid] = await port.readSheets([workbook.worksheets[0]!.name]);
    const [evaluation] = evaluate(grid!);
    const plan = evaluation!.plan;
    expect(plan.marks.length).toBeGreaterThan(0);
    await port.applyPlans([plan]);
    const saved = await reopen(workbook);
    const sheet = saved.worksheets[0]!;
    const marked = new Map(plan.marks.map((m) => [addressKey(m.address), m.severity]));
    const area = gridArea(grid!);
    for (let r = area.top; r <= area.bottom; r += 1) {
      for (let c = area.left; c <= area.right; c += 1) {
        const cell = sheet.getCell(r + 1, c + 1);
        const severity = marked.get(addressKey({ row: r, col: c }));
        const inner = cell.isMerged && cell.master !== cell;
        if (severity && !inner) {
          expect(cell.fill).toMatchObject({
            pattern: "solid",
            fgColor: { argb: `FF${MARK_FILLS[severity]}` },
          });
        } else if (!inner) {
          expect({
            at: cell.address,
            fill: cell.fill?.type === "pattern" ? cell.fill.pattern : undefined,
          }).not.toEqual({
            at: cell.address,
            fill: "solid",
          });
        }
      }
    }
  });

  it("restores values, formats and fills exactly, in memory and from journals saved as JSON", async () => {
    const workbook = await damagedSample();
    const original = looks(workbook.worksheets[0]!, { top: 0, left: 0, bottom: 20, right: 8 });
    const port = new XlsxWorkbookPort(workbook, { now });
    const grids = await port.readSheets();
    const journals = await port.applyPlans(grids.flatMap((g) => evaluate(g).map((e) => e.plan)));
    expect(journals.every((j) => j.at === now())).toBe(true);

    // A journal kept as JSON restores a workbook opened again from the scored file.
    const scored = await reopen(workbook);
    const fromFile = new XlsxWorkbookPort(scored);
    await fromFile.restore(JSON.parse(JSON.stringify(journals)) as Journal[]);
    const restoredFromJson = looks((await reopen(scored)).worksheets[0]!, {
      top: 0,
      left: 0,
      bottom: 20,
      right: 8,
    });

    await port.restore(journals);
    const restored = looks(workbook.worksheets[0]!, { top: 0, left: 0, bottom: 20, right: 8 });
    expect(restored).toEqual(original);
    const reopenedOriginal = looks((await reopen(await damagedSample())).worksheets[0]!, {
      top: 0,
      left: 0,
      bottom: 20,
      right: 8,
    });
    expect(restoredFromJson).toEqual(reopenedOriginal);
  });

  it("restores rich text, theme-coloured fills and formulas that a journal entry cannot spell out", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    const rich = { richText: [{ text: "10" }, { font: { bold: true }, text: "分" }] };
    sheet.getCell("A1").value = rich;
    sheet.getCell("A1").fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { theme: 4 },
    };
    sheet.getCell("B1").value = { formula: "1+1", result: 2 };
    sheet.getCell("B1").numFmt = "0.0";
    const port = new XlsxWorkbookPort(await reopen(workbook), { now });
    const target = port.workbook.getWorksheet("S")!;
    const before = {
      a: { ...target.getCell("A1").style },
      av: target.getCell("A1").value,
      b: target.getCell("B1").value,
      bFill: target.getCell("B1").fill,
    };
    const plan: WritePlan = {
      sheet: "S",
      writes: [{ address: a1("A1"), kind: "indicator-score", value: 8, previous: "10分" }],
      marks: [
        { address: a1("A1"), severity: "error" },
        { address: a1("B1"), severity: "warning" },
      ],
    };
    const [journal] = await port.applyPlans([plan]);
    expect(journal!.entries.map((e) => [e.address, e.value, e.fill])).toEqual([
      [a1("A1"), "10分", null],
      [a1("B1"), 2, null],
    ]);
    expect(journal!.entries[1]!.formula).toBe("=1+1");
    expect(target.getCell("A1").value).toBe(8);
    await port.restore([journal!]);
    expect(target.getCell("A1").value).toEqual(before.av);
    expect(target.getCell("A1").style).toEqual(before.a);
    expect(target.getCell("B1").value).toEqual(before.b);
    expect(target.getCell("B1").fill).toEqual(before.bFill);
    expect(target.getCell("B1").numFmt).toBe("0.0");
  });

  it("clears marks and keeps the written values", async () => {
    const workbook = await damagedSample();
    const port = new XlsxWorkbookPort(workbook, { now });
    const [grid] = await port.readSheets([workbook.worksheets[0]!.name]);
    const plan = evaluate(grid!)[0]!.plan;
    const sheet = workbook.worksheets[0]!;
    const fills = plan.marks.map((m) => sheet.getCell(m.address.row + 1, m.address.col + 1).fill);
    const journals = await port.applyPlans([plan]);
    await port.clearMarks(journals);
    expect(plan.marks.map((m) => sheet.getCell(m.address.row + 1, m.address.col + 1).fill)).toEqual(
      fills
    );
    for (const w of plan.writes)
      expect(sheet.getCell(w.address.row + 1, w.address.col + 1).value).toEqual(w.value);
  });

  it("writes a value planned for a cell inside a merge to the merge's top-left cell", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("A1").value = 1;
    sheet.mergeCells("A1:B2");
    const port = new XlsxWorkbookPort(await reopen(workbook), { now });
    const [journal] = await port.applyPlans([
      {
        sheet: "S",
        writes: [{ address: a1("B2"), kind: "total-score", value: 90, previous: null }],
        marks: [{ address: a1("B2"), severity: "info" }],
      },
    ]);
    expect(journal!.entries.map((e) => e.address)).toEqual([a1("A1")]);
    const [grid] = await port.readSheets(["S"]);
    expect(cellAt(grid!, 0, 0).value).toBe(90);
    expect(port.workbook.getWorksheet("S")!.getCell("A1").fill).toMatchObject({
      fgColor: { argb: `FF${MARK_FILLS.info}` },
    });
  });

  it("refuses a plan for a missing sheet before writing anything", async () => {
    const workbook = await damagedSample();
    const port = new XlsxWorkbookPort(workbook, { now });
    const [grid] = await port.readSheets([workbook.worksheets[0]!.name]);
    const plan = evaluate(grid!)[0]!.plan;
    const bogus: WritePlan = {
      sheet: "不存在",
      writes: [],
      marks: [{ address: a1("A1"), severity: "error" }],
    };
    await expect(port.applyPlans([plan, bogus])).rejects.toThrow("不存在");
    const [after] = await port.readSheets([workbook.worksheets[0]!.name]);
    expect(after).toEqual(grid);
  });
});
