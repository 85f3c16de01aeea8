import { evaluate, MARK_FILLS, MOF_2020, type Grid } from "../../src/core";
import type { CommandResult } from "../../src/commands/command-result";
import { excelValidateDeps } from "../../src/commands/excel-command";
import { langOfDisplay as languageOf } from "../../src/core/lang";
import { runValidateCommand } from "../../src/commands/validate-command";
import {
  sheetSnapshot,
  workbookSnapshot,
  type FakeErrorCode,
  type FakeOffice,
} from "../../dev/fake-office";
import type { ExcelPort } from "../../src/excel";
import { createExcelPort, LAYOUT_KEY, officeHost, SETTINGS_KEY } from "../../src/excel";
import { readGrids } from "../excel/sample-grids";
import { setUp } from "../excel/fake-port";
import { damagedSample } from "../helpers/sample";

let samples: Grid[];
beforeAll(async () => {
  samples = await readGrids();
});

const damaged = (): Grid => damagedSample(samples[0]!);

/** Clicks 一键校验 once on the fake host; returns what the dialog was given and the event. */
async function click(port: ExcelPort, displayLanguage = "zh-CN") {
  const shown: CommandResult[] = [];
  const logged: unknown[] = [];
  const event = { completed: jest.fn() };
  const deps = excelValidateDeps({
    port,
    displayLanguage,
    show: async (result) => {
      shown.push(result);
    },
    log: (_m, error) => logged.push(error),
  });
  await runValidateCommand(event, deps);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(shown).toHaveLength(1);
  return { result: shown[0]!, logged };
}

/** A port in a runtime of its own, as the ribbon's function file has. */
const ribbonPort = (office: FakeOffice): ExcelPort =>
  createExcelPort({ host: officeHost(office.openRuntime()) });

const cellOf = (office: FakeOffice, sheet: string, row: number, col: number) =>
  office.workbook.sheetByName(sheet)!.rows.get(row)?.get(col);

