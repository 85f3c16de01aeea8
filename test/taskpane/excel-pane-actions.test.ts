import { previewWrites } from "../../src/taskpane/pane-model";
import ExcelJS from "exceljs";
import { formatFinding, sheetNameReason, toA1 } from "../../src/core";
import { officeHost } from "../../src/excel";
import { createFakeOffice, sheetSnapshot, type FakeOffice } from "../../dev/fake-office";
import { toFakeWorkbook } from "../../dev/playground/load-xlsx";
import { createExcelPaneActions } from "../../src/taskpane/excel-pane-actions";
import { PaneFault, type PaneActions, type SheetResult } from "../../src/taskpane/pane-actions";
import { SETTINGS_KEY } from "../../src/excel";
import { SAMPLE_XLSX as SAMPLE } from "../helpers/fixtures";

let source: ExcelJS.Workbook;

beforeAll(async () => {
  source = new ExcelJS.Workbook();
  await source.xlsx.readFile(SAMPLE);
});

function setUp(): { office: FakeOffice; actions: PaneActions } {
  const office = createFakeOffice({ workbook: toFakeWorkbook(source) });
  return { office, actions: createExcelPaneActions({ host: officeHost(office) }) };
}

/** The user lowers the first sheet's first actual below its target (≧2次 → 1): a score to fix and a reason to give. */
function lowerFirstActual(office: FakeOffice) {
  const sheet = office.workbook.sheets[0]!;
  office.workbook.updateCell(sheet, 13, 5, (c) => {
    c.value = 1;
  });
  return sheet;
}

function findingsOf(results: SheetResult[]) {
  return results.flatMap((r) => r.evaluations.flatMap((e) => e.findings));
}

