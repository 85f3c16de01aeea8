import * as z from "zod/mini";
import { addressKey, type Journal, type JournalEntry, type JournalPart } from "../core";
import type { SettingsStore } from "./settings-store";

/**
 * The journals of the writes not yet restored, kept in the document's settings
 * so 恢复 works after the pane was closed and opened again. Every change re-reads the
 * record first (settings-store.ts): the pane and the ribbon keep separate copies.
 */

export const JOURNAL_SETTING = "selfeval.journals";

const Index = z.int().check(z.minimum(0));
const ScalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const EntrySchema = z.object({
  address: z.object({ row: Index, col: Index }),
  value: ScalarSchema,
  formula: z.optional(z.string()),
  error: z.optional(z.string()),
  format: z.optional(z.string()),
  fill: z.nullable(z.string()),
  findings: z.optional(z.array(z.string())),
  parts: z.optional(z.array(z.enum(["value", "format", "fill"]))),
});
const JournalSchema = z.object({
  sheet: z.string(),
  at: z.string(),
  entries: z.array(EntrySchema),
});
const StoredSchema = z.object({ version: z.literal(1), journals: z.array(JournalSchema) });

/** The journals in a stored value; anything unreadable counts as none (never a crash on a foreign document). */
export function journalsOf(raw: unknown): Journal[] {
  const parsed = StoredSchema.safeParse(raw);
  if (!parsed.success) return [];
  return parsed.data.journals.map((j) => ({
    sheet: j.sheet,
    at: j.at,
    entries: j.entries.map((e) => {
      const entry: Journal["entries"][number] = {
        address: e.address,
        value: e.value,
        fill: e.fill,
      };
      if (e.formula !== undefined) entry.formula = e.formula;
      if (e.error !== undefined) entry.error = e.error;
      if (e.format !== undefined) entry.format = e.format;
      if (e.findings !== undefined) entry.findings = e.findings;
      if (e.parts !== undefined) entry.parts = e.parts;
      return entry;
    }),
  }));
}

const ALL_PARTS: JournalPart[] = ["value", "format", "fill"];

/** The parts an entry records (all of them for a record made before parts were kept). */
export function partsOf(entry: JournalEntry): JournalPart[] {
  return entry.parts ?? ALL_PARTS;
}

/**
 * One entry for a cell recorded twice: the older entry's parts win (restore goes back to
 * before the first write); a part only the newer write set comes from the newer entry.
 */
function mergeEntry(older: JournalEntry, newer: JournalEntry): JournalEntry {
  const parts = partsOf(older);
  const added = partsOf(newer).filter((p) => !parts.includes(p));
  if (added.length === 0) return older;
  const merged: JournalEntry = { ...older, parts: [...parts, ...added] };
  if (added.includes("value")) {
    merged.value = newer.value;
    delete merged.formula;
    delete merged.error;
    if (newer.formula !== undefined) merged.formula = newer.formula;
    if (newer.error !== undefined) merged.error = newer.error;
  }
  if (added.includes("format")) {
    delete merged.format;
    if (newer.format !== undefined) merged.format = newer.format;
  }
  if (added.includes("fill")) merged.fill = newer.fill;
  const findings = [...new Set([...(older.findings ?? []), ...(newer.findings ?? [])])];
  if (findings.length > 0) merged.findings = findings;
  return merged;
}

/**
 * Adds fresh journals to the saved ones, one per sheet. For a cell already
 * recorded the older entry wins: restore goes back to before the first write.
 */
export function mergeJournals(saved: Journal[], fresh: Journal[]): Journal[] {
  const bySheet = new Map<string, Journal>();
  for (const journal of [...saved, ...fresh]) {
    if (journal.entries.length === 0) continue;
    const existing = bySheet.get(journal.sheet);
    if (!existing) {
      bySheet.set(journal.sheet, { ...journal, entries: [...journal.entries] });
      continue;
    }
    const index = new Map(existing.entries.map((e, i) => [addressKey(e.address), i]));
    for (const entry of journal.entries) {
      const at = index.get(addressKey(entry.address));
      if (at === undefined) existing.entries.push(entry);
      else existing.entries[at] = mergeEntry(existing.entries[at]!, entry);
    }
    existing.at = journal.at;
  }
  return [...bySheet.values()];
}

