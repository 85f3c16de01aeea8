import JSZip from "jszip";
import {
  MARK_FILLS,
  validateSheets,
  writeSummarySheet,
  type Grid,
  type Summary,
} from "../../src/core";
import { readGrid, XlsxWorkbookPort } from "../../src/xlsx";
import { SUMMARY_SAMPLE_SHEETS, summarySample } from "../helpers/summary-sample";
import { portOverGrids, reopen } from "./workbook-builder";

let grids: Grid[];
beforeAll(async () => {
  grids = await summarySample();
});

/** The summary written into the forms' own workbook, saved, and opened again. */
async function written(
  sheets: Grid[]
): Promise<{ port: XlsxWorkbookPort; summary: Summary; bytes: Buffer }> {
  const port = await portOverGrids(sheets);
  const { summary } = await writeSummarySheet(port, await validateSheets(port, "all"), "zh-CN");
  const bytes = Buffer.from(await port.workbook.xlsx.writeBuffer());
  return { port: new XlsxWorkbookPort(await reopen(port.workbook)), summary, bytes };
}

describe("the .xlsx port: the 汇总表", () => {
  it("saves the summary first, the file opening on it alone", async () => {
    const { port, bytes } = await written(grids);
    expect(await port.sheetNames()).toEqual(["汇总", ...grids.map((g) => g.sheet)]);
    expect(port.workbook.views[0]?.activeTab).toBe(0);
    const zip = await JSZip.loadAsync(bytes);
    const selected: string[] = [];
    for (const name of Object.keys(zip.files).filter((n) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(n)
    ))
      if ((await zip.files[name]!.async("string")).includes('tabSelected="1"')) selected.push(name);
    expect(selected).toHaveLength(1);
  });

  it("links each project by a HYPERLINK formula that shows the name, and shades the rows with errors", async () => {
    const { port, summary } = await written(grids);
    const sheet = port.workbook.getWorksheet("汇总")!;
    summary.rows.forEach((row, i) => {
      const cell = sheet.getCell(4 + i, 3);
      expect(cell.formula).toMatch(/^HYPERLINK\("#'?.+'?!A\d+",".+"\)$/);
      expect(cell.formula).toContain(`"${row.project}"`);
      expect(cell.font.color?.argb).toBe("FF0563C1");
      const fill = sheet.getCell(4 + i, 1).fill;
      if (row.errors > 0)
        expect(fill).toMatchObject({ fgColor: { argb: `FF${MARK_FILLS.error}` } });
      else expect(fill?.type === "pattern" && fill.pattern === "solid").toBe(false);
    });
    const grid = readGrid(sheet, false);
    const faulty = summary.rows.find((r) => r.sheet === SUMMARY_SAMPLE_SHEETS.faulty)!;
    expect(grid.cells.some((row) => row[2]?.value === faulty.project)).toBe(true);
  });

  it("prints A4 landscape, one page wide, over the table and its notes, the headings on every page", async () => {
    const { port } = await written(grids);
    const setup = port.workbook.getWorksheet("汇总")!.pageSetup;
    expect(setup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
    expect(setup.printArea).toMatch(/^A\$?1:[A-Z]+\$?\d+$/);
  });

  it("replaces its own summary when generated again on the saved file", async () => {
    const first = await written(grids.slice(0, 3));
    const again = await writeSummarySheet(
      first.port,
      await validateSheets(first.port, "all"),
      "zh-CN"
    );
    expect(again.sheet).toBe("汇总");
    expect(await first.port.sheetNames()).toEqual([
      "汇总",
      ...grids.slice(0, 3).map((g) => g.sheet),
    ]);
  });
});
