import type { Address, Area, Scalar } from "./grid";

/** Cell formatting a template asks for; shells map it onto Excel (Office JavaScript API) or exceljs styles. */
export interface CellStyle {
  /** Font family (宋体 on the official form); shells keep the workbook default when absent. */
  font?: string;
  bold?: boolean;
  fontSize?: number;
  /** Font colour RRGGBB (a link's blue); shells keep the default (black) when absent. */
  fontColor?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Solid fill RRGGBB. */
  fill?: string;
  numberFormat?: string;
}

export interface SpecCell {
  row: number;
  col: number;
  /** For a formula cell, its result as Excel would compute it (written as the cached value). */
  value: Scalar;
  /** Formula text including the leading "=", as in Grid. */
  formula?: string;
  /** A link to a cell of another sheet of the same workbook; the cell shows `value`. */
  link?: SheetLink;
  style?: CellStyle;
}

/** Where a link in a cell leads: a cell of a sheet in the same workbook. */
export interface SheetLink {
  sheet: string;
  address: Address;
}

export type SpecValidation =
  | { area: Area; type: "list"; values: string[] }
  | { area: Area; type: "decimal"; min: number; max?: number };

export interface PrintSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  fitToWidth: 1;
  printArea: Area;
  /** Rows printed again at the top of every page (a table's headings), 0-based and inclusive. */
  titleRows?: { top: number; bottom: number };
}

/** A new sheet described as data (the blank form), written by excel/ or xlsx/. */
export interface SheetSpec {
  name: string;
  cells: SpecCell[];
  merges: Area[];
  /** Column widths in Excel character units, from column 0. */
  columnWidths: number[];
  /** Row heights in points, by 0-based row. */
  rowHeights: Record<number, number>;
  validations: SpecValidation[];
  print: PrintSetup;
}
