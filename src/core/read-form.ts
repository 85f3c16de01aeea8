import type { Area } from "./grid";
import type { Form } from "./form";
import type { FormLocation } from "./locate";
import { mergeOf, type SheetView } from "./sheet-view";
import { readHeader } from "./read-header";
import { readFunds } from "./read-funds";
import { readGoals } from "./read-goals";
import { readIndicators, type IndicatorTable } from "./read-indicators";
import { readTotal } from "./read-total";

export interface ReadForm {
  form: Form;
  table: IndicatorTable | null;
}

/** Reads one located form into the typed model. */
export function readForm(view: SheetView, loc: FormLocation): ReadForm {
  const header = readHeader(view, loc);
  // "12月底前" needs the form's year to be a date.
  const table = readIndicators(view, loc, header.year);
  const total = readTotal(view, loc, table);
  const form: Form = {
    sheet: view.grid.sheet,
    range: formRange(view, loc, table),
    header,
    funds: readFunds(view, loc),
    goals: readGoals(view, loc),
    indicators: table?.rows ?? [],
    total,
  };
  return { form, table };
}

/** The rectangle a form covers: from its first anchor to its 总分 row, across its labelled columns. */
function formRange(view: SheetView, loc: FormLocation, table: IndicatorTable | null): Area {
  const anchorCells = Object.values(loc.anchors).map((l) => l.address);
  const cols = [...anchorCells.map((a) => a.col), ...Object.values(table?.columns ?? {})];
  const rows = anchorCells.map((a) => a.row);
  const lastIndicator = table?.rows[table.rows.length - 1]?.row;
  const left = Math.min(...cols);
  let right = Math.max(...cols);
  // Merged titles and names reach further right than any label.
  for (const a of anchorCells) {
    const m = mergeOf(view, a);
    if (m) right = Math.max(right, Math.min(m.right, view.area.right));
  }
  return {
    top: loc.top,
    left,
    bottom: Math.max(...rows, lastIndicator ?? loc.top, table?.headerRow ?? loc.top),
    right,
  };
}
