import {
  addressKey,
  MARK_FILLS,
  type Address,
  type Journal,
  type JournalEntry,
  type Scalar,
  type WritePlan,
} from "../core";
import { faultError, toFaultError } from "./faults";
import type { DocumentSettings, ExcelFeatures } from "./host";
import { mergeJournals, readSavedJournals, saveJournals } from "./journal-store";
import { typedValue } from "./typed-text";

/**
 * Applies write plans: one sync reads what the target cells hold, the journal is
 * stored with the document, then one sync writes. Cells already holding the
 * planned value or mark are left alone, so a second run writes nothing.
 */

/** A cell as read before writing (the journal's source). */
interface CellRead {
  plan: number;
  sheet: string;
  address: Address;
  range: Excel.Range;
}

interface CellChange {
  read: CellRead;
  value?: number | string;
  format?: string;
  fill?: string;
}

export interface ApplyOptions {
  features: ExcelFeatures;
  settings: DocumentSettings;
  /** ISO time stamped on journals. */
  now: () => string;
}

/** The fill a read reports, as the journal stores it: RRGGBB or null for none. */
export function fillOf(range: Excel.Range, features: ExcelFeatures): string | null {
  const fill = range.format.fill;
  if (features.fillPattern && fill.pattern === "None") return null;
  const color = fill.color;
  if (typeof color !== "string" || color === "") return null;
  const hex = color.replace(/^#/, "").toUpperCase();
  // Without ExcelApi 1.9 an unfilled cell reads as white: it is recorded as no fill.
  if (!features.fillPattern && hex === "FFFFFF") return null;
  return hex;
}

/** The journal entry for a cell as read. */
export function entryOf(read: CellRead, features: ExcelFeatures): JournalEntry {
  const raw: unknown = read.range.values[0]?.[0];
  const formula: unknown = read.range.formulas[0]?.[0];
  const format: unknown = read.range.numberFormat[0]?.[0];
  const isError = read.range.valueTypes[0]?.[0] === "Error";
  const entry: JournalEntry = {
    address: read.address,
    value: isError || raw === "" || raw === undefined ? null : (raw as Scalar),
    fill: fillOf(read.range, features),
  };
  // Range.values gives an error as its text: recorded apart so restore makes it an error again.
  if (isError) entry.error = String(raw);
  // A constant's `formulas` is its own text: text such as "=1+1" must be restored as text.
  if (typeof formula === "string" && formula.startsWith("=") && formula !== raw)
    entry.formula = formula;
  if (typeof format === "string") entry.format = format;
  return entry;
}

function sameValue(current: Scalar, planned: number | string): boolean {
  if (typeof current === "number" && typeof planned === "number") return current === planned;
  return current === planned;
}

/** Queues the read of one cell's value, formula, number format and fill. */
function queueCellRead(
  worksheet: Excel.Worksheet,
  address: Address,
  features: ExcelFeatures
): Excel.Range {
  const range = worksheet.getCell(address.row, address.col);
  range.load("values,formulas,numberFormat,valueTypes");
  if (features.fillPattern) range.format.fill.load("color,pattern");
  else range.format.fill.load("color");
  return range;
}

/** Queues the reads of every cell a plan writes or marks, and each sheet's protection. */
function queueReads(context: Excel.RequestContext, plans: WritePlan[], features: ExcelFeatures) {
  const sheets = new Map<string, Excel.Worksheet>();
  const reads = new Map<string, CellRead>();
  plans.forEach((plan, index) => {
    let sheet = sheets.get(plan.sheet);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(plan.sheet);
      sheet.protection.load("protected");
      sheets.set(plan.sheet, sheet);
    }
    for (const address of [
      ...plan.writes.map((w) => w.address),
      ...plan.marks.map((m) => m.address),
    ]) {
      const key = `${plan.sheet}\u0000${addressKey(address)}`;
      if (reads.has(key)) continue;
      reads.set(key, {
        plan: index,
        sheet: plan.sheet,
        address,
        range: queueCellRead(sheet, address, features),
      });
    }
  });
  return { sheets, reads };
}

