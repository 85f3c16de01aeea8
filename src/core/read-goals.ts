import type { Address } from "./grid";
import type { Goals, TextField } from "./form";
import type { FormLocation } from "./locate";
import {
  findLabelInRow,
  isLabelOf,
  mergeOf,
  ownerOf,
  readText,
  type SheetView,
} from "./sheet-view";
import { nextPartRow } from "./form-rows";

/** How many rows a goal's text may take ("为我县…" on one row and "为全县…" on the next). */
const TEXT_ROWS = 4;

/**
 * Reads 预期目标 and 实际完成情况 (or 年初设定目标 / 年度总体目标完成情况综述, 项目年度目标 /
 * 年度目标完成情况 …): each text stands under its label, over one or a few rows, or right of it
 * when the form puts label and text on one row.
 */
export function readGoals(view: SheetView, loc: FormLocation): Goals | null {
  const row = loc.goalsRow;
  if (row === undefined) return null;
  const expected = findLabelInRow(view, row, "expected");
  const achieved = expected
    ? view.labelsByRow
        .get(row)
        ?.find((l) => isLabelOf(l, "achieved") && l.address.col > expected.address.col)
    : undefined;
  if (!expected || !achieved) return null;
  const limit = nextPartRow(loc, row) - 1;
  return {
    expected: textOf(view, expected.address, achieved.address.col, limit),
    actual: textOf(view, achieved.address, view.area.right + 1, limit),
  };
}

/** The text under a label (joined over its rows), else right of it before `stopCol`. */
function textOf(view: SheetView, label: Address, stopCol: number, limit: number): TextField {
  const m = mergeOf(view, label);
  const first = (m ? m.bottom : label.row) + 1;
  const parts: string[] = [];
  let address: Address | null = null;
  let extent: string | null = null;
  for (let row = first; row <= Math.min(limit, first + TEXT_ROWS - 1); row++) {
    const owner = ownerOf(view, { row, col: label.col });
    // A text merged down over several rows is read once.
    if (owner.row < row) continue;
    if (view.labelsByRow.get(owner.row)?.some((l) => l.address.col === owner.col)) break;
    // A goal goes on over rows of the same width; a cell of another width (南充's
    // 项目实施内容及过程概述 across the whole form) is another field.
    const m = mergeOf(view, owner);
    const width = `${owner.col}:${m ? m.right : owner.col}`;
    if (extent !== null && width !== extent) break;
    const text = readText(view, owner);
    if (text === "") {
      if (parts.length > 0) break;
      continue;
    }
    address ??= owner;
    extent ??= width;
    parts.push(text);
  }
  if (address) return { text: parts.join("\n"), address };
  const right = (m ? m.right : label.col) + 1;
  if (right < stopCol) {
    const owner = ownerOf(view, { row: label.row, col: right });
    const text = readText(view, owner);
    if (text !== "") return { text, address: owner };
  }
  // Nothing under the label: point at the cell the text belongs in, or at the label itself
  // when that cell lies past the sheet's used range.
  if (first > view.area.bottom) return { text: "", address: label };
  return { text: "", address: ownerOf(view, { row: first, col: label.col }) };
}
