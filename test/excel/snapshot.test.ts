import { createFakeOffice, workbookFromGrids, type FakeOffice } from "../../dev/fake-office";
import { snapshotSheets } from "../../src/excel/snapshot";
import type { Grid } from "../../src/core";
import { readGrids } from "./sample-grids";
import { expectSameCells } from "./same-cells";

let samples: Grid[];
beforeAll(async () => {
  samples = await readGrids();
});

function hostWith(grids: Grid[], excelApi?: string): FakeOffice {
  const office = createFakeOffice({
    workbook: workbookFromGrids(grids),
    ...(excelApi ? { excelApi } : {}),
  });
  return office;
}

describe("snapshotSheets", () => {
  it("reads the active sample form in one sync, with values, formats and merges", async () => {
    const office = hostWith(samples);
    const grids = await office.Excel.run((context) =>
      snapshotSheets(context, "active", { merges: true })
    );
    expect(office.counters().syncs).toBe(1);
    expect(grids).toHaveLength(1);
    const [grid] = grids;
    const sample = samples[0]!;
    expect(grid!.sheet).toBe(sample.sheet);
    expect(grid!.merges.length).toBeGreaterThan(0);
    expectSameCells(grid!, sample);
  });
});
