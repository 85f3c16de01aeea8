import type { Area, Scalar } from "./grid";
import type { CellStyle, SpecCell } from "./sheet-spec";

/** What the sheets the core describes (the blank form, the 汇总表) are built with. */

/** The look of the real forms (sample-2021.xlsx): 宋体, a bold 16pt title, a 10pt bordered table. */
export const FORM_FONT = "宋体";
export const TITLE_STYLE: CellStyle = {
  font: FORM_FONT,
  fontSize: 16,
  bold: true,
  hAlign: "center",
  vAlign: "middle",
};
/** A cell of the table: centred, wrapped, thin borders. */
export const BODY_STYLE: CellStyle = {
  font: FORM_FONT,
  fontSize: 10,
  hAlign: "center",
  vAlign: "middle",
  wrap: true,
  border: true,
};
/** A label or a column heading. */
export const LABEL_STYLE: CellStyle = { ...BODY_STYLE, bold: true };
/** A text of the table (names, goals, reasons): left-aligned. */
export const TEXT_STYLE: CellStyle = { ...BODY_STYLE, hAlign: "left" };

/** Collects cells and merges; a merge styles every cell it covers so borders print whole. */
export class SpecBuilder {
  private readonly cells = new Map<string, SpecCell>();
  readonly merges: Area[] = [];

  put(row: number, col: number, value: Scalar, style: CellStyle, formula?: string): SpecCell {
    const cell: SpecCell = { row, col, value, style };
    if (formula !== undefined) cell.formula = formula;
    this.cells.set(`${row}:${col}`, cell);
    return cell;
  }

  merge(area: Area, value: Scalar, style: CellStyle): void {
    for (let r = area.top; r <= area.bottom; r += 1) {
      for (let c = area.left; c <= area.right; c += 1) {
        this.put(r, c, r === area.top && c === area.left ? value : null, style);
      }
    }
    if (area.bottom > area.top || area.right > area.left) this.merges.push(area);
  }

  sortedCells(): SpecCell[] {
    return [...this.cells.values()].sort((x, y) => x.row - y.row || x.col - y.col);
  }
}

export function area(top: number, left: number, bottom: number, right: number): Area {
  return { top, left, bottom, right };
}

/** Rough printed lines of a wrapped text in a column of `width` character units at 10pt. */
function estimateLines(text: string, width: number): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e80 ? 1.9 : 1;
  return Math.max(1, Math.ceil(units / width));
}

/** A row height (points) for wrapped texts at 10pt, each in a column of its width, at least `minimum`. */
export function heightFor(texts: { text: string; width: number }[], minimum: number): number {
  const lines = Math.max(1, ...texts.map((t) => estimateLines(t.text, t.width)));
  return Math.max(minimum, lines * 13 + 6);
}
