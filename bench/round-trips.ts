import { buildTemplate, type Grid, type SheetSpec } from "../src/core";
import { createExcelPort, officeHost } from "../src/excel";
import { applyEvaluations, validateSheets, writeSummarySheet } from "../src/core";
import {
  createFakeOffice,
  workbookFromGrids,
  workbookSnapshot,
  type FakeOffice,
} from "../dev/fake-office";

/**
 * Office round trips as the fake host counts them. Each sync is classed as a write when the
 * workbook differs after it, else as a read, by snapshotting the workbook around every sync.
 */

export interface SyncCount {
  syncs: number;
  reads: number;
  writes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export interface RoundTrips {
  /** Per sample sheet: validating it (reading) and writing its plans. */
  oneSheet: { sheet: string; validate: SyncCount; write: SyncCount; restore: SyncCount }[];
  /** Validating every sheet and writing every plan, by number of sheets. */
  workbook: { sheets: number; validate: SyncCount; write: SyncCount }[];
  /** Inserting template sheets, by number of sheets. */
  insert: { sheets: number; count: SyncCount }[];
  /**
   * 生成汇总表 by number of forms: 校验全部工作表 alone, the summary generated (every sheet
   * read, the summary written); then, the summary in the workbook, 校验全部工作表 and the
   * summary generated again (the earlier one replaced).
   */
  summary: {
    sheets: number;
    validate: SyncCount;
    generate: SyncCount;
    validateAgain: SyncCount;
    again: SyncCount;
  }[];
}

const FIXED_NOW = "2021-12-31T00:00:00.000Z";
const WATCHED_SYNCS = 64;

/** A fake host holding the grids and a port over it. */
function hostOf(grids: Grid[]): { office: FakeOffice; port: ReturnType<typeof createExcelPort> } {
  const office = createFakeOffice({ workbook: workbookFromGrids(grids) });
  return { office, port: createExcelPort({ host: officeHost(office), now: () => FIXED_NOW }) };
}

/** Counts the syncs `action` makes on a freshly reset host, reads and writes apart. */
export async function countSyncs(
  office: FakeOffice,
  action: () => Promise<unknown>
): Promise<SyncCount> {
  office.resetCounters();
  const before: string[] = [];
  for (let sync = 1; sync <= WATCHED_SYNCS; sync += 1)
    office.beforeSync(sync, (workbook) => {
      before[sync] = JSON.stringify(workbookSnapshot(workbook));
    });
  await action();
  const counters = office.counters();
  const after = JSON.stringify(workbookSnapshot(office.workbook));
  let writes = 0;
  for (let sync = 1; sync <= counters.syncs; sync += 1) {
    const next = sync < counters.syncs ? before[sync + 1] : after;
    if (before[sync] !== next) writes += 1;
  }
  office.resetCounters();
  return {
    syncs: counters.syncs,
    reads: counters.syncs - writes,
    writes,
    maxRequestBytes: counters.maxRequestBytes,
    maxResponseBytes: counters.maxResponseBytes,
  };
}

/** Copies of the grids under numbered names, to make workbooks of many sheets. */
export function repeatSheets(samples: Grid[], count: number): Grid[] {
  return Array.from({ length: count }, (_, i) => ({
    ...structuredClone(samples[i % samples.length]!),
    sheet: `表${i + 1}`,
  }));
}

/** `count` blank forms from the product's template. */
export function templateSpecs(count: number): SheetSpec[] {
  return Array.from({ length: count }, (_, i) =>
    buildTemplate({
      name: `项目${i + 1}`,
      dept: "应急管理局",
      year: 2021,
      funds: { initial: 10, budget: 12, executed: 11 },
    })
  );
}

/** Measures every round-trip figure of issues 8 and 18 on the given sample forms. */
export async function measureRoundTrips(
  samples: Grid[],
  workbookSizes = [1, 10, 50],
  insertSizes = [1, 20]
): Promise<RoundTrips> {
  const oneSheet: RoundTrips["oneSheet"] = [];
  for (const sample of samples) {
    const { office, port } = hostOf(samples.map((g) => structuredClone(g)));
    office.workbook.activeSheetId = office.workbook.sheetByName(sample.sheet)!.id;
    let evaluations: Awaited<ReturnType<typeof validateSheets>> = [];
    const validate = await countSyncs(office, async () => {
      evaluations = await validateSheets(port, "active");
    });
    const write = await countSyncs(office, () =>
      applyEvaluations(
        port,
        evaluations.flatMap((v) => v.evaluations)
      )
    );
    const restore = await countSyncs(office, () => port.restoreSaved());
    oneSheet.push({ sheet: sample.sheet, validate, write, restore });
  }

  const workbook: RoundTrips["workbook"] = [];
  for (const sheets of workbookSizes) {
    const { office, port } = hostOf(repeatSheets(samples, sheets));
    let evaluations: Awaited<ReturnType<typeof validateSheets>> = [];
    const validate = await countSyncs(office, async () => {
      evaluations = await validateSheets(port, "all");
    });
    const write = await countSyncs(office, () =>
      applyEvaluations(
        port,
        evaluations.flatMap((v) => v.evaluations)
      )
    );
    workbook.push({ sheets, validate, write });
  }

  const insert: RoundTrips["insert"] = [];
  for (const sheets of insertSizes) {
    const { office, port } = hostOf(samples.map((g) => structuredClone(g)));
    insert.push({
      sheets,
      count: await countSyncs(office, () => port.insertSheets(templateSpecs(sheets))),
    });
  }
  const summary: RoundTrips["summary"] = [];
  for (const sheets of workbookSizes) {
    const { office, port } = hostOf(repeatSheets(samples, sheets));
    const generate = async () =>
      writeSummarySheet(port, await validateSheets(port, "all"), "zh-CN");
    const validateAll = () => validateSheets(port, "all");
    summary.push({
      sheets,
      validate: await countSyncs(office, validateAll),
      generate: await countSyncs(office, generate),
      validateAgain: await countSyncs(office, validateAll),
      again: await countSyncs(office, generate),
    });
  }
  return { oneSheet, workbook, insert, summary };
}
