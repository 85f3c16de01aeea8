import type { Grid } from "../src/core";
import { createExcelPort, officeHost } from "../src/excel";
import { applyEvaluations, validateSheets } from "../src/core";
import { createFakeOffice, PAYLOAD_LIMIT_BYTES, workbookFromGrids } from "../dev/fake-office";
import { stackForms } from "./synthetic";

/**
 * One sheet of at least 50,000 used rows (the sample forms stacked), validated and written
 * through the fake host, which sizes every request and response as Excel on the web would.
 */

export interface LargeSheet {
  rows: number;
  /** Forms stacked on the sheet, and forms the validation found. */
  stacked: number;
  forms: number;
  readSyncs: number;
  writeSyncs: number;
  /** Largest request and response of any sync, in bytes. */
  maxRequestBytes: number;
  maxResponseBytes: number;
  limitBytes: number;
  validateMs: number;
  writeMs: number;
  /** What went wrong, when the validation or the write did not complete. */
  error: string | null;
}

export const LARGE_ROWS = 50_000;

/** The sample forms stacked until the sheet has at least `rows` rows. */
export function largeSheet(samples: Grid[], rows = LARGE_ROWS): { grid: Grid; forms: number } {
  const perForm = samples.reduce((n, g) => n + g.cells.length, 0) / samples.length + 2;
  let forms = Math.ceil(rows / perForm);
  let grid = stackForms(samples, forms, "大表");
  while (grid.cells.length < rows) grid = stackForms(samples, (forms += 1), "大表");
  return { grid, forms };
}

/** Validates the large sheet as the active sheet, then writes its plans. */
export async function measureLargeSheet(samples: Grid[]): Promise<LargeSheet> {
  const { grid, forms: stacked } = largeSheet(samples);
  const office = createFakeOffice({ workbook: workbookFromGrids([grid]) });
  const port = createExcelPort({ host: officeHost(office) });
  const result: LargeSheet = {
    rows: grid.cells.length,
    stacked,
    forms: 0,
    readSyncs: 0,
    writeSyncs: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    limitBytes: PAYLOAD_LIMIT_BYTES,
    validateMs: 0,
    writeMs: 0,
    error: null,
  };
  const note = () => {
    const c = office.counters();
    result.maxRequestBytes = Math.max(result.maxRequestBytes, c.maxRequestBytes);
    result.maxResponseBytes = Math.max(result.maxResponseBytes, c.maxResponseBytes);
    return c.syncs;
  };
  try {
    office.resetCounters();
    let start = performance.now();
    const [validated] = await validateSheets(port, "active");
    result.validateMs = performance.now() - start;
    result.readSyncs = note();
    const evaluations = validated?.evaluations ?? [];
    result.forms = evaluations.filter((e) => e.form !== null).length;
    office.resetCounters();
    start = performance.now();
    await applyEvaluations(port, evaluations);
    result.writeMs = performance.now() - start;
    result.writeSyncs = note();
  } catch (error) {
    note();
    result.error = error instanceof Error ? error.message : String(error);
  }
  return result;
}
