import type { Journal, JournalEntry } from "../core";
import { worksheetsOf } from "./cell-state";
import { toFaultError } from "./faults";
import { forgetRestored, partsOf } from "./journal-store";
import { estimateCellRequest, packBySize, REQUEST_BUDGET } from "./read-plan";
import type { SettingsStore } from "./settings-store";
import { typedValue } from "./typed-text";

/** Putting journaled cells back: everything (restore) or only their fills (clear marks), in one sync. */

function queueFill(range: Excel.Range, entry: JournalEntry): void {
  if (entry.fill === null) range.format.fill.clear();
  else range.format.fill.color = `#${entry.fill}`;
}

/** Puts back the parts of a cell the write set; a part it did not set stays as it is now. */
function queueEntry(range: Excel.Range, entry: JournalEntry): void {
  const parts = partsOf(entry);
  // An entry without a format (one recovered without knowing it) leaves the format alone.
  if (parts.includes("format") && entry.format !== undefined) range.numberFormat = [[entry.format]];
  if (parts.includes("value")) {
    if (entry.formula !== undefined) range.formulas = [[entry.formula]];
    // An error constant is written as typed ("#N/A"), which Excel stores as the error again.
    else if (entry.error !== undefined) range.values = [[entry.error]];
    else range.values = [[typedValue(entry.value, entry.format)]];
  }
  if (parts.includes("fill")) queueFill(range, entry);
}

function singleSheet(journals: Journal[]): { sheet?: string } {
  const first = journals[0]?.sheet;
  return first !== undefined && journals.every((j) => j.sheet === first) ? { sheet: first } : {};
}

/** Request bytes of putting one entry back, estimated to split huge journals. */
function estimateEntryBytes(sheet: string, entry: JournalEntry, fillsOnly: boolean): number {
  if (fillsOnly) return estimateCellRequest(sheet, 1, "");
  const data = JSON.stringify(entry.value) + (entry.formula ?? "") + (entry.format ?? "");
  return estimateCellRequest(sheet, 3, data);
}

/** One sync for a normal journal; more only when thousands of cells exceed one request. */
async function putBack(
  context: Excel.RequestContext,
  journals: Journal[],
  fillsOnly: boolean
): Promise<number> {
  const cells = journals.flatMap((j) => j.entries.map((entry) => ({ sheet: j.sheet, entry })));
  const groups = packBySize(
    cells,
    (c) => estimateEntryBytes(c.sheet, c.entry, fillsOnly),
    REQUEST_BUDGET
  );
  for (const group of groups) {
    const worksheetOf = worksheetsOf(context);
    for (const { sheet, entry } of group) {
      const range = worksheetOf(sheet).getCell(entry.address.row, entry.address.col);
      if (fillsOnly) {
        if (partsOf(entry).includes("fill")) queueFill(range, entry);
      } else queueEntry(range, entry);
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB of request, not one per cell
      await context.sync();
    } catch (error) {
      throw toFaultError(error, { ...singleSheet(journals), outcome: "record-kept" });
    }
  }
  return cells.length;
}

/** Restores values, formulas, number formats and fills; the restored cells leave the saved record. */
export async function restoreJournals(
  context: Excel.RequestContext,
  journals: Journal[],
  store: SettingsStore
): Promise<number> {
  const cells = await putBack(context, journals, false);
  if (cells > 0) {
    // The sheet is already restored; if dropping the record fails, it stays and 恢复 stays offered.
    await forgetRestored(store, journals);
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
