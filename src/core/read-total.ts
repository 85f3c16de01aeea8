import type { Total } from "./form";
import type { FormLocation } from "./locate";
import type { IndicatorTable } from "./read-indicators";
import { numberField } from "./fields";
import type { SheetView } from "./sheet-view";

/** Reads the 总分 row: its 分值 and 得分 stand in the indicator table's columns. */
export function readTotal(
  view: SheetView,
  loc: FormLocation,
  table: IndicatorTable | null
): Total | null {
  const label = loc.anchors.total;
  if (!label) return null;
  const row = label.address.row;
  const at = (col: number | undefined) =>
    col === undefined ? null : numberField(view, { row, col });
  return {
    label: label.address,
    weight: at(table?.columns.weight),
    score: at(table?.columns.score),
  };
}
