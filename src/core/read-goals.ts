import type { Goals } from "./form";
import type { FormLocation } from "./locate";
import { findLabelInRow, mergeOf, type SheetView } from "./sheet-view";
import { textField } from "./fields";

/** Reads 预期目标 and 实际完成情况: each text sits below its label (or right of it when on one row). */
export function readGoals(view: SheetView, loc: FormLocation): Goals | null {
  const goals = loc.anchors.goals;
  if (!goals) return null;
  for (let r = goals.address.row; r <= Math.min(loc.bottom, goals.address.row + 2); r++) {
    const expected = findLabelInRow(view, r, "expected");
    const achieved = findLabelInRow(view, r, "achieved");
    if (!expected || !achieved) continue;
    const below = (col: number) => {
      const m = mergeOf(view, { row: r, col });
      return { row: (m ? m.bottom : r) + 1, col };
    };
    return {
      expected: textField(view, below(expected.address.col)),
      actual: textField(view, below(achieved.address.col)),
    };
  }
  return null;
}
