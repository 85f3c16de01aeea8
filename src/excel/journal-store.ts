import * as z from "zod/mini";
import { addressKey, type Journal } from "../core";
import type { DocumentSettings } from "./host";

/**
 * The journals of the writes not yet restored, kept in the document's settings
 * so 恢复 works after the pane was closed and opened again.
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

/** The saved journals; anything unreadable counts as none (never a crash on a foreign document). */
export function readSavedJournals(settings: DocumentSettings): Journal[] {
  const parsed = StoredSchema.safeParse(settings.get(JOURNAL_SETTING));
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

/** Sets a setting and stores it with the document; rejects with the Office error on failure. */
export function saveSetting(
  settings: DocumentSettings,
  name: string,
  value: unknown
): Promise<void> {
  if (value === null) settings.remove(name);
  else settings.set(name, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (String(result.status) === "failed") reject(result.error ?? new Error("saveAsync failed"));
      else resolve();
    });
  });
}

/**
 * Stores the journals with the document; false when the save failed. `set` has put
 * them in the add-in's in-memory copy of the settings either way, so until the add-in
 * is closed readSavedJournals still finds them (Office.Settings behaves so).
 */
export async function storeJournals(
  settings: DocumentSettings,
  journals: Journal[]
): Promise<boolean> {
  try {
    await saveSetting(
      settings,
      JOURNAL_SETTING,
      journals.length === 0 ? null : { version: 1, journals }
    );
    return true;
  } catch {
    return false;
  }
}

/** Adds fresh journals to the saved record (older entries win); false when the save failed. */
export function recordJournals(settings: DocumentSettings, fresh: Journal[]): Promise<boolean> {
  return storeJournals(settings, mergeJournals(readSavedJournals(settings), fresh));
}
