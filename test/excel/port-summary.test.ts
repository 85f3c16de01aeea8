import {
  buildSummarySheet,
  MARK_FILLS,
  qualifiedA1,
  SHEET_COLUMNS,
  summarize,
  validateSheets,
  writeSummarySheet,
  type Grid,
} from "../../src/core";
import { ExcelFaultError } from "../../src/excel";
import { charactersToPoints } from "../../src/excel/insert-sheets";
import { countSyncs } from "../../bench/round-trips";
import { SUMMARY_SAMPLE_SHEETS, summarySample } from "../helpers/summary-sample";
import { setUp } from "./fake-port";

let grids: Grid[];
beforeAll(async () => {
  grids = await summarySample();
});

/** Validates every sheet and writes the summary, as the pane's 生成汇总表 does. */
async function generate(port: ReturnType<typeof setUp>["port"]) {
  const validated = await validateSheets(port, "all");
  return { validated, written: await writeSummarySheet(port, validated, "zh-CN") };
}

describe("Excel port: the 汇总表", () => {
  it("reads the workbook in the syncs of 校验全部工作表 and writes the summary in one more", async () => {
    const { office, port } = setUp(grids);
    const validateAll = await countSyncs(office, () => validateSheets(port, "all"));
    const summary = await countSyncs(office, () => generate(port));
    expect(validateAll.writes).toBe(0);
    expect(summary.reads).toBe(validateAll.reads);
    expect(summary.writes).toBe(1);
    expect(summary.syncs).toBe(validateAll.syncs + 1);
    // Generated again: the earlier summary is read with the rest and replaced in the same sync.
    const again = await countSyncs(office, () => generate(port));
    expect(again).toMatchObject({ reads: validateAll.reads, writes: 1 });
  });

  it("puts the summary first and shows it, formatted like the forms", async () => {
    const { office, port } = setUp(grids);
    const { written } = await generate(port);
    expect(written.sheet).toBe("汇总");
    const book = office.workbook;
    expect(book.sheets.map((s) => s.name)).toEqual(["汇总", ...grids.map((g) => g.sheet)]);
    const sheet = book.sheetByName("汇总")!;
    expect(book.activeSheet()).toBe(sheet);
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      // The column headings print again on every page.
      printTitleRows: { top: 2, left: 0, bottom: 2, right: SHEET_COLUMNS - 1 },
    });
    const spec = buildSummarySheet(written.summary, {
      lang: "zh-CN",
      files: false,
      links: true,
      name: "汇总",
    });
    expect(sheet.columnWidths.get(3)).toBe(charactersToPoints(spec.columnWidths[3]!));
    const header = book.cell(sheet, 2, 0)!;
    expect(header.font).toMatchObject({ name: "宋体", bold: true });
    expect(header.wrap).toBe(true);
    expect(header.borders).toMatchObject({ top: "Continuous", left: "Continuous" });
  });

  it("links each project to its form and shades the rows with errors", async () => {
    const { office, port } = setUp(grids);
    const { written } = await generate(port);
    const book = office.workbook;
    const sheet = book.sheetByName("汇总")!;
    written.summary.rows.forEach((row, i) => {
      const project = book.cell(sheet, 3 + i, 2)!;
      expect(project.value).toBe(row.project);
      expect(project.hyperlink).toEqual({
        documentReference: qualifiedA1(row.sheet, { row: row.range.top, col: 0 }),
        textToDisplay: row.project,
      });
      expect(project.font?.color).toBe("#0563C1");
      const fill = book.cell(sheet, 3 + i, 0)!.fill;
      expect(fill).toBe(row.errors > 0 ? MARK_FILLS.error : undefined);
    });
    const faulty = written.summary.rows.findIndex((r) => r.sheet === SUMMARY_SAMPLE_SHEETS.faulty);
    expect(book.cell(sheet, 3 + faulty, 0)!.fill).toBe(MARK_FILLS.error);
  });

  it("replaces only its own summary, where it stands, and leaves the user's 汇总 alone", async () => {
    const users: Grid = {
      sheet: "汇总",
      top: 0,
      left: 0,
      cells: [[{ value: "手工汇总" }]],
      merges: [],
    };
    const { office, port } = setUp([...grids.slice(0, 2), users, ...grids.slice(2)]);
    await generate(port);
    const book = office.workbook;
    const own = book.sheetByName("汇总 (2)")!;
    // The user moves the add-in's summary to the end; the next one takes its place there.
    book.moveSheet(own, book.sheets.length - 1);
    const { written } = await generate(port);
    expect(written.sheet).toBe("汇总 (2)");
    expect(book.sheets.filter((s) => s.name.startsWith("汇总")).map((s) => s.name)).toEqual([
      "汇总",
      "汇总 (2)",
    ]);
    expect(book.sheets[book.sheets.length - 1]!.name).toBe("汇总 (2)");
    expect(book.cell(book.sheetByName("汇总")!, 0, 0)!.value).toBe("手工汇总");
  });

  it("fails as sheet-missing, changing nothing, when its earlier summary went away meanwhile", async () => {
    const { office, port } = setUp(grids);
    await generate(port);
    const validated = await validateSheets(port, "all");
    const before = office.workbook.sheets.map((s) => s.name);
    // The user deletes the old summary between the read and the write.
    office.resetCounters();
    office.beforeSync(1, (book) => book.deleteSheet("汇总"));
    const failure = await writeSummarySheet(port, validated, "zh-CN").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExcelFaultError);
    expect((failure as ExcelFaultError).fault.kind).toBe("sheet-missing");
    expect(office.workbook.sheets.map((s) => s.name)).toEqual(before.slice(1));
  });

  it("writes nothing when no sheet holds a form", async () => {
    const { office, port } = setUp(grids.slice(-2));
    const { written } = await generate(port);
    expect(written.sheet).toBeNull();
    expect(written.summary.unread).toHaveLength(1);
    expect(office.workbook.sheets.map((s) => s.name)).toEqual(grids.slice(-2).map((g) => g.sheet));
  });

  it("refuses a summary too large for one request before sending anything", async () => {
    const { office, port } = setUp(grids.slice(0, 1));
    const validated = await validateSheets(port, "all");
    const huge = summarize([{ sheets: Array(6000).fill(validated[0]!) }]);
    const spec = buildSummarySheet(huge, {
      lang: "zh-CN",
      files: false,
      links: true,
      name: "汇总",
    });
    office.resetCounters();
    const failure = await port
      .placeSheet(spec, { position: 0, replaces: [] })
      .catch((e: unknown) => e);
    expect((failure as ExcelFaultError).fault).toMatchObject({
      kind: "payload-too-large",
      outcome: "unchanged",
    });
    expect(office.counters().syncs).toBe(0);
  });
});
