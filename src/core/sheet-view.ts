import {
  cellAt,
  gridArea,
  isEmptyCell,
  type Address,
  type Area,
  type Cell,
  type Grid,
} from "./grid";
import { compactLabel, cellText } from "./normalize";
import { matchLabel, type FieldKey, type LabelMatch } from "./label-dictionary";
import type { HintIndex } from "./layout-hints";

export interface LabelCell {
  /** The fields the label may stand for, the likelier first; context picks one. */
  keys: FieldKey[];
  address: Address;
  /** The label's compacted text, e.g. "项目资金(元)". */
  compact: string;
  /** What its wording and decorations say: weight "(20分)", unit "(元)", percent "(%)". */
  match: LabelMatch;
  /** Read as this field because the user said so (a layout hint). */
  hinted: boolean;
}

/**
 * A grid with merges resolved and labels indexed once, so that reading many forms
 * stays linear in the size of the sheet.
 */
export interface SheetView {
  grid: Grid;
  area: Area;
  /** Label cells by row, left to right. */
  labelsByRow: Map<number, LabelCell[]>;
  /** Rows holding at least one label, ascending. */
  labelRows: number[];
  /** The merges crossing each row (a row holds few, so a scan of its list is cheap). */
  mergesByRow: Map<number, Area[]>;
}

/** Raw text longer than this cannot compact to a label (labels are at most 32 characters). */
const MAX_RAW_LABEL = 200;

const NO_HINT_INDEX: HintIndex = { byText: new Map(), byCell: new Map() };

/** A hinted field first, then what the dictionary says. */
function hintedMatch(field: FieldKey, found: LabelMatch | null, compact: string): LabelMatch {
  const base = found ?? {
    weight: null,
    toWanYuan: null,
    percent: false,
    keys: [],
    words: compact,
    rank: 0,
  };
  return { ...base, keys: [field, ...base.keys.filter((k) => k !== field)], rank: -1 };
}

/** Builds the view: one pass over the cells and one over the merges. */
export function viewSheet(grid: Grid, hints: HintIndex = NO_HINT_INDEX): SheetView {
  const area = gridArea(grid);
  const mergesByRow = new Map<number, Area[]>();
  for (const m of grid.merges) {
    // Guard against absurd merges (a whole column): rows outside the grid are empty anyway.
    const bottom = Math.min(m.bottom, area.bottom);
    for (let r = Math.max(m.top, area.top); r <= bottom; r++) {
      const list = mergesByRow.get(r);
      if (list) list.push(m);
      else mergesByRow.set(r, [m]);
    }
  }
  const labelsByRow = new Map<number, LabelCell[]>();
  const add = (label: LabelCell) => {
    const list = labelsByRow.get(label.address.row) ?? [];
    list.push(label);
    labelsByRow.set(label.address.row, list);
  };
  grid.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (typeof cell.value !== "string") return;
      // Labels are short; long texts (goals, names) are content and skip the patterns.
      if (cell.value.length > MAX_RAW_LABEL) return;
      const compact = compactLabel(cell.value);
      const found = matchLabel(compact);
      const hint = hints.byText.get(compact);
      if (!found && !hint) return;
      const address = { row: grid.top + r, col: grid.left + c };
      const match = hint ? hintedMatch(hint, found, compact) : (found as LabelMatch);
      add({ keys: match.keys, address, compact, match, hinted: hint !== undefined });
    });
  });
  // A hint on a blank header cell names the column the cell heads.
  for (const [key, field] of hints.byCell) {
    const [row, col] = key.split(":").map(Number) as [number, number];
    // A cell that reads as a label already is named by its text; a blank header cell, or one
    // holding a number (安居's "50", the block's points), by its place.
    if (labelsByRow.get(row)?.some((l) => l.address.col === col)) continue;
    add({
      keys: [field],
      address: { row, col },
      compact: "",
      match: hintedMatch(field, null, ""),
      hinted: true,
    });
    // Labels are otherwise added left to right; this one joins its row out of order.
    labelsByRow.get(row)?.sort((a, b) => a.address.col - b.address.col);
  }
  const labelRows = [...labelsByRow.keys()].sort((a, b) => a - b);
  return { grid, area, labelsByRow, labelRows, mergesByRow };
}

/** The merge covering a cell, if any. */
export function mergeOf(view: SheetView, a: Address): Area | undefined {
  const list = view.mergesByRow.get(a.row);
  return list?.find((m) => a.col >= m.left && a.col <= m.right);
}

/** Where a value for this cell is stored: the top-left of its merge, or the cell itself. */
export function ownerOf(view: SheetView, a: Address): Address {
  const m = mergeOf(view, a);
  return m ? { row: m.top, col: m.left } : a;
}

/** The cell as displayed: a cell inside a merge shows the merge's top-left value. */
export function readCell(view: SheetView, a: Address): Cell {
  const o = ownerOf(view, a);
  return cellAt(view.grid, o.row, o.col);
}

export function readText(view: SheetView, a: Address): string {
  return cellText(readCell(view, a)).trim();
}

/** The first label that may stand for this field in a row, at or right of a column. */
export function findLabelInRow(
  view: SheetView,
  row: number,
  wanted: FieldKey,
  fromCol = -1
): LabelCell | undefined {
  return view.labelsByRow
    .get(row)
    ?.find((l) => l.keys.includes(wanted) && l.address.col >= fromCol);
}

/** Whether a label may stand for a field. */
export function isLabelOf(label: LabelCell, key: FieldKey): boolean {
  return label.keys.includes(key);
}

/**
 * The cells right of one (past its own merge) up to `stopCol` exclusive, each merged area
 * once, as the address holding its value.
 */
export function* cellsRightOf(
  view: SheetView,
  at: Address,
  stopCol = view.area.right + 1
): Generator<Address> {
  const own = mergeOf(view, at);
  const stop = Math.min(stopCol, view.area.right + 1);
  for (let c = (own ? own.right : at.col) + 1; c < stop; c++) {
    yield ownerOf(view, { row: at.row, col: c });
    const m = mergeOf(view, { row: at.row, col: c });
    if (m) c = m.right;
  }
}

/**
 * The first non-empty cell right of a label (skipping the label's own merge), up to
 * `stopCol` exclusive. Returns the cell where the value should be when all are empty.
 */
export function valueRightOf(
  view: SheetView,
  label: Address,
  stopCol?: number
): { address: Address; empty: boolean } {
  const own = mergeOf(view, label);
  const start = (own ? own.right : label.col) + 1;
  const stop = Math.min(stopCol ?? view.area.right + 1, view.area.right + 1);
  for (const a of cellsRightOf(view, label, stop))
    if (!isEmptyCell(cellAt(view.grid, a.row, a.col))) return { address: a, empty: false };
  const fallback = start < stop ? { row: label.row, col: start } : label;
  return { address: fallback, empty: true };
}
