import type { Grid } from "../../src/core";
import { readGrids } from "./sample-grids";
import { manySheets, setUp } from "./fake-port";
import { expectSameCells } from "./same-cells";

let samples: Grid[];
beforeAll(async () => {
  samples = await readGrids();
});

describe("Excel port: reading", () => {
  it("reads each sample form by name in one sync, cell for cell as the .xlsx reader sees the file", async () => {
    for (const sample of samples) {
      const { office, port } = setUp(samples);
      const [grid] = await port.readSheets([sample.sheet]);
      expect(office.counters().syncs).toBe(1);
      expect(grid!.sheet).toBe(sample.sheet);
      expectSameCells(grid!, sample);
    }
  });

  it("reads the active sheet in one sync", async () => {
    const { office, port } = setUp(samples);
    office.workbook.activeSheetId = office.workbook.sheetByName(samples[2]!.sheet)!.id;
    const grid = await port.readActiveSheet();
    expect(grid.sheet).toBe(samples[2]!.sheet);
    expect(office.counters().syncs).toBe(1);
    expect(office.runOptions).toEqual([{ delayForCellEdit: true }]);
  });

  it.each([1, 10, 30, 50])("reads a workbook of %i sheets in at most 3 syncs", async (count) => {
    const grids = manySheets(samples, count);
    const { office, port } = setUp(grids);
    const read = await port.readSheets();
    expect(read.map((g) => g.sheet)).toEqual(grids.map((g) => g.sheet));
    read.forEach((grid, i) => expectSameCells(grid, grids[i]!));
    // Names, then every sheet's used range, window and merges: the budget is 3.
    expect(office.counters().syncs).toBe(2);
    expect(office.counters().runs).toBe(1);
  });

  it("lists sheet names in workbook order in one sync", async () => {
    const { office, port } = setUp(samples);
    expect(await port.sheetNames()).toEqual(samples.map((s) => s.sheet));
    expect(office.counters().syncs).toBe(1);
  });

  it("reads a form that does not start at A1 and runs past the first window", async () => {
    const sample = samples[0]!;
    const shifted: Grid = {
      ...sample,
      sheet: "下移",
      top: 3000,
      left: 30,
      merges: sample.merges.map((m) => ({
        top: m.top + 3000,
        left: m.left + 30,
        bottom: m.bottom + 3000,
        right: m.right + 30,
      })),
    };
    const { office, port } = setUp([shifted]);
    const [grid] = await port.readSheets(["下移"]);
    expect(grid!.sheet).toBe("下移");
    expectSameCells(grid!, shifted);
    expect(office.counters().syncs).toBe(2);
  });

  it("reads every merge of a block with many, not through the merged areas' address", async () => {
    // 40 two-cell merges in one block: their address is longer than Excel returns whole.
    const merges = Array.from({ length: 40 }, (_, i) => ({
      top: i,
      left: 0,
      bottom: i,
      right: 1,
    }));
    const grid: Grid = {
      sheet: "合并单元格很多的工作表",
      top: 0,
      left: 0,
      cells: merges.map((_, i) => [{ value: `行${i + 1}` }, { value: null }]),
      merges,
    };
    const { port } = setUp([grid]);
    const [read] = await port.readSheets([grid.sheet]);
    expect(read!.merges).toHaveLength(40);
    expectSameCells(read!, grid);
  });

  it("degrades to no merges below ExcelApi 1.13, still in one sync", async () => {
    const { office, port } = setUp(samples, { excelApi: "1.12" });
    const [grid] = await port.readSheets([samples[0]!.sheet]);
    expectSameCells(grid!, { ...samples[0]!, merges: [] });
    expect(office.counters().syncs).toBe(1);
  });

  it("reads error values as errors and empty cells as null", async () => {
    const grid: Grid = {
      sheet: "E",
      top: 0,
      left: 0,
      cells: [
        [{ value: null, error: "#DIV/0!", formula: "=1/0" }, { value: "x" }],
        [{ value: null }, { value: 0.95, format: "0.0%" }],
      ],
      merges: [],
    };
    const { port } = setUp([grid]);
    const [read] = await port.readSheets(["E"]);
    expect(read!.cells).toEqual(grid.cells);
  });
});