/** The changes the plans make to the cells as read (nothing for cells already as planned). */
function planChanges(
  plans: WritePlan[],
  reads: Map<string, CellRead>,
  features: ExcelFeatures
): Map<string, CellChange> {
  const changes = new Map<string, CellChange>();
  const changeFor = (key: string, read: CellRead): CellChange => {
    const existing = changes.get(key);
    if (existing) return existing;
    const created: CellChange = { read };
    changes.set(key, created);
    return created;
  };
  for (const plan of plans) {
    for (const write of plan.writes) {
      const key = `${plan.sheet}\u0000${addressKey(write.address)}`;
      const read = reads.get(key);
      if (!read) continue;
      const current = entryOf(read, features);
      const formatDiffers = write.format !== undefined && write.format !== current.format;
      if (current.formula === undefined && sameValue(current.value, write.value) && !formatDiffers)
        continue;
      const change = changeFor(key, read);
      change.value = write.value;
      if (write.format !== undefined) change.format = write.format;
    }
    for (const mark of plan.marks) {
      const key = `${plan.sheet}\u0000${addressKey(mark.address)}`;
      const read = reads.get(key);
      if (!read) continue;
      const fill = MARK_FILLS[mark.severity];
      if (fillOf(read.range, features) === fill) continue;
      changeFor(key, read).fill = fill;
    }
  }
  return changes;
}

function queueWrites(changes: Iterable<CellChange>): void {
  for (const change of changes) {
    const { range } = change.read;
    if (change.format !== undefined) range.numberFormat = [[change.format]];
    if (change.value !== undefined) range.values = [[typedValue(change.value)]];
    if (change.fill !== undefined) range.format.fill.color = `#${change.fill}`;
  }
}

/** After a failed write, whether every changed cell still holds what the journal recorded. */
async function isUnchanged(
  context: Excel.RequestContext,
  recorded: { read: CellRead; entry: JournalEntry }[],
  features: ExcelFeatures
): Promise<boolean> {
  try {
    const again = recorded.map(({ read, entry }) => {
      const range = queueCellRead(
        context.workbook.worksheets.getItem(read.sheet),
        read.address,
        features
      );
      return { entry, read: { ...read, range } };
    });
    await context.sync();
    return again.every(
      ({ entry, read }) => JSON.stringify(entryOf(read, features)) === JSON.stringify(entry)
    );
  } catch {
    return false;
  }
}

/** Applies plans; returns one journal per plan, each recorded (and saved) before anything is written. */
export async function applyPlans(
  context: Excel.RequestContext,
  plans: WritePlan[],
  options: ApplyOptions
): Promise<Journal[]> {
  const { features, settings } = options;
  const single =
    plans.length > 0 && plans.every((p) => p.sheet === plans[0]?.sheet)
      ? plans[0]?.sheet
      : undefined;
  const { sheets, reads } = queueReads(context, plans, features);
  try {
    await context.sync();
  } catch (error) {
    throw toFaultError(error, {
      ...(single === undefined ? {} : { sheet: single }),
      outcome: "unchanged",
    });
  }
  const changes = planChanges(plans, reads, features);
  const at = options.now();
  const journals: Journal[] = plans.map((plan) => ({ sheet: plan.sheet, at, entries: [] }));
  // Recorded now: queuing the writes below updates the proxies' local values.
  const recorded = [...changes.values()].map((change) => ({
    read: change.read,
    entry: entryOf(change.read, features),
  }));
  for (const { read, entry } of recorded) journals[read.plan]?.entries.push(entry);
  if (changes.size === 0) return journals;

  for (const [name, sheet] of sheets) {
    const touched = [...changes.values()].some((c) => c.read.sheet === name);
    if (touched && sheet.protection.protected)
      throw faultError("protected", { sheet: name, outcome: "unchanged" }, "AccessDenied");
  }

  const saved = readSavedJournals(settings);
  await saveJournals(settings, mergeJournals(saved, journals));
  queueWrites(changes.values());
  try {
    await context.sync();
  } catch (error) {
    const unchanged = await isUnchanged(context, recorded, features);
    if (unchanged) await saveJournals(settings, saved).catch(() => undefined);
    throw toFaultError(error, {
      ...(single === undefined ? {} : { sheet: single }),
      outcome: unchanged ? "unchanged" : "journaled",
    });
  }
  return journals;
}
