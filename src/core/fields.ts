import type { Address } from "./grid";
import type { NumberField, TextField } from "./form";
import { parseNumberCell } from "./parse-number";
import { readCell, readText, ownerOf, type SheetView } from "./sheet-view";
import { cellText } from "./normalize";

/** A text field read at an address (merges resolved to their top-left). */
export function textField(view: SheetView, a: Address): TextField {
  return { text: readText(view, a), address: ownerOf(view, a) };
}

/** A number field: `value` null when blank, a dash, or not a number; `raw` keeps what was written. */
export function numberField(view: SheetView, a: Address): NumberField {
  const cell = readCell(view, a);
  const parsed = parseNumberCell(cell);
  return {
    value: parsed ? parsed.value : null,
    raw: cellText(cell).trim(),
    address: ownerOf(view, a),
    formula: cell.formula !== undefined,
    withUnit: typeof cell.value === "string" && /分\s*$/.test(cell.value),
  };
}
