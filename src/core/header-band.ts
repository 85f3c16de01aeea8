import { cellAt, type Address } from "./grid";
import { cellText } from "./normalize";
import type { FieldKey } from "./label-dictionary";
import { parseNumberCell } from "./parse-number";
import { mergeOf, ownerOf, readCell, readText, type LabelCell, type SheetView } from "./sheet-view";

/**
 * The header of a table (the indicator table, the funds block) read as a band of up to three
 * rows, so that a column's label is everything written above it: "年度指标值" over
 * "指标性质 / 指标值 / 度量单位", "自评得分" over "单项指标得分 / 权重占比 / 折算得分", and
 * labels merged down over both rows. Every column is then mapped by its label, in any order.
 */

/** The column chosen for a field, and the label that named it. */
export interface ColumnChoice {
  col: number;
  /** The label that names the column (its top-left cell when merged). */
  label: LabelCell;
  /** The label over it that spans several columns ("年度指标值", "自评得分"), when there is one. */
  group: LabelCell | null;
  /** The columns the label's merge covers (a funds header over "预算数 | 6.84"). */
  left: number;
  right: number;
}

export interface HeaderBand {
  top: number;
  bottom: number;
  columns: Partial<Record<FieldKey, ColumnChoice>>;
  /** Header texts in the band that name no wanted field: what stands nearest a missing one. */
  unmatched: { address: Address; text: string }[];
}

/** How many rows a header may have. */
const MAX_BAND_ROWS = 3;

/** The label standing at a cell that holds a value (the top-left of a merge), if any. */
function labelOfOwner(view: SheetView, owner: Address): LabelCell | undefined {
  return view.labelsByRow.get(owner.row)?.find((l) => l.address.col === owner.col);
}

/** The text of a cell that holds a value, without resolving its merge again. */
function ownText(view: SheetView, owner: Address): string {
  return cellText(cellAt(view.grid, owner.row, owner.col)).trim();
}

/** A row continues the header when every filled cell in it is a label. */
function isHeaderRow(view: SheetView, row: number, left: number, right: number): boolean {
  let labels = 0;
  for (let col = left; col <= right; col++) {
    const owner = ownerOf(view, { row, col });
    if (owner.row < row) continue;
    if (labelOfOwner(view, owner)) {
      labels++;
      continue;
    }
    if (ownText(view, owner) !== "") return false;
  }
  return labels > 0;
}

/** Rows of the band: the header row and the label-only rows under it. */
export function bandRows(
  view: SheetView,
  headerRow: number,
  left: number,
  right: number,
  maxRows = MAX_BAND_ROWS
): [number, number] {
  let bottom = headerRow;
  while (bottom - headerRow + 1 < maxRows && isHeaderRow(view, bottom + 1, left, right)) bottom++;
  return [headerRow, bottom];
}

interface Candidate {
  key: FieldKey;
  choice: ColumnChoice;
  rank: number;
  hinted: boolean;
}

/** Scores a column's body for a field: numeric fields must hold numbers, not definitions. */
export type Plausibility = (key: FieldKey, col: ColumnChoice) => number;

/**
 * Maps the columns of a band to fields. A column is named by the lowest text written over it
 * in the band: its own sub-label ("指标性质" under "年度指标值"), else the label merged across
 * it ("年度指标值" over a blank cell), else a label merged down over the band. When two columns
 * name one field, the user's hint wins, then the column whose content fits (numbers under
 * 分值), then the preferred wording, then the leftmost.
 */
