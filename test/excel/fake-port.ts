import { createExcelPort, officeHost, type ExcelPort } from "../../src/excel";
import type { ReadBudget } from "../../src/excel/read-plan";
import {
  createFakeOffice,
  workbookFromGrids,
  type FakeOffice,
  type FakeOfficeOptions,
} from "../../dev/fake-office";
import type { Grid } from "../../src/core";

export const NOW = "2026-01-02T03:04:05.000Z";

/** The Excel port over a fake host, with a fixed clock. */
export function portOn(office: FakeOffice, budget?: Partial<ReadBudget>): ExcelPort {
  return createExcelPort({
    host: officeHost(office),
    now: () => NOW,
    ...(budget ? { budget } : {}),
  });
}

/** A fake host holding the grids, counters reset, and a port over it. */
export function setUp(
  grids: Grid[],
  options: Omit<FakeOfficeOptions, "workbook"> = {}
): { office: FakeOffice; port: ExcelPort } {
  const office = createFakeOffice({ ...options, workbook: workbookFromGrids(grids) });
  return { office, port: portOn(office) };
}

/** Copies of the sample grids under numbered names, to make workbooks of many sheets. */
export function manySheets(samples: Grid[], count: number): Grid[] {
  return Array.from({ length: count }, (_, i) => {
    const sample = samples[i % samples.length]!;
    return { ...sample, sheet: `表${i + 1}` };
  });
}
