import {
  addressKey,
  cellAt,
  MARK_FILLS,
  type Address,
  type Grid,
  type JournalEntry,
  type JournalPart,
  type Scalar,
  type WritePlan,
} from "../core";
import { holdsValue } from "./cell-state";
import { estimateCellRequest } from "./read-plan";

/** The cells a set of plans writes or marks, each with what it should hold afterwards. */

export interface WriteTarget {
  /** Index of the first plan that touches the cell: its journal records the cell. */
  plan: number;
  sheet: string;
  address: Address;
  value?: number | string;
  format?: string;
  /** The mark's fill, RRGGBB. */
  fill?: string;
  /** The value the plan saw in the cell (PlannedWrite.previous), set with `value`. */
  previous?: Scalar;
  /** Ids of the findings whose write or mark targets the cell, for the journal. */
  findings?: string[];
}

function noteFindings(target: WriteTarget, ids: readonly string[] | undefined): void {
  if (ids && ids.length > 0) target.findings = [...(target.findings ?? []), ...ids];
}

/** One target per cell, grouped by sheet in the order the plans name them. */
export function collectTargets(plans: WritePlan[]): WriteTarget[] {
  const bySheet = new Map<string, Map<string, WriteTarget>>();
  const targetFor = (plan: number, sheet: string, address: Address): WriteTarget => {
    let cells = bySheet.get(sheet);
    if (!cells) {
      cells = new Map();
      bySheet.set(sheet, cells);
    }
    const key = addressKey(address);
    let target = cells.get(key);
    if (!target) {
      target = { plan, sheet, address };
      cells.set(key, target);
    }
    return target;
  };
  plans.forEach((plan, index) => {
    for (const write of plan.writes) {
      const target = targetFor(index, plan.sheet, write.address);
      target.value = write.value;
      target.previous = write.previous;
      if (write.format !== undefined) target.format = write.format;
      noteFindings(target, write.findings);
    }
    for (const mark of plan.marks) {
      const target = targetFor(index, plan.sheet, mark.address);
      target.fill = MARK_FILLS[mark.severity];
      noteFindings(target, mark.findings);
    }
  });
  return [...bySheet.values()].flatMap((cells) => [...cells.values()]);
}

/** A journal entry of a target: the parts it writes, and the findings the change was made for. */
export function journaled(entry: JournalEntry, target: WriteTarget): JournalEntry {
  const parts: JournalPart[] = [];
  if (target.value !== undefined) parts.push("value");
  if (target.format !== undefined) parts.push("format");
  if (target.fill !== undefined) parts.push("fill");
  const recorded: JournalEntry = { ...entry, parts };
  if (target.findings) recorded.findings = [...target.findings];
  return recorded;
}

/** The request bytes a target's loads and writes take, estimated to split huge plans. */
export function estimateTargetBytes(target: WriteTarget): number {
  const writes =
    Number(target.value !== undefined) +
    Number(target.format !== undefined) +
    Number(target.fill !== undefined);
  const data = JSON.stringify(target.value ?? null) + (target.format ?? "");
  return estimateCellRequest(target.sheet, 2 + writes, data);
}

/** Whether a cell, as read, lacks something the target plans (so writing changes it). */
export function differsFromTarget(entry: JournalEntry, target: WriteTarget): boolean {
  return (
    (target.value !== undefined && !holdsValue(entry, target.value)) ||
    (target.format !== undefined && entry.format !== target.format) ||
    (target.fill !== undefined && entry.fill !== target.fill)
  );
}

/**
 * What the cell held before the write, as far as the validation snapshot tells: its
 * value, formula, error and number format when the snapshot agrees with the plan's
 * `previous`, else the plan's `previous` alone (format unknown: restore leaves it). The
 * snapshot has no fills, so the fill is taken as none. Undefined when nothing is known.
 */
export function snapshotEntry(
  target: WriteTarget,
  grid: Grid | undefined
): JournalEntry | undefined {
  const { address } = target;
  const cell = grid ? cellAt(grid, address.row, address.col) : undefined;
  if (cell && (target.value === undefined || cell.value === target.previous)) {
    const entry: JournalEntry = { address, value: cell.value, fill: null };
    if (cell.error !== undefined) entry.error = cell.error;
    if (cell.formula !== undefined) entry.formula = cell.formula;
    entry.format = cell.format ?? "General";
    return entry;
  }
  if (target.value === undefined) return undefined;
  return { address, value: target.previous ?? null, fill: null };
}