describe("一键校验 on the fake Excel host", () => {
  test("writes the plan into the active sheet and reports what it did", async () => {
    const grid = damaged();
    const { office, port: pane } = setUp([grid]);
    const expected = evaluate(grid, MOF_2020).filter((e) => e.form !== null);
    expect(expected.length).toBeGreaterThan(0);
    office.resetCounters();

    const { result } = await click(ribbonPort(office));

    expect(result.kind).toBe("checked");
    if (result.kind !== "checked") return;
    expect(result.sheet).toBe(grid.sheet);
    expect(result.forms).toHaveLength(expected.length);
    const plan = expected[0]!.plan;
    expect(result.writes).toBe(plan.writes.filter((w) => w.previous !== w.value).length);
    expect(result.marks).toBeGreaterThan(0);
    for (const w of plan.writes) {
      expect(cellOf(office, grid.sheet, w.address.row, w.address.col)?.value).toBe(w.value);
    }
    for (const m of plan.marks) {
      expect(cellOf(office, grid.sheet, m.address.row, m.address.col)?.fill).toBe(
        MARK_FILLS[m.severity]
      );
    }
    const form = result.forms[0]!;
    const findings = expected[0]!.findings;
    expect(form.errors).toBe(findings.filter((f) => f.severity === "error").length);
    expect(form.warnings).toBe(findings.filter((f) => f.severity === "warning").length);
    expect(form.total).toBe(expected[0]!.score?.total ?? null);
    expect(result.notes.length).toBeGreaterThan(0);
    expect(result.notes[0]).toMatch(/^[A-Z]+\d+：/);
    // The journal is saved with the document, so the pane's 恢复 can undo the click.
    expect(office.settingsDocument.value("selfeval.journals")).not.toBeNull();
    expect((await pane.savedJournals()).map((j) => j.sheet)).toEqual([grid.sheet]);
    // The budget of issues 4 and 8: one sync reads the sheet, one writes it.
    expect(office.log.length).toBe(2);
  });

  test("a second click changes nothing and says so", async () => {
    const grid = damaged();
    const { office, port } = setUp([grid]);
    await click(port);
    const after = workbookSnapshot(office.workbook);
    const { result } = await click(port);
    expect(workbookSnapshot(office.workbook)).toEqual(after);
    expect(result.kind === "checked" && [result.writes, result.marks]).toEqual([0, 0]);
  });

  test("validates the active sheet, not the first one", async () => {
    const { office, port } = setUp([samples[0]!, samples[1]!]);
    office.workbook.setActive(office.workbook.sheetByName(samples[1]!.sheet)!);
    const first = sheetSnapshot(office.workbook.sheetByName(samples[0]!.sheet)!);
    const { result } = await click(port);
    expect(result.kind === "checked" && result.sheet).toBe(samples[1]!.sheet);
    expect(sheetSnapshot(office.workbook.sheetByName(samples[0]!.sheet)!)).toEqual(first);
  });

  test("a sheet without a form is left alone and the user is told", async () => {
    const blank: Grid = {
      sheet: "备注",
      top: 0,
      left: 0,
      cells: [[{ value: "说明" }]],
      merges: [],
    };
    const { office, port } = setUp([blank]);
    const before = workbookSnapshot(office.workbook);
    const { result } = await click(port);
    expect(result).toEqual({ kind: "no-form", lang: "zh-CN", sheet: "备注" });
    expect(workbookSnapshot(office.workbook)).toEqual(before);
  });

  test("uses the language and profile the pane saved with the document", async () => {
    const grid = damaged();
    const { office, port: pane } = setUp([grid]);
    // The ribbon's runtime was started before the pane saved: it must read the document again.
    const ribbon = ribbonPort(office);
    await pane.saveSetting(SETTINGS_KEY, { version: 1, language: "en-US", profile: {} });
    const { result } = await click(ribbon, "zh-CN");
    expect(result.lang).toBe("en-US");
    expect(result.kind === "checked" && result.notes.every((n) => /^[A-Z]+\d+: /.test(n))).toBe(
      true
    );
  });

  test("names the rules that scored when the document chose other than mof-2020", async () => {
    const { port } = setUp([damaged()]);
    await port.saveSetting(SETTINGS_KEY, { version: 1, profile: { extends: "province-2022" } });
    const { result } = await click(port);
    expect(result.kind === "checked" && [result.profile, result.profileRefused]).toEqual([
      "province-2022",
      undefined,
    ]);
    const { port: plain } = setUp([damaged()]);
    const { result: byDefault } = await click(plain);
    expect(byDefault.kind === "checked" && [byDefault.profile, byDefault.profileRefused]).toEqual([
      undefined,
      undefined,
    ]);
  });

  test("says so when the document's rules are refused and mof-2020 scored instead", async () => {
    const { port } = setUp([damaged()]);
    await port.saveSetting(SETTINGS_KEY, {
      version: 1,
      profile: { extends: "mof-2020", executionLow: "80%" },
    });
    const { result } = await click(port);
    expect(result.kind === "checked" && result.profileRefused).toBe(true);
    expect(result.kind === "checked" && result.profile).toBeUndefined();
  });

  const FAULTS: [FakeErrorCode, RegExp][] = [
    ["InvalidOperationInCellEditMode", /正在编辑单元格/],
    ["AccessDenied", /受保护/],
    ["ItemNotFound", /重命名或删除/],
    ["GeneralException", /GeneralException/],
  ];

  test.each(FAULTS)(
    "%s while reading: the user gets the shell's message, the sheet is unchanged",
    async (code, message) => {
      const { office, port } = setUp([damaged()]);
      const before = workbookSnapshot(office.workbook);
      office.failNextSync({ code });
      const { result } = await click(port);
      expect(result.kind).toBe("failed");
      expect(result.kind === "failed" && result.message).toMatch(message);
      expect(workbookSnapshot(office.workbook)).toEqual(before);
    }
  );

  test("a protected sheet: read, refused at the write, a message, the sheet unchanged", async () => {
    const grid = damaged();
    const { office, port } = setUp([grid]);
    office.workbook.sheetByName(grid.sheet)!.protected = true;
    const before = workbookSnapshot(office.workbook);
    const { result } = await click(port);
    expect(result.kind).toBe("failed");
    expect(result.kind === "failed" && result.message).toMatch(/受保护/);
    expect(workbookSnapshot(office.workbook)).toEqual(before);
  });

  test("Office's display language picks English only for English", () => {
    expect([
      languageOf("en-GB"),
      languageOf("zh-CN"),
      languageOf("zh-TW"),
      languageOf(undefined),
    ]).toEqual(["en-US", "zh-CN", "zh-CN", "zh-CN"]);
  });

  test("reads the form with the headers pointed out in the pane (指定列), as the pane does", async () => {
    // The first indicator's 得分 is wrong (7); its 分值 header (G12) reworded 「配分」.
    const grid = damaged();
    grid.cells[11 - grid.top]![6 - grid.left] = { value: "配分" };
    const without = setUp([structuredClone(grid)]);
    const blind = await click(without.port);
    const withHints = setUp([structuredClone(grid)]);
    // Saved by the pane while the ribbon's runtime was already running.
    const ribbon = ribbonPort(withHints.office);
    await withHints.port.saveSetting(LAYOUT_KEY, {
      version: 1,
      hints: [{ field: "weight", text: "配分", cell: "G12", sheet: grid.sheet }],
    });
    const read = await click(ribbon);
    if (blind.result.kind !== "checked" || read.result.kind !== "checked")
      throw new Error("both clicks should check a form");
    // Without the hint the weights are unknown and the wrong 得分 stays; with it, H14 is corrected.
    expect(cellOf(without.office, grid.sheet, 13, 7)?.value).toBe(7);
    expect(cellOf(withHints.office, grid.sheet, 13, 7)?.value).not.toBe(7);
    expect(read.result.writes).toBeGreaterThan(blind.result.writes);
  });
});