export function mapColumns(
  view: SheetView,
  band: [number, number],
  left: number,
  right: number,
  wanted: readonly FieldKey[],
  plausible: Plausibility = () => 1
): HeaderBand {
  const [top, bottom] = band;
  const candidates: Candidate[] = [];
  const unmatched: HeaderBand["unmatched"] = [];
  const seen = new Set<number>();
  for (let col = left; col <= right; col++) {
    let lowest: Address | null = null;
    let group: LabelCell | null = null;
    let lowestLabel: LabelCell | undefined;
    for (let row = top; row <= bottom; row++) {
      const owner = ownerOf(view, { row, col });
      if (lowest && lowest.row === owner.row && lowest.col === owner.col) continue;
      const label = labelOfOwner(view, owner);
      if (!label && ownText(view, owner) === "") continue;
      if (lowest && lowestLabel) {
        const m = mergeOf(view, lowest);
        if (m && m.right > m.left) group = lowestLabel;
      }
      lowest = owner;
      lowestLabel = label;
    }
    if (!lowest) continue;
    const key = lowest.row * 16384 + lowest.col;
    if (seen.has(key)) continue;
    seen.add(key);
    const label = lowestLabel;
    const field = label?.keys.find((k) => wanted.includes(k));
    if (!label || !field) {
      unmatched.push({ address: lowest, text: ownText(view, lowest) });
      continue;
    }
    // A label merged across heads all its columns ("预算安排情况" over "预算数 | 6.84") when
    // nothing is written under it; a group over sub-labels heads only this column.
    const merge = mergeOf(view, lowest);
    const whole = merge !== undefined && merge.bottom >= bottom;
    const choice: ColumnChoice = {
      col,
      label,
      group,
      left: whole ? Math.max(left, merge.left) : col,
      right: whole ? Math.min(right, merge.right) : col,
    };
    candidates.push({ key: field, choice, rank: label.match.rank, hinted: label.hinted });
  }
  return { top, bottom, columns: choose(candidates, plausible), unmatched };
}

/** One column per field and one field per column, by hint, content, wording, position. */
function choose(
  candidates: Candidate[],
  plausible: Plausibility
): Partial<Record<FieldKey, ColumnChoice>> {
  // Content is judged only where two columns name one field: most fields have one.
  const shared = (c: Candidate) => candidates.some((o) => o !== c && o.key === c.key);
  const fit = candidates.map((c) => (shared(c) ? plausible(c.key, c.choice) : 1));
  const order = candidates.map((_, i) => i);
  order.sort((i, j) => {
    const a = candidates[i]!;
    const b = candidates[j]!;
    return (
      Number(b.hinted) - Number(a.hinted) ||
      fit[j]! - fit[i]! ||
      a.rank - b.rank ||
      a.choice.col - b.choice.col
    );
  });
  const out: Partial<Record<FieldKey, ColumnChoice>> = {};
  const usedCols = new Set<number>();
  for (const i of order) {
    const c = candidates[i]!;
    if (out[c.key] || usedCols.has(c.choice.col)) continue;
    // A label merged across (a funds header over "预算数 | 6.84") heads one column.
    out[c.key] = c.choice;
    for (let col = c.choice.left; col <= c.choice.right; col++) usedCols.add(col);
  }
  return out;
}

/**
 * How well a column's cells in `rows` fit a numeric field: 1 when most filled cells hold
 * numbers, 0 when most hold other text (the 指标分值 column of a form that puts each
 * indicator's definition there), 0.5 with nothing to judge by.
 */
export function numericFit(view: SheetView, rows: readonly number[], choice: ColumnChoice): number {
  let numbers = 0;
  let texts = 0;
  for (const row of rows) {
    let found: "number" | "text" | null = null;
    for (let col = choice.left; col <= choice.right && found !== "number"; col++) {
      const cell = readCell(view, { row, col });
      if (parseNumberCell(cell)) found = "number";
      else if (readText(view, { row, col }).length > 2) found ??= "text";
    }
    if (found === "number") numbers++;
    else if (found === "text") texts++;
  }
  if (numbers + texts === 0) return 0.5;
  return numbers >= texts ? 1 : 0;
}

/** Fields whose column must hold numbers. */
export const NUMERIC_FIELDS: ReadonlySet<FieldKey> = new Set([
  "weight",
  "score",
  "initial",
  "adjustment",
  "budget",
  "executed",
  "rate",
]);
