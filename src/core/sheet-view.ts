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
import { matchLabel, type LabelKey } from "./labels";

export interface LabelCell {
  key: LabelKey;
  address: Address;
  /** The label's compacted text, e.g. "项目资金(元)". */
  compact: string;
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

/** Builds the view: one pass over the cells and one over the merges. */
export function viewSheet(grid: Grid): SheetView {
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
  grid.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (typeof cell.value !== "string") return;
      // Labels are short; long texts (goals, names) are content and skip the patterns.
      if (cell.value.length > MAX_RAW_LABEL) return;
      const compact = compactLabel(cell.value);
      const found = matchLabel(compact);
      if (!found) return;
      const address = { row: grid.top + r, col: grid.left + c };
      const list = labelsByRow.get(address.row) ?? [];
      list.push({ key: found, address, compact });
      labelsByRow.set(address.row, list);
    });
  });
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

/** The first label with this key in a row, at or right of a column. */
export function findLabelInRow(
  view: SheetView,
  row: number,
  wanted: LabelKey,
  fromCol = -1
): LabelCell | undefined {
  return view.labelsByRow.get(row)?.find((l) => l.key === wanted && l.address.col >= fromCol);
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
