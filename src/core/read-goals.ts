import type { Address } from "./grid";
import type { Goals, TextField } from "./form";
import type { FormLocation } from "./locate";
import {
  cellsRightOf,
  findLabelInRow,
  isLabelOf,
  mergeOf,
  ownerOf,
  readText,
  valueRightOf,
  type SheetView,
} from "./sheet-view";
import { nextPartRow } from "./form-rows";

function isLabelCell(view: SheetView, at: Address): boolean {
  return view.labelsByRow.get(at.row)?.some((l) => l.address.col === at.col) ?? false;
}

/** How many rows a goal's text may take ("为我县…" on one row and "为全县…" on the next). */
const TEXT_ROWS = 6;

/**
 * Reads 预期目标 and 实际完成情况 (or 年初设定目标 / 年度总体目标完成情况综述, 项目年度目标 /
 * 年度目标完成情况 …): each text stands under its label, over one or a few rows, or right of it
 * when the form puts label and text on one row. A form with 预期目标 alone gives an empty
 * 实际完成情况; a goals label with its texts beside it and no such labels (年度总体目标 | text |
 * text) gives the first text as expected, the second as achieved.
 */
export function readGoals(view: SheetView, loc: FormLocation): Goals | null {
  const anchor = loc.anchors.goals;
  if (!anchor) return null;
  const row = loc.goalsRow;
  if (row === undefined) return textsBeside(view, anchor.address);
  const expected = findLabelInRow(view, row, "expected");
  if (!expected) return null;
  const achieved = view.labelsByRow
    .get(row)
    ?.find((l) => isLabelOf(l, "achieved") && l.address.col > expected.address.col);
  const limit = nextPartRow(loc, row) - 1;
  return {
    expected: textOf(view, expected.address, achieved?.address.col ?? view.area.right + 1, limit),
    actual: achieved
      ? textOf(view, achieved.address, view.area.right + 1, limit)
      : { text: "", address: expected.address },
  };
}

/** The texts right of a goals label on its own row, when no 预期目标 label names them. */
function textsBeside(view: SheetView, label: Address): Goals | null {
  const texts = [...cellsRightOf(view, label)]
    .filter((a) => !view.labelsByRow.get(a.row)?.some((l) => l.address.col === a.col))
    .map((address) => ({ text: readText(view, address), address }))
    .filter((t) => t.text !== "");
  const [expected, actual] = texts;
  if (!expected) return null;
  return { expected, actual: actual ?? { text: "", address: label } };
}

/**
 * The text of a goal: right of its label when the label is one cell with text beside it before
 * `stopCol` ("项目年度目标 | 1.完成…", "年初设定目标 | 保障学校正常工作运行"), else under it,
 * joined over the rows that go on at the same width.
 */
function textOf(view: SheetView, label: Address, stopCol: number, limit: number): TextField {
  const m = mergeOf(view, label);
  const first = (m ? m.bottom : label.row) + 1;
  if (!m || m.right === m.left) {
    const beside = valueRightOf(view, label, stopCol);
    if (!beside.empty && !isLabelCell(view, beside.address))
      return { text: readText(view, beside.address), address: beside.address };
  }
  const parts: string[] = [];
  let address: Address | null = null;
  let extent: string | null = null;
  for (let row = first; row <= Math.min(limit, first + TEXT_ROWS - 1); row++) {
    const owner = ownerOf(view, { row, col: label.col });
    // A text merged down over several rows is read once.
    if (owner.row < row) continue;
    if (isLabelCell(view, owner)) break;
    // A goal goes on over rows of the same width; a cell of another width (南充's
    // 项目实施内容及过程概述 across the whole form) is another field.
    const own = mergeOf(view, owner);
    const width = `${owner.col}:${own ? own.right : owner.col}`;
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
  // Nothing under the label: point at the cell the text belongs in, or at the label itself
  // when that cell lies past the sheet's used range.
  if (first > view.area.bottom) return { text: "", address: label };
  return { text: "", address: ownerOf(view, { row: first, col: label.col }) };
}
