import type { Grid } from "../../src/core";
import {
  applyEvaluations,
  ExcelFaultError,
  JOURNAL_SETTING,
  validateSheets,
  type ExcelFault,
} from "../../src/excel";
import {
  createFakeOffice,
  sheetSnapshot,
  workbookFromGrids,
  workbookSnapshot,
  type FakeErrorCode,
} from "../../src/fake-office";
import { readGrids } from "./sample-grids";
import { portOn, setUp } from "./fake-port";
import { expectSameCells } from "./same-cells";

let samples: Grid[];
beforeAll(async () => {
  samples = await readGrids();
});

function damaged(): Grid {
  const grid = structuredClone(samples[0]!);
  grid.cells[5]![5] = { value: 8 };
  grid.cells[13]![7] = { value: 7 };
  return grid;
}

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
    expect(fault.message.zh).toMatch(zh);
    expect(fault.message.en).toMatch(en);
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
    expect(fault.message.zh).toContain("“已删除的表”");
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
    expect(fault.message.zh).toContain("ExcelApi 1.7");
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
  async function prepared() {
    const grid = damaged();
    const { office, port } = setUp([grid]);
    const [result] = await validateSheets(port, "active");
    const sheet = office.workbook.sheetByName(grid.sheet)!;
    office.resetCounters();
    return { office, port, evaluations: result!.evaluations, sheet, before: sheetSnapshot(sheet) };
  }

  it.each(CASES)(
    "%s at the journal read leaves the sheet and the saved record unchanged",
    async (code, kind) => {
      const { office, port, evaluations, sheet, before } = await prepared();
      office.failSync(1, { code });
      const fault = await faultOf(applyEvaluations(port, evaluations));
      expect(fault).toMatchObject({ kind, outcome: "unchanged" });
      expect(fault.message.zh).toContain("工作表未被修改");
      expect(sheetSnapshot(sheet)).toEqual(before);
      expect(office.settings.savedValue(JOURNAL_SETTING)).toBeNull();
    }
  );

  it.each(CASES)(
    "%s at the write that applies nothing reports the sheet unchanged",
    async (code, kind) => {
      const { office, port, evaluations, sheet, before } = await prepared();
      office.failSync(2, { code });
      const fault = await faultOf(applyEvaluations(port, evaluations));
      expect(fault).toMatchObject({ kind, outcome: "unchanged" });
      expect(sheetSnapshot(sheet)).toEqual(before);
      expect(port.savedJournals()).toEqual([]);
    }
  );

  it.each(CASES)(
    "%s after half of the write is journaled, and restore puts everything back",
    async (code, kind) => {
      const { office, port, evaluations, sheet, before } = await prepared();
      office.failSync(2, { code, applyFirst: 3 });
      const fault = await faultOf(applyEvaluations(port, evaluations));
      expect(fault).toMatchObject({ kind, outcome: "journaled" });
      expect(fault.message.zh).toContain("恢复");
      expect(sheetSnapshot(sheet)).not.toEqual(before);
      await port.restoreSaved();
      expect(sheetSnapshot(sheet)).toEqual(before);
    }
  );

  it("refuses a protected sheet before writing anything", async () => {
    const { office, port, evaluations, sheet, before } = await prepared();
    sheet.protected = true;
    const fault = await faultOf(applyEvaluations(port, evaluations));
    expect(fault).toMatchObject({ kind: "protected", sheet: sheet.name, outcome: "unchanged" });
    expect(office.counters()).toMatchObject({ syncs: 1, settingsSaves: 0 });
    sheet.protected = false;
    expect(sheetSnapshot(sheet)).toEqual(before);
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

  it("keeps the record when the sheet is deleted between the journal read and the write", async () => {
    const { office, port, evaluations, sheet } = await prepared();
    office.beforeSync(2, (workbook) => workbook.deleteSheet(sheet.name));
    const fault = await faultOf(applyEvaluations(port, evaluations));
    expect(fault.kind).toBe("sheet-missing");
    expect(port.savedJournals()[0]?.sheet).toBe(sheet.name);
  });

  it("writes nothing when the restore record cannot be saved", async () => {
    const { office, port, evaluations, sheet, before } = await prepared();
    office.settings.failNextSaves(1);
    const fault = await faultOf(applyEvaluations(port, evaluations));
    expect(fault).toMatchObject({ kind: "journal-unsaved", outcome: "unchanged" });
    expect(office.counters().syncs).toBe(1);
    expect(sheetSnapshot(sheet)).toEqual(before);
  });

  it("keeps the record when a restore fails, so it can be tried again", async () => {
    const { office, port, evaluations, sheet, before } = await prepared();
    await applyEvaluations(port, evaluations);
    office.failNextSync({ code: "InvalidOperationInCellEditMode" });
    const fault = await faultOf(port.restoreSaved());
    expect(fault).toMatchObject({ kind: "cell-edit", outcome: "record-kept" });
    expect(port.savedJournals()).not.toEqual([]);
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
