import { addressKey, plansOf, type Grid } from "../../src/core";
import {
  createExcelPort,
  ExcelFaultError,
  officeHost,
  faultText,
  JOURNAL_SETTING,
  SETTINGS_KEY,
  type ExcelFault,
} from "../../src/excel";
import { applyEvaluations, validateSheets } from "../../src/core";
import {
  createFakeOffice,
  sheetSnapshot,
  workbookFromGrids,
  workbookSnapshot,
  type FakeErrorCode,
} from "../../dev/fake-office";
import { readGrids } from "./sample-grids";
import { collectTargets } from "../../src/excel/write-targets";
import { portOn, setUp } from "./fake-port";
import { expectSameCells } from "./same-cells";
import { damagedSample } from "../helpers/sample";

let samples: Grid[];
beforeAll(async () => {
  samples = await readGrids();
});

const damaged = (): Grid => damagedSample(samples[0]!);

async function faultOf(promise: Promise<unknown>): Promise<ExcelFault> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ExcelFaultError);
    return (error as ExcelFaultError).fault;
  }
  throw new Error("expected a fault");
}

const CASES: [FakeErrorCode, ExcelFault["kind"], RegExp, RegExp][] = [
  ["InvalidOperationInCellEditMode", "cell-edit", /正在编辑单元格/, /editing a cell/],
  ["AccessDenied", "protected", /受保护/, /protected/],
  ["ItemNotFound", "sheet-missing", /重命名或删除/, /renamed or deleted/],
  ["RequestPayloadSizeLimitExceeded", "payload-too-large", /5 MB/, /5 MB/],
  ["ResponsePayloadSizeLimitExceeded", "payload-too-large", /5 MB/, /5 MB/],
  ["GeneralException", "unknown", /GeneralException/, /GeneralException/],
  ["ApiNotFound", "api-missing", /不支持/, /lacks a needed feature/],
];

const READ_CASES = CASES.filter(([code]) => !code.includes("Payload"));

