import {
  buildTemplate,
  specToGrid,
  TEMPLATE_COLUMN_WIDTHS,
  type Grid,
  type SheetSpec,
} from "../../src/core";
import {
  charactersToPoints,
  estimateSpecBytes,
  styleRectangles,
} from "../../src/excel/insert-sheets";
import { PAYLOAD_LIMIT_BYTES } from "../../dev/fake-office";
import { readGrids } from "./sample-grids";
import { setUp } from "./fake-port";

let samples: Grid[];
beforeAll(async () => {
  samples = await readGrids();
});

function specs(count: number): SheetSpec[] {
  return Array.from({ length: count }, (_, i) =>
    buildTemplate({
      name: `项目${i + 1}`,
      dept: "应急管理局",
      year: 2021,
      funds: { initial: 10, budget: 12, executed: 11 },
    })
  );
}

/** Compares what was read back with the spec: formulas by text (the fake does not calculate), other cells by value. */
function expectMatches(read: Grid, spec: SheetSpec): void {
  const expected = specToGrid(spec);
  for (const c of spec.cells) {
    const cell = read.cells[c.row - read.top]?.[c.col - read.left];
    const want = expected.cells[c.row]?.[c.col];
    if (c.formula !== undefined) expect(cell?.formula).toBe(c.formula);
    else expect(cell?.value ?? null).toEqual(want?.value ?? null);
    if (want?.format !== undefined) expect(cell?.format).toBe(want.format);
  }
  expect(read.merges).toEqual(
    [...expected.merges].sort((a, b) => a.top - b.top || a.left - b.left)
  );
}

describe("Excel port: inserting sheets from specs", () => {
  it("inserts 20 blank forms in at most 2 syncs, each request under 5 MB", async () => {
    const { office, port } = setUp(samples);
    const wanted = specs(20);
    const names = await port.insertSheets(wanted);
    expect(names).toEqual(wanted.map((s) => s.name));
    expect(office.counters().syncs).toBeLessThanOrEqual(2);
    expect(office.counters().maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const read = await port.readSheets(names);
    read.forEach((grid, i) => expectMatches(grid, wanted[i]!));
  });

  it("splits a large insertion into request-sized syncs", async () => {
    const { office, port } = setUp(samples);
    const wanted = specs(60);
    const names = await port.insertSheets(wanted);
    expect(names).toHaveLength(60);
    expect(office.workbook.sheets).toHaveLength(samples.length + 60);
    const { syncs, maxRequestBytes } = office.counters();
    expect(syncs).toBe(1 + Math.ceil((60 * estimateSpecBytes(wanted[0]!)) / 4_000_000));
    expect(maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it("applies widths, heights, fonts, borders, alignment, validation and print set-up", async () => {
    const { office, port } = setUp(samples);
    const [spec] = specs(1);
    await port.insertSheets([spec!]);
    const sheet = office.workbook.sheetByName(spec!.name)!;
    TEMPLATE_COLUMN_WIDTHS.forEach((w, c) =>
      expect(sheet.columnWidths.get(c)).toBe(charactersToPoints(w))
    );
    for (const [row, height] of Object.entries(spec!.rowHeights))
      expect(sheet.rowHeights.get(Number(row))).toBe(height);
    for (const c of spec!.cells) {
      const cell = office.workbook.cell(sheet, c.row, c.col);
      const style = c.style ?? {};
      if (style.font) expect(cell?.font?.name).toBe(style.font);
      if (style.bold !== undefined) expect(cell?.font?.bold).toBe(style.bold);
      if (style.fontSize !== undefined) expect(cell?.font?.size).toBe(style.fontSize);
      if (style.wrap !== undefined) expect(cell?.wrap).toBe(style.wrap);
      if (style.hAlign) expect(cell?.hAlign?.toLowerCase()).toBe(style.hAlign);
      if (style.border)
        expect(cell?.borders).toEqual({
          top: "Continuous",
          bottom: "Continuous",
          left: "Continuous",
          right: "Continuous",
        });
      if (style.fill) expect(cell?.fill).toBe(style.fill);
    }
    expect(sheet.validations).toHaveLength(spec!.validations.length);
    spec!.validations.forEach((v) => {
      const found = sheet.validations.find(
        (s) => JSON.stringify(s.area) === JSON.stringify(v.area)
      );
      if (v.type === "list") expect(found?.rule.list?.source).toBe(v.values.join(","));
      else expect(found?.rule.decimal?.formula1).toBe(v.min);
    });
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1 },
      printArea: spec!.print.printArea,
    });
  });

  it("makes names valid and unique against the workbook and each other", async () => {
    const { office, port } = setUp(samples);
    const base = specs(1)[0]!;
    const wanted = [
      samples[0]!.sheet,
      "2021/2022: 项目*",
      "history",
      samples[0]!.sheet.toUpperCase(),
      "x".repeat(40),
    ].map((name) => ({ ...base, name }));
    const names = await port.insertSheets(wanted);
    expect(names[0]).toBe(`${samples[0]!.sheet} (2)`);
    expect(names[1]).toBe("2021／2022： 项目＊");
    expect(names[2]).toBe("history (2)");
    expect(names[4]).toHaveLength(31);
    const keys = office.workbook.sheets.map((s) => s.name.toUpperCase());
    expect(new Set(keys).size).toBe(keys.length);
    for (const name of names) expect(name).not.toMatch(/[:\\/?*[\]]/);
  });

  it("skips data validation and print set-up on Excel without ExcelApi 1.8 and 1.9", async () => {
    const { office, port } = setUp(samples, { excelApi: "1.7" });
    const [spec] = specs(1);
    await port.insertSheets([spec!]);
    const sheet = office.workbook.sheetByName(spec!.name)!;
    expect(sheet.validations).toEqual([]);
    expect(sheet.pageLayout).toEqual({});
    expect(office.workbook.cell(sheet, 0, 0)?.value).toBe(spec!.cells[0]!.value);
  });

  it("groups equal styles into few rectangles", () => {
    const cells = [0, 1, 2].flatMap((row) =>
      [0, 1, 2, 3].map((col) => ({ row, col, key: col < 2 ? "a" : "b" }))
    );
    const rects = styleRectangles(cells);
    expect(rects.get("a")).toEqual([{ top: 0, left: 0, bottom: 2, right: 1 }]);
    expect(rects.get("b")).toEqual([{ top: 0, left: 2, bottom: 2, right: 3 }]);
  });
});
