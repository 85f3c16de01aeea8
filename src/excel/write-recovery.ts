import type { Grid, Journal, JournalEntry } from "../core";
import { entryOf, holdsValue, queueCellRead, sameContent } from "./cell-state";
import {
  ExcelFaultError,
  faultError,
  kindOfCode,
  officeErrorCode,
  type ExcelFaultKind,
  type FaultDetails,
} from "./faults";
import type { ExcelFeatures } from "./host";
import { recordJournals } from "./journal-store";
import type { SettingsStore } from "./settings-store";
import { journaled, snapshotEntry, type WriteTarget } from "./write-targets";

/**
 * After the write sync failed. Office.js batches are not atomic, so some of the writes
 * may have been applied, and the journal loads of that sync delivered nothing. One
 * more sync reads the target cells again; a cell that now holds what was planned is
 * taken as changed, and what it held before comes from the validation snapshot (the
 * plan's `previous` and the grid's formats). That record is saved, and the fault says
 * what happened to the sheet.
 */

export interface RecoveryOptions {
  features: ExcelFeatures;
  /** Where the journals are kept (the document settings). */
  store: SettingsStore;
  /** Bytes the saved journals may take (journal-store.ts's JOURNAL_BUDGET_BYTES by default). */
  journalBudget?: number;
  /** Told how many entries of older writes were dropped to keep the record within budget. */
  onJournalPruned?: (entries: number) => void;
  /** The grid the plans were made from, when the shell read the sheet. */
  snapshot: (sheet: string) => Grid | undefined;
}

interface Reread {
  /** Per target, the cell as it is now; null when its sheet is gone. */
  entries: (JournalEntry | null)[];
  protectedSheets: string[];
  missingSheets: string[];
}

async function readTargets(
  context: Excel.RequestContext,
  targets: WriteTarget[],
  features: ExcelFeatures,
  sheets: string[]
): Promise<Reread> {
  const worksheets = new Map(
    sheets.map((name) => {
      const worksheet = context.workbook.worksheets.getItem(name);
      worksheet.protection.load("protected");
      return [name, worksheet] as const;
    })
  );
  const ranges = targets.map((t) => {
    const worksheet = worksheets.get(t.sheet);
    return worksheet ? queueCellRead(worksheet, t.address, features) : null;
  });
  if (worksheets.size > 0) await context.sync();
  return {
    entries: targets.map((t, i) => {
      const range = ranges[i];
      return range ? entryOf(range, t.address, features) : null;
    }),
    protectedSheets: [...worksheets].filter(([, w]) => w.protection.protected).map(([n]) => n),
    missingSheets: [],
  };
}

/** The target cells as they are now: one sync, or three when a sheet has gone meanwhile. */
async function rereadTargets(
  context: Excel.RequestContext,
  targets: WriteTarget[],
  features: ExcelFeatures
): Promise<Reread> {
  const sheets = [...new Set(targets.map((t) => t.sheet))];
  try {
    return await readTargets(context, targets, features, sheets);
  } catch (error) {
    if (officeErrorCode(error) !== "ItemNotFound") throw error;
  }
  const probes = sheets.map(
    (name) => [name, context.workbook.worksheets.getItemOrNullObject(name)] as const
  );
  await context.sync();
  const present = probes.filter(([, w]) => !w.isNullObject).map(([name]) => name);
  const reread = await readTargets(context, targets, features, present);
  return { ...reread, missingSheets: sheets.filter((name) => !present.includes(name)) };
}

/**
 * What a cell held before a write that failed part way: what it holds now, except where
 * it now holds what was planned; there, what the snapshot knew. Null when unchanged.
 */
export function recoveredEntry(
  current: JournalEntry,
  target: WriteTarget,
  known: JournalEntry | undefined
): JournalEntry | null {
  const before: JournalEntry = { ...current };
  if (known && target.value !== undefined && holdsValue(current, target.value)) {
    before.value = known.value;
    delete before.formula;
    delete before.error;
    if (known.formula !== undefined) before.formula = known.formula;
    if (known.error !== undefined) before.error = known.error;
  }
  if (target.format !== undefined && current.format === target.format && known?.format)
    before.format = known.format;
  if (target.fill !== undefined && current.fill === target.fill) before.fill = known?.fill ?? null;
  return sameContent(before, current) ? null : before;
}

/**
 * What to call the failure. Excel documents no error code for a write to a locked cell, so a
 * sheet counts as protected when the read after the failure says so (`protection.protected`),
 * whatever the code; AccessDenied on sheets that are not protected is reported as it is.
 */
function failureKind(code: string | undefined, reread: Reread | null): ExcelFaultKind {
  const byCode = kindOfCode(code);
  if (reread === null) return byCode;
  const specific = byCode === "cell-edit" || byCode === "sheet-missing";
  if (reread.protectedSheets.length > 0 && !specific) return "protected";
  return byCode === "protected" ? "unknown" : byCode;
}

function sheetToName(sheets: string[], kind: ExcelFaultKind, reread: Reread | null) {
  if (sheets.length === 1) return sheets[0];
  if (kind === "protected") return reread?.protectedSheets[0];
  if (kind === "sheet-missing") return reread?.missingSheets[0];
  return undefined;
}

/** Finds and records what a failed write sync changed; returns the fault to throw. */
export async function recoverFailedWrite(
  context: Excel.RequestContext,
  error: unknown,
  targets: WriteTarget[],
  journals: Journal[],
  options: RecoveryOptions
): Promise<ExcelFaultError> {
  let reread: Reread | null;
  try {
    reread = await rereadTargets(context, targets, options.features);
  } catch {
    reread = null;
  }
  targets.forEach((target, i) => {
    const known = snapshotEntry(target, options.snapshot(target.sheet));
    // Unknown state (the second read failed too): record what the snapshot knew of every target.
    const current = reread === null ? undefined : reread.entries[i];
    const entry = current === undefined ? known : current && recoveredEntry(current, target, known);
    if (entry) journals[target.plan]?.entries.push(journaled(entry, target));
  });
  const sheets = [...new Set(targets.map((t) => t.sheet))];
  const code = officeErrorCode(error);
  const kind = failureKind(code, reread);
  const sheet = sheetToName(sheets, kind, reread);
  const details: FaultDetails = sheet === undefined ? {} : { sheet };
  const fault = (): ExcelFaultError =>
    error instanceof ExcelFaultError ? error : faultError(kind, details, code, error);
  if (journals.every((j) => j.entries.length === 0)) {
    if (reread !== null) details.outcome = "unchanged";
    return fault();
  }
  const { saved, pruned } = await recordJournals(options.store, journals, options.journalBudget);
  options.onJournalPruned?.(pruned);
  details.outcome = saved ? "journaled" : "journaled-unsaved";
  return fault();
}
