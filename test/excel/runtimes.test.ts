import { applyEvaluations, validateSheets, type Grid } from "../../src/core";
import { createExcelPort, JOURNAL_SETTING, officeHost, SETTINGS_KEY } from "../../src/excel";
import type { ExcelPort } from "../../src/excel";
import {
  createFakeOffice,
  workbookFromGrids,
  workbookSnapshot,
  type FakeRuntime,
} from "../../dev/fake-office";
import { NOW } from "./fake-port";
import { readGrids } from "./sample-grids";
import { damagedSample } from "../helpers/sample";

/**
 * The task pane and the ribbon's 一键校验 run in separate runtimes, each with its own copy of
 * the document settings (docs/excel.md, "Runtimes"). These tests open both on one document
 * and interleave their writes: no journal and no setting may be lost.
 */

let samples: Grid[];
beforeAll(async () => {
  samples = await readGrids();
});

function portIn(runtime: FakeRuntime): ExcelPort {
  return createExcelPort({ host: officeHost(runtime), now: () => NOW });
}

/** Validates one sheet and writes its plans, as 写入 in the pane or a click of 一键校验 does. */
async function validateAndWrite(port: ExcelPort, sheet: string): Promise<void> {
  const [result] = await validateSheets(port, { names: [sheet] });
  await applyEvaluations(port, result!.evaluations);
}

function twoRuntimes(sheets: string[]) {
  const grids = sheets.map((sheet) => ({ ...damagedSample(samples[0]!), sheet }));
  const office = createFakeOffice({ workbook: workbookFromGrids(grids) });
  const original = workbookSnapshot(office.workbook);
  const pane = portIn(office);
  // The ribbon's runtime starts after the pane's, as when the pane is open and 一键校验 is clicked.
  const ribbonRuntime = office.openRuntime();
  const ribbon = portIn(ribbonRuntime);
  return { office, original, pane, ribbon, ribbonRuntime };
}

const journaledSheets = async (port: ExcelPort) =>
  (await port.savedJournals()).map((j) => j.sheet).sort();

describe("two runtimes on one document", () => {
  it("the pane's settings save keeps the journal the ribbon saved meanwhile", async () => {
    const { office, pane, ribbon } = twoRuntimes(["甲"]);
    await validateAndWrite(ribbon, "甲");
    await pane.saveSetting(SETTINGS_KEY, { version: 1, language: "en-US" });
    expect(office.settingsDocument.value(JOURNAL_SETTING)).not.toBeNull();
    expect(await journaledSheets(pane)).toEqual(["甲"]);
  });

  it("interleaved writes of the pane and the ribbon all stay restorable from the pane", async () => {
    const { office, original, pane, ribbon } = twoRuntimes(["甲", "乙", "丙"]);
    await validateAndWrite(ribbon, "甲");
    await pane.saveSetting(SETTINGS_KEY, { version: 1, language: "en-US" });
    await validateAndWrite(pane, "乙");
    // A second click in the ribbon's runtime, whose copy was loaded before the pane's saves.
    await validateAndWrite(ribbon, "丙");

    expect(office.settingsDocument.value(SETTINGS_KEY)).toEqual({
      version: 1,
      language: "en-US",
    });
    expect(await journaledSheets(pane)).toEqual(["丙", "乙", "甲"].sort());
    expect(await journaledSheets(ribbon)).toEqual(["丙", "乙", "甲"].sort());

    // 恢复 in the pane puts back what both runtimes wrote, and the record is emptied for both.
    await pane.restoreSaved();
    expect(workbookSnapshot(office.workbook)).toEqual(original);
    expect(office.settingsDocument.value(JOURNAL_SETTING)).toBeNull();
    expect(await ribbon.savedJournals()).toEqual([]);
  });

  it("a restore in the ribbon's runtime is seen by the pane's next write", async () => {
    const { office, original, pane, ribbon } = twoRuntimes(["甲", "乙"]);
    await validateAndWrite(pane, "甲");
    await ribbon.restoreSaved();
    expect(workbookSnapshot(office.workbook)).toEqual(original);
    await validateAndWrite(pane, "乙");
    // The pane's copy still held 甲's record; the restore dropped it from the document.
    expect(await journaledSheets(ribbon)).toEqual(["乙"]);
  });

  it("the settings the pane saves reach a ribbon runtime that was already running", async () => {
    const { pane, ribbon } = twoRuntimes(["甲"]);
    await pane.saveSetting(SETTINGS_KEY, { version: 1, language: "en-US" });
    expect(await ribbon.readSetting(SETTINGS_KEY)).toEqual({ version: 1, language: "en-US" });
  });
});