/** The saved journals without the cells of `restored`. */
export function withoutRestored(saved: Journal[], restored: Journal[]): Journal[] {
  const done = new Set(
    restored.flatMap((j) => j.entries.map((e) => `${j.sheet}\u0000${addressKey(e.address)}`))
  );
  return saved
    .map((j) => ({
      ...j,
      entries: j.entries.filter((e) => !done.has(`${j.sheet}\u0000${addressKey(e.address)}`)),
    }))
    .filter((j) => j.entries.length > 0);
}

/**
 * The most the journals may take in the document's settings, in bytes of JSON. Office fails to
 * save settings somewhere between 1 and 2 MB (the whole bag: journals, settings, layout hints);
 * a normal workbook's record is a few KB.
 */
export const JOURNAL_BUDGET_BYTES = 512 * 1024;

/** UTF-8 bytes of a value's JSON, counted by hand: EdgeHTML has no TextEncoder. */
function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair: one code point of four bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The journals within `budget`: the oldest entries of older writes are dropped first (journals
 * by time, entries in the order they were recorded); the entries of `fresh`, the write just
 * made, are kept even if they alone exceed it. Returns the number of entries dropped.
 */
export function boundJournals(
  journals: Journal[],
  fresh: Journal[],
  budget = JOURNAL_BUDGET_BYTES
): { journals: Journal[]; pruned: number } {
  if (jsonBytes(storedJournals(journals)) <= budget) return { journals, pruned: 0 };
  const keep = new Set(
    fresh.flatMap((j) => j.entries.map((e) => `${j.sheet}\u0000${addressKey(e.address)}`))
  );
  const copy = journals.map((j) => ({ ...j, entries: [...j.entries] }));
  const oldestFirst = [...copy].sort((a, b) => a.at.localeCompare(b.at));
  let size = jsonBytes(storedJournals(copy));
  let pruned = 0;
  for (const journal of oldestFirst) {
    let i = 0;
    while (size > budget && i < journal.entries.length) {
      const entry = journal.entries[i]!;
      if (keep.has(`${journal.sheet}\u0000${addressKey(entry.address)}`)) {
        i += 1;
        continue;
      }
      journal.entries.splice(i, 1);
      // An entry's share of the stored JSON, and its separating comma.
      size -= jsonBytes(entry) + 1;
      pruned += 1;
    }
    if (size <= budget) break;
  }
  return { journals: copy.filter((j) => j.entries.length > 0), pruned };
}

/** The stored value of some journals (null removes the key). */
function storedJournals(journals: Journal[]): unknown {
  return journals.length === 0 ? null : { version: 1, journals };
}

/** The journals of writes not yet restored, as the document holds them now. */
export async function readJournals(store: SettingsStore): Promise<Journal[]> {
  return journalsOf(await store.read(JOURNAL_SETTING));
}

/** Changes the saved journals in one read-modify-write; false when the save failed. */
async function changeJournals(
  store: SettingsStore,
  change: (saved: Journal[]) => Journal[]
): Promise<boolean> {
  try {
    await store.update(JOURNAL_SETTING, (raw) => storedJournals(change(journalsOf(raw))));
    return true;
  } catch {
    return false;
  }
}

/** What recording a write's journals did. */
export interface RecordOutcome {
  saved: boolean;
  /** Entries of older writes dropped to keep the record within JOURNAL_BUDGET_BYTES. */
  pruned: number;
}

/**
 * Adds fresh journals to the record the document holds now, which another runtime (the ribbon,
 * the pane) may have changed since this one last read it; older entries win. False when the
 * save failed: the store then keeps the record for this runtime until it is closed.
 */
export async function recordJournals(
  store: SettingsStore,
  fresh: Journal[],
  budget = JOURNAL_BUDGET_BYTES
): Promise<RecordOutcome> {
  let pruned = 0;
  const saved = await changeJournals(store, (record) => {
    const bounded = boundJournals(mergeJournals(record, fresh), fresh, budget);
    pruned = bounded.pruned;
    return bounded.journals;
  });
  return { saved, pruned };
}

/** Drops restored cells from the record the document holds now; false when the save failed. */
export function forgetRestored(store: SettingsStore, restored: Journal[]): Promise<boolean> {
  return changeJournals(store, (saved) => withoutRestored(saved, restored));
}
