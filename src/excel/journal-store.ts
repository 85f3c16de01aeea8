import * as z from "zod/mini";
import { addressKey, type Journal } from "../core";
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
      return entry;
    }),
  }));
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
    const known = new Set(existing.entries.map((e) => addressKey(e.address)));
    existing.entries.push(...journal.entries.filter((e) => !known.has(addressKey(e.address))));
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

/**
 * Adds fresh journals to the record the document holds now, which another runtime (the ribbon,
 * the pane) may have changed since this one last read it; older entries win. False when the
 * save failed: the store then keeps the record for this runtime until it is closed.
 */
export function recordJournals(store: SettingsStore, fresh: Journal[]): Promise<boolean> {
  return changeJournals(store, (saved) => mergeJournals(saved, fresh));
}

/** Drops restored cells from the record the document holds now; false when the save failed. */
export function forgetRestored(store: SettingsStore, restored: Journal[]): Promise<boolean> {
  return changeJournals(store, (saved) => withoutRestored(saved, restored));
}
