import type { Grid } from "../../src/core";
import { openWorkbook, readGrid } from "../../src/xlsx";

import { SAMPLE_XLSX } from "./fixtures";

export { SAMPLE_XLSX };

/** The sample's sheets as grids, read by the product's own .xlsx reader. */
export async function loadSampleGrids(file = SAMPLE_XLSX): Promise<Grid[]> {
  const opened = await openWorkbook(file);
  if (!opened.ok) throw new Error(`cannot read ${file}: ${JSON.stringify(opened.problem)}`);
  const date1904 = opened.workbook.properties.date1904 ?? false;
  return opened.workbook.worksheets.map((ws) => readGrid(ws, date1904));
}

/**
 * A copy of a sample form with 全年执行数 8 (so 执行率 and the funds 得分 are now wrong) and
 * the first indicator's 得分 7: its plan writes four computed cells.
 */
export function damagedSample(
  sample: Grid,
  score: Grid["cells"][number][number] = { value: 7 }
): Grid {
  const grid = structuredClone(sample);
  const funds = grid.cells[5];
  const first = grid.cells[13];
  if (!funds || !first) throw new Error(`${sample.sheet} is not laid out as the sample forms`);
  funds[5] = { value: 8 };
  first[7] = score;
  return grid;
}
