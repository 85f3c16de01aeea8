import type { Grade } from "./evaluation";
import type { Total } from "./form";
import type { FormLocation } from "./locate";
import type { IndicatorTable } from "./read-indicators";
import { numberField } from "./fields";
import { compactLabel } from "./normalize";
import { cellsRightOf, readText, type SheetView } from "./sheet-view";

/** A grade as forms write it: "优", "优秀", "良好", "中等", "较差", "等级：良", "自评等级:中". */
const GRADE_TEXT = /^(?:(?:自评)?等级:?)?(优|良|中|较?差)(?:秀|好|等)?$/;

/** The grade a text names, or null when it names none. */
export function gradeOfText(text: string): Grade | null {
  const m = GRADE_TEXT.exec(compactLabel(text));
  if (!m?.[1]) return null;
  return m[1].endsWith("差") ? "差" : (m[1] as Grade);
}

/** The first cell right of `col` on the 总分 row that names a grade. */
function gradeRightOf(view: SheetView, row: number, col: number): Total["grade"] {
  for (const address of cellsRightOf(view, { row, col })) {
    const text = readText(view, address);
    if (gradeOfText(text) !== null) return { text, address };
  }
  return null;
}

/** Reads the 总分 row: its 分值 and 得分 stand in the indicator table's columns, a grade beside them. */
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
  const scoreCol = table?.columns.score;
  return {
    label: label.address,
    weight: at(table?.columns.weight),
    score: at(scoreCol),
    grade: gradeRightOf(view, row, scoreCol ?? label.address.col),
  };
}
