import { parseReference, type Address, type Scalar } from "../core";
import { faultError } from "./faults";

/** The cell the user selected in Excel: the top-left cell of the selection. */
export interface SelectedCell {
  sheet: string;
  address: Address;
  value: Scalar;
}

/**
 * Reads the selection in one sync. Only its top-left cell is loaded, whatever the size of the
 * selection (a whole column selected must not bring a million values over); a merged header
 * selected by a click is an area whose top-left cell holds the label.
 */
export async function readSelectedCell(context: Excel.RequestContext): Promise<SelectedCell> {
  const range = context.workbook.getSelectedRange();
  range.load("address");
  const cell = range.getCell(0, 0);
  cell.load("values");
  await context.sync();
  const reference = parseReference(range.address);
  if (!reference?.sheet) throw faultError("selection-unreadable", { outcome: "unchanged" });
  const value = (cell.values[0]?.[0] ?? null) as Scalar;
  return {
    sheet: reference.sheet,
    address: { row: reference.area.top, col: reference.area.left },
    value: value === "" ? null : value,
  };
}
