import { MARK_FILLS, type Grid, type Journal, type WritePlan } from "../../src/core";
import { packBySize, REQUEST_BUDGET } from "../../src/excel/read-plan";
import { collectTargets, estimateTargetBytes } from "../../src/excel/write-targets";
import { plansOf, type JournalEntry } from "../../src/core";
import { JOURNAL_SETTING } from "../../src/excel";
import { applyEvaluations, validateSheets } from "../../src/core";
import { sheetSnapshot, workbookSnapshot } from "../../dev/fake-office";
import { readGrids } from "./sample-grids";
import { manySheets, NOW, portOn, setUp } from "./fake-port";
import { damagedSample } from "../helpers/sample";

/** What an entry records of the cell, without the findings and parts it was changed for. */
const cellState = ({ findings: _findings, parts: _parts, ...state }: JournalEntry) => state;

let samples: Grid[];
beforeAll(async () => {
  samples = await readGrids();
});

const damaged = (): Grid => damagedSample(samples[0]!);

describe("Excel port: writing plans", () => {
  it.each([0, 1, 2])(
    "validates sample form %i in 1 read sync and writes its plans in 1 sync",
    async (index) => {
      const { office, port } = setUp(samples);
      office.workbook.activeSheetId = office.workbook.sheetByName(samples[index]!.sheet)!.id;
      office.resetCounters();
      const [result] = await validateSheets(port, "active");
      expect(office.counters()).toMatchObject({ syncs: 1, failedSyncs: 0 });
      const plans = plansOf(result!.evaluations);
      expect(plans.flatMap((p) => [...p.writes, ...p.marks]).length).toBeGreaterThan(0);

      office.resetCounters();
      const journals = await applyEvaluations(port, result!.evaluations);
      expect(office.counters()).toMatchObject({ syncs: 1, failedSyncs: 0, settingsSaves: 1 });
      expect(journals.flatMap((j) => j.entries).length).toBeGreaterThan(0);
    }
  );

  it.each([30, 50])(
    "validates a workbook of %i sheets in 2 read syncs and writes every plan in 1 sync",
    async (count) => {
      const grids = manySheets([damaged(), ...samples.slice(1)], count);
      const { office, port } = setUp(grids);
      const results = await validateSheets(port, "all");
      expect(office.counters().syncs).toBe(2);
      office.resetCounters();
      const journals = await applyEvaluations(
        port,
        results.flatMap((r) => r.evaluations)
      );
      expect(office.counters()).toMatchObject({ syncs: 1, failedSyncs: 0, settingsSaves: 1 });
      expect(new Set(journals.map((j) => j.sheet)).size).toBe(count);
    }
  );

  it("journals from loads queued before the writes in the same sync, then saves the record", async () => {
    const grid = damaged();
    const { office, port } = setUp([grid, ...samples.slice(1)]);
    const [result] = await validateSheets(port, { names: [grid.sheet] });
    office.resetCounters();

    const journals = await applyEvaluations(port, result!.evaluations);

    expect(office.counters()).toMatchObject({ syncs: 1, settingsSaves: 1, failedSyncs: 0 });
    expect(office.settings.savedValue(JOURNAL_SETTING)).toEqual({ version: 1, journals });
    const sheet = office.workbook.sheetByName(grid.sheet)!;
    const cell = (r: number, c: number) => office.workbook.cell(sheet, r, c);
    expect([cell(5, 7)?.value, cell(5, 7)?.numberFormat]).toEqual([0.8, "0.0%"]);
    expect(cell(5, 8)?.value).toBe("8分");
    expect(cell(13, 7)?.value).toBe(10);
    expect(cell(20, 7)?.value).toBe("98分");
    expect(cell(5, 5)?.fill).toBe(MARK_FILLS.error);
    const entries = journals[0]!.entries;
    const at = (r: number, c: number) =>
      entries.map(cellState).find((e) => e.address.row === r && e.address.col === c);
    // Each entry also names the findings the change was made for.
    expect(entries.find((e) => e.address.row === 5 && e.address.col === 7)?.findings).toContain(
      "H6:funds.rate-wrong"
    );
    expect(at(5, 7)).toEqual({ address: { row: 5, col: 7 }, value: 1, format: "0.0%", fill: null });
    expect(at(5, 8)).toMatchObject({ value: "10分", fill: null });
    expect(at(13, 7)).toMatchObject({ value: 7, format: "General" });
    expect(at(5, 5)).toMatchObject({ value: 8, fill: null });
    expect(journals[0]!.at).toBe(NOW);
  });

  it("journals what a cell held at the write, not at the validation, when the user edited it between", async () => {
    const grid = damaged();
    const { office, port } = setUp([grid]);
    const [result] = await validateSheets(port, "active");
    const sheet = office.workbook.sheetByName(grid.sheet)!;
    office.workbook.updateCell(sheet, 13, 7, (c) => {
      c.value = 6;
      c.fill = "00B050";
    });
    const journals = await applyEvaluations(port, result!.evaluations);
    expect(journals[0]!.entries.map(cellState)).toContainEqual({
      address: { row: 13, col: 7 },
      value: 6,
      format: "General",
      fill: "00B050",
    });
    expect(office.workbook.cell(sheet, 13, 7)?.value).toBe(10);
  });

  it("restores exact values, formats and fills in one sync after the pane was closed and opened", async () => {
    const grid = damaged();
    const { office, port } = setUp([grid]);
    const sheet = office.workbook.sheetByName(grid.sheet)!;
    // A fill the user chose, a text that looks like a number, and a formula, all on cells the plan touches.
    office.workbook.updateCell(sheet, 5, 5, (c) => {
      c.fill = "FFFF00";
    });
    office.workbook.updateCell(sheet, 13, 7, (c) => {
      c.value = "007";
    });
    office.workbook.updateCell(sheet, 5, 7, (c) => {
      c.formula = "=F6/E6";
    });
    const before = sheetSnapshot(sheet);
    const [result] = await validateSheets(port, "active");
    const journals = await applyEvaluations(port, result!.evaluations);
    expect(journals[0]!.entries.map(cellState)).toContainEqual({
      address: { row: 13, col: 7 },
      value: "007",
      format: "General",
      fill: null,
    });
    expect(journals[0]!.entries.map(cellState)).toContainEqual({
      address: { row: 5, col: 5 },
      value: 8,
      format: "General",
      fill: "FFFF00",
    });
    expect(sheetSnapshot(sheet)).not.toEqual(before);

    office.settings.reopen();
    const reopened = portOn(office);
    office.resetCounters();
    const restored = await reopened.restoreSaved();

    expect(restored).toBe(journals[0]!.entries.length);
    expect(sheetSnapshot(sheet)).toEqual(before);
    expect(office.counters()).toMatchObject({ syncs: 1, settingsSaves: 1 });
    expect(await reopened.savedJournals()).toEqual([]);
  });

  it("tells an error constant from the text #N/A when journaling and restoring", async () => {
    const grid: Grid = {
      sheet: "错误",
      top: 0,
      left: 0,
      cells: [[{ value: null, error: "#N/A" }, { value: "#N/A" }, { value: "=1+1" }]],
      merges: [],
    };
    const { office, port } = setUp([grid]);
    const sheet = office.workbook.sheetByName("错误")!;
    const before = sheetSnapshot(sheet);
    const plan = {
      sheet: "错误",
      writes: [],
      marks: [0, 1, 2].map((col) => ({ address: { row: 0, col }, severity: "error" as const })),
    };
    const [journal] = await port.applyPlans([plan]);
    expect(journal!.entries.map((e) => [e.value, e.error, e.formula])).toEqual([
      [null, "#N/A", undefined],
      ["#N/A", undefined, undefined],
      ["=1+1", undefined, undefined],
    ]);
    await port.restore([journal!]);
    expect(sheetSnapshot(sheet)).toEqual(before);
  });

  it("changes and records nothing when the same sheet is validated and written a second time", async () => {
    const grid = damaged();
    const { office, port } = setUp([grid]);
    const [first] = await validateSheets(port, "active");
    await applyEvaluations(port, first!.evaluations);
    const after = workbookSnapshot(office.workbook);
    const saved = office.settings.savedValue(JOURNAL_SETTING);

    const [second] = await validateSheets(port, "active");
    expect(second!.evaluations.flatMap((e) => e.plan.writes)).toEqual([]);
    office.resetCounters();
    const journals = await applyEvaluations(port, second!.evaluations);

    expect(journals.flatMap((j) => j.entries)).toEqual([]);
    expect(office.counters()).toMatchObject({ syncs: 1, settingsSaves: 0 });
    expect(workbookSnapshot(office.workbook)).toEqual(after);
    expect(office.settings.savedValue(JOURNAL_SETTING)).toEqual(saved);
  });

  it("restores to before the first write when two writes were made", async () => {
    const grid = damaged();
    const { office, port } = setUp([grid]);
    const sheet = office.workbook.sheetByName(grid.sheet)!;
    const before = sheetSnapshot(sheet);
    const [first] = await validateSheets(port, "active");
    await applyEvaluations(port, first!.evaluations);
    // The user breaks another score; a second write fixes it.
    office.workbook.updateCell(sheet, 14, 7, (c) => {
      c.value = 3;
    });
    const [second] = await validateSheets(port, "active");
    const journals = await applyEvaluations(port, second!.evaluations);
    expect(journals[0]!.entries.map((e) => [e.address.row, e.address.col, e.value])).toContainEqual(
      [14, 7, 3]
    );

    await port.restoreSaved();
    const expected = structuredClone(before) as { cells: [number, number, { value: unknown }][] };
    const h15 = expected.cells.find(([r, c]) => r === 14 && c === 7)!;
    h15[2].value = 3;
    expect(sheetSnapshot(sheet)).toEqual(expected);
  });

  it("clears only the marks, keeping written values", async () => {
    const grid = damaged();
    const { office, port } = setUp([grid]);
    const sheet = office.workbook.sheetByName(grid.sheet)!;
    const [result] = await validateSheets(port, "active");
    const journals = await applyEvaluations(port, result!.evaluations);
    office.resetCounters();
    await port.clearMarks(journals);
    expect(office.counters().syncs).toBe(1);
    for (const r of sheet.rows.values())
      for (const cell of r.values()) expect(cell.fill).toBeUndefined();
    expect(office.workbook.cell(sheet, 5, 7)?.value).toBe(0.8);
    expect(await port.savedJournals()).toEqual(journals);
  });

  it("restores journals passed explicitly and leaves other sheets alone", async () => {
    const grid = damaged();
    const { office, port } = setUp([grid, samples[1]!]);
    const other = workbookSnapshot(office.workbook) as { sheets: unknown[] };
    const [result] = await validateSheets(port, { names: [grid.sheet] });
    const journals: Journal[] = await applyEvaluations(port, result!.evaluations);
    await port.restore(journals);
    expect((workbookSnapshot(office.workbook) as { sheets: unknown[] }).sheets).toEqual(
      other.sheets
    );
  });

  it("splits a plan of thousands of cells into syncs under the request limit, journaling each", async () => {
    const rows = 12_000;
    const grid: Grid = {
      sheet: "大表",
      top: 0,
      left: 0,
      cells: Array.from({ length: rows }, (_, r) => [{ value: r }]),
      merges: [],
    };
    const plan: WritePlan = {
      sheet: "大表",
      writes: [],
      marks: Array.from({ length: rows }, (_, row) => ({
        address: { row, col: 0 },
        severity: "warning" as const,
      })),
    };
    const expected = packBySize(collectTargets([plan]), estimateTargetBytes, REQUEST_BUDGET).length;
    expect(expected).toBeGreaterThan(1);

    const { office, port } = setUp([grid]);
    const sheet = office.workbook.sheetByName("大表")!;
    const before = sheetSnapshot(sheet);
    const [journal] = await port.applyPlans([plan]);
    expect(journal!.entries).toHaveLength(rows);
    expect(office.counters()).toMatchObject({ syncs: expected, settingsSaves: 1 });
    expect(office.counters().maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    await port.restoreSaved();
    expect(sheetSnapshot(sheet)).toEqual(before);

    // A fault in the second sync: the first sync's cells are journaled, restore is exact.
    office.resetCounters();
    office.failSync(2, { code: "GeneralException" });
    await expect(port.applyPlans([plan])).rejects.toMatchObject({
      fault: { kind: "unknown", outcome: "journaled" },
    });
    expect(sheetSnapshot(sheet)).not.toEqual(before);
    await port.restoreSaved();
    expect(sheetSnapshot(sheet)).toEqual(before);
  }, 30_000);

  it("plans only evaluations that change something", async () => {
    const { port } = setUp(samples);
    const results = await validateSheets(port, "all");
    const plans = plansOf(results.flatMap((r) => r.evaluations));
    expect(plans.every((p) => p.writes.length + p.marks.length > 0)).toBe(true);
  });
});

describe("Excel port: pane helpers", () => {
  it("selects a finding's cell on its sheet in one sync", async () => {
    const { office, port } = setUp(samples);
    await port.selectCell(samples[1]!.sheet, { row: 13, col: 5 });
    expect(office.counters().syncs).toBe(1);
    expect(office.workbook.activeSheetId).toBe(office.workbook.sheetByName(samples[1]!.sheet)!.id);
    expect(office.workbook.selection?.area).toEqual({ top: 13, left: 5, bottom: 13, right: 5 });
  });

  it("writes a reason the user typed as text, even when it looks like a number", async () => {
    const { office, port } = setUp(samples);
    await port.writeCell(samples[0]!.sheet, { row: 13, col: 8 }, "001");
    await port.writeCell(samples[0]!.sheet, { row: 14, col: 8 }, "受疫情影响，验收推迟");
    const sheet = office.workbook.sheetByName(samples[0]!.sheet)!;
    expect(office.workbook.cell(sheet, 13, 8)?.value).toBe("001");
    expect(office.workbook.cell(sheet, 14, 8)?.value).toBe("受疫情影响，验收推迟");
  });

  it("keeps pane settings with the document", async () => {
    const { office, port } = setUp(samples);
    await port.saveSetting("selfeval.settings", { language: "en-US" });
    office.settings.reopen();
    expect(await portOn(office).readSetting("selfeval.settings")).toEqual({ language: "en-US" });
    expect(await port.readSetting("missing")).toBeNull();
  });
});

describe("Excel port: Text cells and what restore rewrites", () => {
  it("writes text into a Text-formatted cell (@) without an apostrophe", async () => {
    const { office, port } = setUp(samples);
    const sheet = office.workbook.sheetByName(samples[0]!.sheet)!;
    office.workbook.updateCell(sheet, 13, 8, (cell) => (cell.numberFormat = "@"));
    await port.readSheets([sheet.name]);
    await port.writeCell(sheet.name, { row: 13, col: 8 }, "001");
    await port.writeCell(sheet.name, { row: 14, col: 8 }, "002");
    expect(office.workbook.cell(sheet, 13, 8)?.value).toBe("001");
    // A General cell still needs the apostrophe to keep the text.
    expect(office.workbook.cell(sheet, 14, 8)?.value).toBe("002");
  });

  it("restores text into a Text-formatted cell exactly", async () => {
    const grid = damaged();
    const { office, port } = setUp([grid]);
    const sheet = office.workbook.sheetByName(grid.sheet)!;
    office.workbook.updateCell(sheet, 13, 7, (cell) => {
      cell.numberFormat = "@";
      cell.value = "07";
    });
    const before = sheetSnapshot(sheet);
    const [result] = await validateSheets(port, "active");
    await applyEvaluations(port, result!.evaluations);
    expect(sheetSnapshot(sheet)).not.toEqual(before);
    await port.restoreSaved();
    expect(office.workbook.cell(sheet, 13, 7)?.value).toBe("07");
    expect(sheetSnapshot(sheet)).toEqual(before);
  });

  it("restore puts back only what the write changed: a marked cell keeps the user's later edit", async () => {
    const grid = damaged();
    const { office, port } = setUp([grid]);
    const sheet = office.workbook.sheetByName(grid.sheet)!;
    const [result] = await validateSheets(port, "active");
    const journals = await applyEvaluations(port, result!.evaluations);
    const marked = journals[0]!.entries.find((e) => e.parts?.join() === "fill")!;
    expect(marked).toBeDefined();
    const { row, col } = marked.address;
    // The user corrects the marked cell after the write.
    office.workbook.updateCell(sheet, row, col, (cell) => (cell.value = "改正后的内容"));
    await port.restoreSaved();
    expect(office.workbook.cell(sheet, row, col)?.value).toBe("改正后的内容");
    expect(office.workbook.cell(sheet, row, col)?.fill).toBe(marked.fill ?? undefined);
  });
});
