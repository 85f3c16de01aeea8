import path from "path";
import type { Grid } from "../../src/core";
import { openWorkbook, readGrid } from "../../src/xlsx";

/** The shared fixture: three real 2021 forms, one per sheet, mistakes included. */
export const SAMPLE_XLSX = path.resolve(__dirname, "../../../shared/fixtures/sample-2021.xlsx");

/** The sample's sheets as grids, read by the product's own .xlsx reader. */
export async function loadSampleGrids(file = SAMPLE_XLSX): Promise<Grid[]> {
  const opened = await openWorkbook(file);
  if (!opened.ok) throw new Error(`cannot read ${file}: ${JSON.stringify(opened.problem)}`);
  const date1904 = opened.workbook.properties.date1904 ?? false;
  return opened.workbook.worksheets.map((ws) => readGrid(ws, date1904));
}
