import ExcelJS from "exceljs";
import { createFakeOffice, type FakeOffice } from "../../dev/fake-office";
import { toFakeWorkbook } from "../../dev/playground/load-xlsx";
import { officeHost, LAYOUT_KEY } from "../../src/excel";
import { createExcelPaneActions } from "../../src/taskpane/excel-pane-actions";
import type { PaneActions, SheetResult } from "../../src/taskpane/pane-actions";
import { SAMPLE_XLSX } from "../helpers/fixtures";

/**
 * 指定列 end to end below the DOM: the pane's real actions, the Excel shell and the fake host.
 * The first sample form's indicator 分值 header (G12) is reworded 「配分」, which the reader
 * does not know.
 */

const G12 = { row: 11, col: 6 };
let source: ExcelJS.Workbook;

beforeAll(async () => {
  source = new ExcelJS.Workbook();
  await source.xlsx.readFile(SAMPLE_XLSX);
});

function setUp(): { office: FakeOffice; actions: PaneActions; sheet: string } {
  const office = createFakeOffice({ workbook: toFakeWorkbook(source) });
  const first = office.workbook.sheets[0]!;
  office.workbook.updateCell(first, G12.row, G12.col, (c) => {
    c.value = "配分";
  });
  return {
    office,
    actions: createExcelPaneActions({ host: officeHost(office) }),
    sheet: first.name,
  };
}

function select(office: FakeOffice, sheet: string, row: number, col: number): void {
  office.workbook.setSelection(office.workbook.sheetByName(sheet)!, {
    top: row,
    left: col,
    bottom: row,
    right: col,
  });
}

const weightMissing = (results: SheetResult[]) =>
  results
    .flatMap((r) => r.evaluations.flatMap((e) => e.findings))
    .some((f) => f.code === "layout.missing-part" && f.params.field === "weight");

const weightSources = (results: SheetResult[]) =>
  results
    .flatMap((r) => r.evaluations.flatMap((e) => (e.kind === "form" ? e.form.indicators : [])))
    .map((i) => i.weightSource);

describe("指定列 over the Excel shell", () => {
  it("keeps the header the user selects with the document, reads the weights by it, and clears it", async () => {
    const { office, actions, sheet } = setUp();
    expect(weightMissing(await actions.validate("active"))).toBe(true);

    select(office, sheet, G12.row, G12.col);
    const pointed = await actions.pointOutHeader(sheet, "weight");
    expect(pointed).toMatchObject({
      ok: true,
      hint: { field: "weight", text: "配分", cell: "G12", sheet },
    });
    expect(office.settings.savedValue(LAYOUT_KEY)).toEqual({
      version: 1,
      hints: [{ field: "weight", text: "配分", cell: "G12", sheet }],
    });

    const after = await actions.validate("active");
    expect(weightMissing(after)).toBe(false);
    expect(new Set(weightSources(after))).toEqual(new Set(["cell"]));

    // Closing and reopening the document: a new pane starts from what was saved.
    office.settings.reopen();
    const reopened = createExcelPaneActions({ host: officeHost(office) });
    expect((await reopened.loadHints()).hints).toHaveLength(1);
    expect(weightMissing(await reopened.validate("active"))).toBe(false);

    const left = await reopened.removeHint(pointed.ok ? pointed.hint : ({} as never));
    expect(left.hints).toEqual([]);
    expect(office.settings.savedValue(LAYOUT_KEY)).toBeNull();
    expect(weightMissing(await reopened.validate("active"))).toBe(true);
  });

  it("refuses a cell of another sheet, or a number, and saves nothing", async () => {
    const { office, actions, sheet } = setUp();
    const other = office.workbook.sheets[1]!.name;
    select(office, other, G12.row, G12.col);
    await expect(actions.pointOutHeader(sheet, "weight")).resolves.toEqual({
      ok: false,
      refusal: "other-sheet",
      cell: "G12",
      picked: other,
    });
    // H14 holds the first indicator's 得分, a number.
    select(office, sheet, 13, 7);
    await expect(actions.pointOutHeader(sheet, "weight")).resolves.toMatchObject({
      ok: false,
      refusal: "number",
      cell: "H14",
    });
    expect(office.settings.savedValue(LAYOUT_KEY)).toBeNull();
    expect(office.counters().settingsSaves).toBe(0);
  });

  it("reads only the top-left cell of a large selection, in one sync", async () => {
    const { office, actions, sheet } = setUp();
    office.workbook.setSelection(office.workbook.sheetByName(sheet)!, {
      top: G12.row,
      left: G12.col,
      bottom: 100_000,
      right: G12.col,
    });
    office.resetCounters();
    const pointed = await actions.pointOutHeader(sheet, "weight");
    expect(pointed.ok).toBe(true);
    expect(office.counters().syncs).toBe(1);
    expect(office.counters().maxResponseBytes).toBeLessThan(2_000);
  });
});
