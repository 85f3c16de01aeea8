import type { Journal, JournalEntry } from "../core";
import { toFaultError } from "./faults";
import type { DocumentSettings } from "./host";
import { readSavedJournals, saveJournals, withoutRestored } from "./journal-store";
import { typedValue } from "./typed-text";

/** Putting journaled cells back: everything (restore) or only their fills (clear marks), in one sync. */

function queueFill(range: Excel.Range, entry: JournalEntry): void {
  if (entry.fill === null) range.format.fill.clear();
  else range.format.fill.color = `#${entry.fill}`;
}

function queueEntry(range: Excel.Range, entry: JournalEntry): void {
  range.numberFormat = [[entry.format ?? "General"]];
  if (entry.formula !== undefined) range.formulas = [[entry.formula]];
  // An error constant is written as typed ("#N/A"), which Excel stores as the error again.
  else if (entry.error !== undefined) range.values = [[entry.error]];
  else range.values = [[typedValue(entry.value)]];
  queueFill(range, entry);
}

function singleSheet(journals: Journal[]): { sheet?: string } {
  const first = journals[0]?.sheet;
  return first !== undefined && journals.every((j) => j.sheet === first) ? { sheet: first } : {};
}

async function putBack(
  context: Excel.RequestContext,
  journals: Journal[],
  fillsOnly: boolean
): Promise<number> {
  let cells = 0;
  for (const journal of journals) {
    if (journal.entries.length === 0) continue;
    const worksheet = context.workbook.worksheets.getItem(journal.sheet);
    for (const entry of journal.entries) {
      const range = worksheet.getCell(entry.address.row, entry.address.col);
      if (fillsOnly) queueFill(range, entry);
      else queueEntry(range, entry);
      cells += 1;
    }
  }
  if (cells === 0) return 0;
  try {
    await context.sync();
  } catch (error) {
    throw toFaultError(error, { ...singleSheet(journals), outcome: "record-kept" });
  }
  return cells;
}

/** Restores values, formulas, number formats and fills; the restored cells leave the saved record. */
export async function restoreJournals(
  context: Excel.RequestContext,
  journals: Journal[],
  settings: DocumentSettings
): Promise<number> {
  const cells = await putBack(context, journals, false);
  if (cells > 0) {
    // The sheet is already restored; if dropping the record fails, it stays and 恢复 stays offered.
    await saveJournals(settings, withoutRestored(readSavedJournals(settings), journals)).catch(
      () => undefined
    );
  }
  return cells;
}

/** Puts back only the fills the journals recorded, leaving written values in place. */
export async function clearJournalMarks(
  context: Excel.RequestContext,
  journals: Journal[]
): Promise<number> {
  return putBack(context, journals, true);
}