describe("Excel port: faults while reading", () => {
  it.each(READ_CASES)("%s gives a %s message and changes nothing", async (code, kind, zh, en) => {
    const { office, port } = setUp(samples);
    const before = workbookSnapshot(office.workbook);
    office.failNextSync({ code });
    const fault = await faultOf(port.readSheets([samples[0]!.sheet]));
    expect(fault.kind).toBe(kind);
    expect(fault.code).toBe(code);
    expect(faultText(fault, "zh-CN")).toMatch(zh);
    expect(faultText(fault, "en-US")).toMatch(en);
    expect(workbookSnapshot(office.workbook)).toEqual(before);
  });

  it("reads again with a smaller window when a payload limit is hit once", async () => {
    const { office, port } = setUp(samples);
    office.failNextSync({ code: "ResponsePayloadSizeLimitExceeded" });
    const [grid] = await port.readSheets([samples[0]!.sheet]);
    expectSameCells(grid!, samples[0]!);
    expect(office.counters()).toMatchObject({ syncs: 2, failedSyncs: 1 });
  });

  it("names the sheet that is gone", async () => {
    const { port } = setUp(samples);
    const fault = await faultOf(port.readSheets(["已删除的表"]));
    expect(fault).toMatchObject({ kind: "sheet-missing", sheet: "已删除的表" });
    expect(faultText(fault, "zh-CN")).toContain("“已删除的表”");
  });

  it("says which sheet is too large when even one row exceeds the payload limit", async () => {
    const wide: Grid = {
      sheet: "宽表",
      top: 0,
      left: 0,
      cells: [Array.from({ length: 30 }, () => ({ value: "长".repeat(500) }))],
      merges: [],
    };
    const office = createFakeOffice({ workbook: workbookFromGrids([wide]), payloadLimit: 20_000 });
    const fault = await faultOf(portOn(office, { responseBytes: 15_000 }).readSheets(["宽表"]));
    expect(fault).toMatchObject({ kind: "payload-too-large", sheet: "宽表" });
  });

  it("refuses to start on an Excel older than the floor, ExcelApi 1.7", async () => {
    const { office, port } = setUp(samples, { excelApi: "1.6" });
    const fault = await faultOf(port.readActiveSheet());
    expect(fault.kind).toBe("api-missing");
    expect(faultText(fault, "zh-CN")).toContain("ExcelApi 1.7");
    expect(office.counters().syncs).toBe(0);
  });

  it("waits while the user edits a cell instead of failing", async () => {
    const { office, port } = setUp(samples);
    office.startCellEdit();
    let done = false;
    const reading = port.readActiveSheet().then((grid) => {
      done = true;
      return grid;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    office.endCellEdit();
    expect((await reading).sheet).toBe(samples[0]!.sheet);
  });
});

describe("Excel port: faults while writing", () => {
  async function prepared(grids: Grid[] = [damaged()]) {
    const { office, port } = setUp(grids);
    const [result] = await validateSheets(port, "active");
    const sheet = office.workbook.sheetByName(grids[0]!.sheet)!;
    office.resetCounters();
    return { office, port, evaluations: result!.evaluations, sheet, before: sheetSnapshot(sheet) };
  }

  /** The operations of the write sync when nothing fails (loads first, then writes). */
  async function writeOperations(): Promise<number> {
    const { office, port, evaluations } = await prepared();
    await applyEvaluations(port, evaluations);
    return office.log[0]!.operations;
  }

  /**
   * The kind a failed write is reported as. After a failed write the shell reads whether the
   * sheet is protected; an AccessDenied injected on a sheet that is not is reported as the code.
   */
  const writeKind = (code: FakeErrorCode, kind: ExcelFault["kind"]) =>
    code === "AccessDenied" ? "unknown" : kind;

  it.each(CASES)(
    "%s at the write sync that applies nothing leaves the sheet and the saved record unchanged",
    async (code, byCode) => {
      const kind = writeKind(code, byCode);
      const { office, port, evaluations, sheet, before } = await prepared();
      office.failSync(1, { code });
      const fault = await faultOf(applyEvaluations(port, evaluations));
      expect(fault).toMatchObject({ kind, sheet: sheet.name, outcome: "unchanged" });
      expect(faultText(fault, "zh-CN")).toContain("工作表未被修改");
      expect(sheetSnapshot(sheet)).toEqual(before);
      expect(office.settings.savedValue(JOURNAL_SETTING)).toBeNull();
      // The failed write, then one read to see what it changed.
      expect(office.counters()).toMatchObject({ syncs: 2, failedSyncs: 1, settingsSaves: 0 });
    }
  );

  it.each(CASES)(
    "%s part way through the write: the changed cells are recorded from the validation snapshot, and restore puts everything back",
    async (code, byCode) => {
      const kind = writeKind(code, byCode);
      const operations = await writeOperations();
      for (const applyFirst of [operations - 1, Math.ceil(operations * 0.75)]) {
        const { office, port, evaluations, sheet, before } = await prepared();
        office.failSync(1, { code, applyFirst });
        const fault = await faultOf(applyEvaluations(port, evaluations));
        expect(fault).toMatchObject({ kind, sheet: sheet.name, outcome: "journaled" });
        expect(faultText(fault, "zh-CN")).toContain("恢复");
        expect(sheetSnapshot(sheet)).not.toEqual(before);
        expect(office.counters()).toMatchObject({ syncs: 2, failedSyncs: 1, settingsSaves: 1 });
        await port.restoreSaved();
        expect(sheetSnapshot(sheet)).toEqual(before);
      }
    }
  );

  it("records every target from the snapshot when the read after a failed write fails too", async () => {
    const operations = await writeOperations();
    const { office, port, evaluations, sheet, before } = await prepared();
    office.failSync(1, { code: "GeneralException", applyFirst: operations - 1 });
    office.failSync(2, { code: "GeneralException" });
    const fault = await faultOf(applyEvaluations(port, evaluations));
    expect(fault).toMatchObject({ kind: "unknown", outcome: "journaled" });
    const targets = new Set(
      evaluations.flatMap((e) =>
        [...e.plan.writes, ...e.plan.marks].map((w) => addressKey(w.address))
      )
    );
    expect(
      (await port.savedJournals())[0]!.entries.map((e) => addressKey(e.address)).sort()
    ).toEqual([...targets].sort());
    await port.restoreSaved();
    expect(sheetSnapshot(sheet)).toEqual(before);
  });

  it("recovers a half-done write from the plans alone on a port that never read the sheet", async () => {
    const operations = await writeOperations();
    const { office, evaluations, sheet, before } = await prepared();
    const fresh = portOn(office);
    office.failSync(1, { code: "GeneralException", applyFirst: operations - 1 });
    const fault = await faultOf(fresh.applyPlans(evaluations.map((e) => e.plan)));
    expect(fault.outcome).toBe("journaled");
    // The plan's `previous` gives the values; formats the write did not set are read back.
    await fresh.restoreSaved();
    expect(sheetSnapshot(sheet)).toEqual(before);
  });

  it("refuses a protected sheet before writing anything", async () => {
    const { office, port, evaluations, sheet, before } = await prepared();
    sheet.protected = true;
    const fault = await faultOf(applyEvaluations(port, evaluations));
    expect(fault).toMatchObject({ kind: "protected", sheet: sheet.name, outcome: "unchanged" });
    expect(office.counters()).toMatchObject({ syncs: 2, failedSyncs: 1, settingsSaves: 0 });
    sheet.protected = false;
    expect(sheetSnapshot(sheet)).toEqual(before);
    expect(await port.savedJournals()).toEqual([]);
  });

  it("names the protected sheet of a two-sheet write and journals the sheet written before it", async () => {
    const second = structuredClone(samples[1]!);
    second.cells[14]![7] = { value: 2 };
    const { office, port } = setUp([damaged(), second]);
    const results = await validateSheets(port, "all");
    const plans = plansOf(results.flatMap((r) => r.evaluations));
    const [first, other] = office.workbook.sheets;
    const before = workbookSnapshot(office.workbook);
    // Excel stops at the first write on the protected sheet, the first sheet's writes done:
    // batches are not atomic, and the fake now behaves so without being told.
    office.resetCounters();
    other!.protected = true;

    const fault = await faultOf(port.applyPlans(plans));
    expect(fault).toMatchObject({ kind: "protected", sheet: other!.name, outcome: "journaled" });
    expect(faultText(fault, "zh-CN")).toContain(`“${other!.name}”受保护`);
    other!.protected = false;
    expect((await port.savedJournals()).map((j) => j.sheet)).toEqual([first!.name]);
    expect(workbookSnapshot(office.workbook)).not.toEqual(before);
    await port.restoreSaved();
    expect(workbookSnapshot(office.workbook)).toEqual(before);
  });

  it("calls a sheet protected when Excel says so after the failure, whatever the error code", async () => {
    const { office, port, evaluations, sheet, before } = await prepared();
    // No code is documented for a write to a locked cell: here Excel answers GeneralException.
    office.beforeSync(1, () => (sheet.protected = true));
    office.failSync(1, { code: "GeneralException" });
    const fault = await faultOf(applyEvaluations(port, evaluations));
    expect(fault).toMatchObject({ kind: "protected", sheet: sheet.name, outcome: "unchanged" });
    expect(faultText(fault, "zh-CN")).toContain("受保护");
    sheet.protected = false;
    expect(sheetSnapshot(sheet)).toEqual(before);
  });

  it("a protected sheet with unlocked cells: the values Excel let in are journaled and restored", async () => {
    const { office, port, evaluations, sheet, before } = await prepared();
    const targets = collectTargets(plansOf(evaluations));
    for (const t of targets)
      office.workbook.updateCell(sheet, t.address.row, t.address.col, (c) => (c.unlocked = true));
    const unlocked = sheetSnapshot(sheet);
    sheet.protected = true;
    const fault = await faultOf(applyEvaluations(port, evaluations));
    // Values enter unlocked cells; the first format or fill is refused and ends the batch.
    expect(fault).toMatchObject({ kind: "protected", sheet: sheet.name });
    sheet.protected = false;
    const written = sheetSnapshot(sheet);
    if (fault.outcome === "unchanged") expect(written).toEqual(unlocked);
    else {
      expect(fault.outcome).toBe("journaled");
      await port.restoreSaved();
    }
    expect(sheetSnapshot(sheet)).toEqual(unlocked);
    expect(before).not.toEqual(unlocked);
  });

  it("a write refused part way on the second sheet, restored, leaves no cell changed", async () => {
    const { office, port } = setUp([damaged(), { ...damaged(), sheet: "第二张" }]);
    const results = await validateSheets(port, "all");
    const before = workbookSnapshot(office.workbook);
    const second = office.workbook.sheetByName("第二张")!;
    // The values of the second sheet may enter (unlocked); its formats may not.
    for (const t of collectTargets(plansOf(results[1]!.evaluations)))
      office.workbook.updateCell(second, t.address.row, t.address.col, (c) => (c.unlocked = true));
    const unlocked = workbookSnapshot(office.workbook);
    second.protected = true;
    const fault = await faultOf(
      applyEvaluations(
        port,
        results.flatMap((r) => r.evaluations)
      )
    );
    expect(fault).toMatchObject({ kind: "protected", sheet: "第二张", outcome: "journaled" });
    second.protected = false;
    await port.restoreSaved();
    expect(workbookSnapshot(office.workbook)).toEqual(unlocked);
    expect(before).not.toEqual(unlocked);
  });

  it("reports a sheet deleted after validation", async () => {
    const { office, port, evaluations } = await prepared();
    office.workbook.deleteSheet(evaluations[0]!.sheet);
    const fault = await faultOf(applyEvaluations(port, evaluations));
    expect(fault).toMatchObject({
      kind: "sheet-missing",
      sheet: evaluations[0]!.sheet,
      outcome: "unchanged",
    });
  });

  it("keeps the saved record when the sheet is deleted just before the write sync", async () => {
    const { office, port, evaluations, sheet } = await prepared();
    await applyEvaluations(port, [evaluations[0]!]);
    const saved = office.settings.savedValue(JOURNAL_SETTING);
    office.resetCounters();
    office.beforeSync(1, (workbook) => workbook.deleteSheet(sheet.name));
    const fault = await faultOf(applyEvaluations(port, evaluations));
    expect(fault).toMatchObject({ kind: "sheet-missing", sheet: sheet.name });
    expect(office.settings.savedValue(JOURNAL_SETTING)).toEqual(saved);
  });

  it("writes, then says restore works only until the pane is closed, when the record cannot be saved", async () => {
    const { office, port, evaluations, sheet, before } = await prepared();
    office.settings.failNextSaves(1);
    const fault = await faultOf(applyEvaluations(port, evaluations));
    expect(fault).toMatchObject({ kind: "journal-unsaved", outcome: "written-unsaved" });
    expect(faultText(fault, "zh-CN")).toContain("关闭任务窗格之前仍可点击“恢复”");
    expect(office.counters()).toMatchObject({ syncs: 1, failedSyncs: 0, settingsSaves: 1 });
    expect(sheetSnapshot(sheet)).not.toEqual(before);
    expect(office.settings.savedValue(JOURNAL_SETTING)).toBeNull();
    // Still open: the in-memory copy of the settings holds the record.
    await port.restoreSaved();
    expect(sheetSnapshot(sheet)).toEqual(before);
  });

  it("cannot restore an unsaved record once the pane was closed", async () => {
    const { office, port, evaluations, sheet, before } = await prepared();
    office.settings.failNextSaves(1);
    await faultOf(applyEvaluations(port, evaluations));
    office.settings.reopen();
    const reopened = portOn(office);
    expect(await reopened.savedJournals()).toEqual([]);
    expect(await reopened.restoreSaved()).toBe(0);
    expect(sheetSnapshot(sheet)).not.toEqual(before);
  });

  it("a record refused for its size stays out of Office's copy, so later saves still work", async () => {
    const { office, port, evaluations, sheet, before } = await prepared();
    // Room for the settings, not for the record: the document refuses the journal's save.
    office.settingsDocument.limitBytes = 200;
    const fault = await faultOf(applyEvaluations(port, evaluations));
    expect(fault).toMatchObject({ kind: "journal-unsaved", outcome: "written-unsaved" });
    expect(office.settings.memoryBytes()).toBeLessThan(200);
    await port.saveSetting(SETTINGS_KEY, { version: 1, language: "en-US" });
    expect(office.settings.savedValue(SETTINGS_KEY)).toEqual({ version: 1, language: "en-US" });
    // The record is still this runtime's until it closes.
    await port.restoreSaved();
    expect(sheetSnapshot(sheet)).toEqual(before);
  });

  it("keeps the record within its budget, dropping the oldest write's cells and saying how many", async () => {
    const grids = [damaged(), { ...damaged(), sheet: "第二张" }];
    const office = createFakeOffice({ workbook: workbookFromGrids(grids) });
    const port = createExcelPort({ host: officeHost(office), journalBudget: 2_000 });
    const before = workbookSnapshot(office.workbook);
    const [first] = await validateSheets(port, { names: [grids[0]!.sheet] });
    await applyEvaluations(port, first!.evaluations);
    expect(port.journalPruned()).toBe(0);
    const [second] = await validateSheets(port, { names: ["第二张"] });
    const fresh = await applyEvaluations(port, second!.evaluations);
    expect(port.journalPruned()).toBeGreaterThan(0);
    const saved = await port.savedJournals();
    expect(saved.find((j) => j.sheet === "第二张")?.entries).toEqual(fresh[0]!.entries);
    expect(JSON.stringify(office.settingsDocument.value(JOURNAL_SETTING)).length).toBeLessThan(
      2_100
    );
    // 恢复 still undoes the last write whole.
    await port.restoreSaved();
    const now = workbookSnapshot(office.workbook) as { sheets: unknown[] };
    expect(now.sheets[1]).toEqual((before as { sheets: unknown[] }).sheets[1]);
  });

  it("keeps the record when a restore fails, so it can be tried again", async () => {
    const { office, port, evaluations, sheet, before } = await prepared();
    await applyEvaluations(port, evaluations);
    office.failNextSync({ code: "InvalidOperationInCellEditMode" });
    const fault = await faultOf(port.restoreSaved());
    expect(fault).toMatchObject({ kind: "cell-edit", outcome: "record-kept" });
    expect(await port.savedJournals()).not.toEqual([]);
    await port.restoreSaved();
    expect(sheetSnapshot(sheet)).toEqual(before);
  });

  it("reports a protected sheet on restore", async () => {
    const { port, evaluations, sheet } = await prepared();
    await applyEvaluations(port, evaluations);
    sheet.protected = true;
    const fault = await faultOf(port.restoreSaved());
    expect(fault).toMatchObject({ kind: "protected", sheet: sheet.name, outcome: "record-kept" });
  });
});
