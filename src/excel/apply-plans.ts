import { cellAt, type Grid, type Journal, type WritePlan } from "../core";
import { entryOf, queueCellRead, worksheetsOf } from "./cell-state";
import { faultError } from "./faults";
import { recordJournals } from "./journal-store";
import { packBySize, REQUEST_BUDGET } from "./read-plan";
import { typedValue } from "./typed-text";
import { recoverFailedWrite, type RecoveryOptions } from "./write-recovery";
import {
  collectTargets,
  differsFromTarget,
  estimateTargetBytes,
  journaled,
  type WriteTarget,
} from "./write-targets";

/**
 * Applies write plans in one sync. The batch first loads what every target cell holds
 * (value, formula, value type, number format, fill) and then writes; Office.js runs a
 * batch's commands in order, so the loads report the cells as they were before the
 * writes. After the sync the journal is built from them and saved with the document.
 */

export interface ApplyOptions extends RecoveryOptions {
  /** ISO time stamped on journals. */
  now: () => string;
}

/**
 * Queues the writes of every target, sheet by sheet, each on its own range proxy. A value is
 * typed for the format the cell will have: the planned one, else the one validation read.
 */
function queueWrites(
  targets: WriteTarget[],
  worksheetOf: (sheet: string) => Excel.Worksheet,
  snapshot: (sheet: string) => Grid | undefined
) {
  for (const target of targets) {
    const range = worksheetOf(target.sheet).getCell(target.address.row, target.address.col);
    if (target.format !== undefined) range.numberFormat = [[target.format]];
    if (target.value !== undefined) {
      const grid = snapshot(target.sheet);
      const format =
        target.format ?? (grid && cellAt(grid, target.address.row, target.address.col).format);
      range.values = [[typedValue(target.value, format)]];
    }
    if (target.fill !== undefined) range.format.fill.color = `#${target.fill}`;
  }
}

function singleSheet(targets: WriteTarget[]): { sheet?: string } {
  const first = targets[0]?.sheet;
  return first !== undefined && targets.every((t) => t.sheet === first) ? { sheet: first } : {};
}

/** One sync: the group's loads, then its writes; adds the cells it changed to the journals. */
async function writeGroup(
  context: Excel.RequestContext,
  group: WriteTarget[],
  journals: Journal[],
  options: ApplyOptions
): Promise<void> {
  const { features } = options;
  const worksheetOf = worksheetsOf(context);
  // The loads go first in the batch: they report the cells as they were before the writes.
  const reads = group.map((target) => ({
    target,
    range: queueCellRead(worksheetOf(target.sheet), target.address, features),
  }));
  queueWrites(group, worksheetOf, options.snapshot);
  try {
    await context.sync();
  } catch (error) {
    throw await recoverFailedWrite(context, error, group, journals, options);
  }
  for (const { target, range } of reads) {
    const entry = entryOf(range, target.address, features);
    if (differsFromTarget(entry, target))
      journals[target.plan]?.entries.push(journaled(entry, target));
  }
}

/**
 * Applies plans; returns one journal per plan with the cells the write changed.
 * Cells already as planned are written again (no change) and not journaled. One
 * sync, unless the plans are so large (thousands of cells) that the request must be
 * split under the payload limit.
 */
export async function applyPlans(
  context: Excel.RequestContext,
  plans: WritePlan[],
  options: ApplyOptions
): Promise<Journal[]> {
  const at = options.now();
  const journals: Journal[] = plans.map((plan) => ({ sheet: plan.sheet, at, entries: [] }));
  const targets = collectTargets(plans);
  for (const group of packBySize(targets, estimateTargetBytes, REQUEST_BUDGET)) {
    // One sync per 4 MB of request, not one per cell or sheet.
    await writeGroup(context, group, journals, options);
  }
  if (journals.every((j) => j.entries.length === 0)) return journals;
  const recorded = await recordJournals(options.store, journals, options.journalBudget);
  options.onJournalPruned?.(recorded.pruned);
  if (!recorded.saved) {
    throw faultError(
      "journal-unsaved",
      { ...singleSheet(targets), outcome: "written-unsaved" },
      "SettingsSaveFailed"
    );
  }
  return journals;
}