describe("the pane's actions over the Excel shell and the fake host", () => {
  it("validates the active sheet, or every sheet with progress", async () => {
    const { office, actions } = setUp();
    const active = await actions.validate("active");
    expect(active.map((r) => r.sheet)).toEqual([office.workbook.sheets[0]!.name]);
    expect(active[0]!.evaluations[0]!.form?.header.name?.text).toBeTruthy();

    const progress: string[] = [];
    const all = await actions.validate("all", (p) => progress.push(`${p.done}/${p.total}`));
    expect(all.map((r) => r.sheet)).toEqual(office.workbook.sheets.map((s) => s.name));
    expect(progress).toEqual(["1/3", "2/3", "3/3"]);
  });

  it("generates the 汇总表 from every sheet, in the document's language, and replaces it the next time", async () => {
    const { office, actions } = setUp();
    const forms = office.workbook.sheets.map((s) => s.name);
    const progress: string[] = [];
    const first = await actions.writeSummary((p) => progress.push(`${p.done}/${p.total}`));
    expect(progress).toEqual(["1/3", "2/3", "3/3"]);
    expect(first).toMatchObject({ sheet: "汇总", forms: 3, formsWithErrors: 0 });
    expect(first.results).toEqual(await actions.validate("all").then((r) => r.slice(1)));
    expect(office.workbook.sheets.map((s) => s.name)).toEqual(["汇总", ...forms]);
    expect(office.workbook.activeSheet().name).toBe("汇总");
    await actions.saveSettings({ ...(await actions.loadSettings()), language: "en-US" });
    const second = await actions.writeSummary();
    // The earlier summary (in Chinese) is replaced by one in English, where it stood.
    expect(second.sheet).toBe("Summary");
    expect(second.results.map((r) => r.sheet)).toEqual(["汇总", ...forms]);
    expect(office.workbook.sheets.map((s) => s.name)).toEqual(["Summary", ...forms]);
  });

  it("previews, writes, writes nothing the second time, and restores the sheets exactly", async () => {
    const { office, actions } = setUp();
    lowerFirstActual(office);
    const before = office.workbook.sheets.map(sheetSnapshot);
    const preview = previewWrites(await actions.validate("all"));
    expect(preview.rows.map((r) => r.cell)).toEqual(expect.arrayContaining(["H14", "H21"]));
    expect(preview.marks).toBeGreaterThan(0);
    for (const row of preview.rows) {
      const sheet = office.workbook.sheetByName(row.sheet)!;
      const cell = preview.plans
        .find((p) => p.sheet === row.sheet)!
        .writes.find((w) => toA1(w.address) === row.cell)!;
      expect(
        office.workbook.cell(sheet, cell.address.row, cell.address.col)?.value ?? null
      ).toEqual(row.previous);
    }
    await actions.write(preview.plans);
    for (const row of preview.rows) {
      const sheet = office.workbook.sheetByName(row.sheet)!;
      const write = preview.plans
        .find((p) => p.sheet === row.sheet)!
        .writes.find((w) => toA1(w.address) === row.cell)!;
      expect(office.workbook.cell(sheet, write.address.row, write.address.col)?.value).toEqual(
        row.value
      );
    }
    const again = previewWrites(await actions.validate("all"));
    expect(again.rows).toEqual([]);

    const restored = await actions.restore();
    expect(restored).toBeGreaterThan(0);
    expect(office.workbook.sheets.map(sheetSnapshot)).toEqual(before);
    expect(await actions.restore()).toBe(0);
  });

  it("clears only the marks, keeping the written values", async () => {
    const { office, actions } = setUp();
    const preview = previewWrites(await actions.validate("active"));
    await actions.write(preview.plans);
    const sheet = office.workbook.sheets[0]!;
    const marked = preview.plans[0]!.marks[0]!.address;
    expect(office.workbook.cell(sheet, marked.row, marked.col)?.fill).toBeDefined();
    expect(await actions.clearMarks()).toBeGreaterThan(0);
    expect(office.workbook.cell(sheet, marked.row, marked.col)?.fill).toBeUndefined();
    for (const w of preview.plans[0]!.writes)
      expect(office.workbook.cell(sheet, w.address.row, w.address.col)?.value).toEqual(w.value);
  });

  it("writes a 偏差原因分析 into the row's cell and returns the sheet validated again", async () => {
    const { office, actions } = setUp();
    const sheet = lowerFirstActual(office);
    const [result] = await actions.validate("active");
    const evaluation = result!.evaluations[0]!;
    const finding = evaluation.findings.find((f) => f.code === "reason.required")!;
    expect(toA1(finding.address)).toBe("I14");
    const cell = evaluation.form!.indicators.find((i) => i.row === 13)!.reason!.address;
    const again = await actions.writeReason(sheet.name, cell, "受疫情影响，第二次演练推迟。");
    expect(office.workbook.cell(sheet, cell.row, cell.col)?.value).toBe(
      "受疫情影响，第二次演练推迟。"
    );
    expect(again.sheet).toBe(sheet.name);
    const codes = again.evaluations.flatMap((e) => e.findings).map((f) => f.code);
    expect(codes).not.toContain("reason.required");
    expect(codes).toContain("score.wrong");
  });

  it("selects a finding's cell on its sheet", async () => {
    const { office, actions } = setUp();
    const last = office.workbook.sheets[2]!;
    await actions.selectCell(last.name, { row: 10, col: 5 });
    expect(office.workbook.activeSheetId).toBe(last.id);
    expect(office.workbook.selection).toEqual({
      sheetId: last.id,
      area: { top: 10, left: 5, bottom: 10, right: 5 },
    });
  });

  it("plans valid, unique sheet names and inserts one blank form per name in few syncs", async () => {
    const { office, actions } = setUp();
    const existing = office.workbook.sheets[0]!.name;
    const inputs = [
      { name: existing },
      { name: "防汛物资/采购" },
      { name: "森林防火宣传", year: 2022 },
    ];
    const planned = await actions.planTemplateSheets(inputs);
    expect(planned.map((p) => p.name)).toEqual([
      `${existing} (2)`,
      "防汛物资／采购",
      "森林防火宣传",
    ]);
    expect(sheetNameReason(planned[0]!, "zh-CN")).toContain("重名");

    office.resetCounters();
    const names = await actions.insertTemplates(inputs);
    expect(names).toEqual(planned.map((p) => p.name));
    expect(office.counters().syncs).toBeLessThanOrEqual(3);
    expect(office.workbook.sheets.slice(3).map((s) => s.name)).toEqual(names);
    // The new form evaluates as a form (its title and labels are there), and is shown.
    const created = await actions.validate("active");
    expect(created[0]!.sheet).toBe(names[0]);
    expect(findingsOf(created).map((f) => f.code)).not.toContain("layout.not-a-form");
  });

  it("refuses template input the core's schema refuses, worded, before touching Excel", async () => {
    const { office, actions } = setUp();
    office.resetCounters();
    const error = await actions
      .insertTemplates([{ name: "甲", year: 1800 }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaneFault);
    expect((error as PaneFault).words?.["zh-CN"]).toContain("1990");
    expect(office.counters().syncs).toBe(0);
  });

  it("stores settings with the document, so a reopened pane starts from them", async () => {
    const { office, actions } = setUp();
    const defaults = await actions.loadSettings();
    expect(defaults.language).toBe("zh-CN");
    await actions.saveSettings({
      language: "en-US",
      profile: {
        ...defaults.profile,
        reverseMode: "linear",
        gradeBands: { excellent: 80, good: 70, fair: 60 },
      },
    });
    office.settings.reopen();
    const reopened = await createExcelPaneActions({ host: officeHost(office) }).loadSettings();
    expect(reopened.language).toBe("en-US");
    expect(reopened.profile.reverseMode).toBe("linear");
    expect(reopened.profile.gradeBands).toEqual({ excellent: 80, good: 70, fair: 60 });
  });

  it("uses the saved profile when validating", async () => {
    const { actions } = setUp();
    const splits = (rs: SheetResult[]) =>
      findingsOf(rs).filter((f) => f.code === "weight.split").length;
    const before = await actions.validate("all");
    const settings = await actions.loadSettings();
    // The first sample weighs 产出 40 / 效益 35 / 满意度 15, the other two 50 / 30 / 10: a
    // profile of the first's split accepts it and warns on the others.
    await actions.saveSettings({
      ...settings,
      profile: {
        ...settings.profile,
        expectedSplit: { output: 40, benefit: 35, satisfaction: 15, cost: 0, funds: 10 },
      },
    });
    const after = await actions.validate("all");
    expect([splits(before), splits(after)]).toEqual([1, 2]);
  });

  it("scores by mof-2020 and says why when the document's stored profile is malformed", async () => {
    const { office } = setUp();
    office.settings.set(SETTINGS_KEY, {
      version: 1,
      language: "zh-CN",
      profile: { extends: "province-2022", gradeBands: "80/70/60" },
    });
    // Saved with the document: each read takes the settings from the document itself.
    await new Promise((resolve) => office.settings.saveAsync(resolve));
    const actions = createExcelPaneActions({ host: officeHost(office) });
    const settings = await actions.loadSettings();
    expect(settings.profile.id).toBe("mof-2020");
    expect(settings.refused).toEqual([
      { code: "profile.wrong-type", params: { field: "gradeBands", expected: "object" } },
    ]);
    expect((await actions.validate("all")).length).toBe(3);
    await actions.saveSettings({ language: "zh-CN", profile: settings.profile });
    expect((await actions.loadSettings()).refused).toEqual([]);
  });

  it("keeps a built-in profile the user chose as its name, so a reopened pane scores by it", async () => {
    const { office, actions } = setUp();
    const { builtinProfile } = await import("../../src/core");
    await actions.saveSettings({ language: "zh-CN", profile: builtinProfile("province-2022") });
    expect(office.settings.get(SETTINGS_KEY)).toEqual({
      version: 1,
      language: "zh-CN",
      profile: { extends: "province-2022" },
    });
    office.settings.reopen();
    const reopened = await createExcelPaneActions({ host: officeHost(office) }).loadSettings();
    expect(reopened.profile).toEqual(builtinProfile("province-2022"));
  });

  it("falls back to the defaults when the stored settings are unreadable", async () => {
    const { office } = setUp();
    office.settings.set(SETTINGS_KEY, { version: 7, language: "fr-FR" });
    await new Promise((resolve) => office.settings.saveAsync(resolve));
    const settings = await createExcelPaneActions({
      host: officeHost(office),
      language: "en-US",
    }).loadSettings();
    expect(settings.language).toBe("en-US");
    expect(settings.profile.id).toBe("mof-2020");
  });

  it("turns an Office error into a pane fault with the shell's wording, leaving the sheet unchanged", async () => {
    const { office, actions } = setUp();
    const preview = previewWrites(await actions.validate("active"));
    const before = sheetSnapshot(office.workbook.sheets[0]!);
    office.resetCounters();
    office.workbook.sheets[0]!.protected = true;
    const error = await actions.write(preview.plans).catch((e: unknown) => e);
    office.workbook.sheets[0]!.protected = false;
    expect(error).toBeInstanceOf(PaneFault);
    expect((error as PaneFault).kind).toBe("protected");
    expect((error as PaneFault).words?.["zh-CN"]).toContain("受保护");
    expect(sheetSnapshot(office.workbook.sheets[0]!)).toEqual(before);
  });

  it("words findings through the core in the pane's language", async () => {
    const { actions } = setUp();
    const copied = findingsOf(await actions.validate("all")).find((f) => f.code === "goals.copied");
    expect(copied && formatFinding(copied, "zh-CN")).toBeTruthy();
  });
});
