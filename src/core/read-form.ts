import type { Area } from "./grid";
import type { Form, UsedLabel } from "./form";
import type { FormLocation } from "./locate";
import { toA1 } from "./address";
import { mergeOf, type LabelCell, type SheetView } from "./sheet-view";
import type { FieldKey } from "./label-dictionary";
import { readHeader } from "./read-header";
import { readFunds, type FundsTable } from "./read-funds";
import { readGoals } from "./read-goals";
import { readIndicators, type IndicatorTable } from "./read-indicators";
import { readTotal } from "./read-total";
import { findLabelInRow } from "./sheet-view";

export interface ReadForm {
  form: Form;
  table: IndicatorTable | null;
  funds: FundsTable | null;
}

/** Reads one located form into the typed model. */
export function readForm(view: SheetView, loc: FormLocation): ReadForm {
  const header = readHeader(view, loc);
  // "12月底前" needs the form's year to be a date.
  const table = readIndicators(view, loc, header.year);
  const total = readTotal(view, loc, table);
  const funds = readFunds(view, loc);
  const form: Form = {
    sheet: view.grid.sheet,
    range: formRange(view, loc, table),
    layout: usedLabels(view, loc, table, funds.table),
    header,
    funds: funds.funds,
    goals: readGoals(view, loc),
    indicators: table?.rows ?? [],
    total,
  };
  return { form, table, funds: funds.table };
}

/** The labels the reader went by, as the field it read each one as (the layout report). */
function usedLabels(
  view: SheetView,
  loc: FormLocation,
  table: IndicatorTable | null,
  funds: FundsTable | null
): UsedLabel[] {
  const used: UsedLabel[] = [];
  const seen = new Set<string>();
  const add = (field: FieldKey, label: LabelCell | undefined | null) => {
    if (!label) return;
    const cell = toA1(label.address);
    if (seen.has(`${field}@${cell}`)) return;
    seen.add(`${field}@${cell}`);
    used.push({ field, text: label.compact, cell });
  };
  const a = loc.anchors;
  add("title", a.title);
  add("yearLine", loc.yearLine);
  add("name", a.header);
  if (a.header)
    for (let r = a.header.address.row; r <= Math.min(loc.bottom, a.header.address.row + 3); r++) {
      add("dept", findLabelInRow(view, r, "dept"));
      add("unit", findLabelInRow(view, r, "unit"));
    }
  if (a.funds?.keys.includes("fundsBlock")) add("fundsBlock", a.funds);
  for (const [field, choice] of Object.entries(funds?.band?.columns ?? {}))
    add(field as FieldKey, choice.label);
  if (a.goals?.keys.includes("goalsBlock")) add("goalsBlock", a.goals);
  if (loc.goalsRow !== undefined) {
    const expected = findLabelInRow(view, loc.goalsRow, "expected");
    add("expected", expected);
    add(
      "achieved",
      expected && findLabelInRow(view, loc.goalsRow, "achieved", expected.address.col + 1)
    );
  }
  add("indicatorsBlock", loc.indicatorsBlock);
  for (const [field, choice] of Object.entries(table?.band.columns ?? {}))
    add(field as FieldKey, choice.label);
  add("total", a.total);
  return used;
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
