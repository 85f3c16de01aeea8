import type ExcelJS from "exceljs";
import type { Address, JournalEntry, Scalar } from "../core";
import { formatOf, readCell } from "./cell-value";

/**
 * What a cell holds, for journals, and style changes that never leak to other
 * cells: exceljs shares one style object between all cells read with the same
 * style, so a style is always replaced by a copy, never changed in place.
 */

/** The exact exceljs value and style of a cell, kept beside a journal entry for an exact restore. */
export interface CellSnapshot {
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
}

/** The solid fill colour as RRGGBB, or null for no fill or one not given as RGB. */
export function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.Fill | undefined;
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const argb = fill.fgColor?.argb;
  return typeof argb === "string" && /^[0-9A-Fa-f]{6,8}$/.test(argb)
    ? argb.slice(-6).toUpperCase()
    : null;
}

/** A solid fill of an RRGGBB colour. */
export function solidFill(rgb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb.toUpperCase()}` } };
}

/** Replaces some style properties of one cell; `undefined` removes a property. */
export function restyle(
  cell: ExcelJS.Cell,
  patch: Partial<Record<keyof ExcelJS.Style, unknown>>
): void {
  const style: Record<string, unknown> = { ...cell.style };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete style[key];
    else style[key] = value;
  }
  cell.style = style as Partial<ExcelJS.Style>;
}

/** The journal entry for a cell as it is now (address 0-based). */
export function entryOf(cell: ExcelJS.Cell, address: Address, date1904: boolean): JournalEntry {
  const read = readCell(cell, date1904);
  const entry: JournalEntry = { address, value: read.value, fill: fillOf(cell) };
  if (read.formula !== undefined) entry.formula = read.formula;
  if (read.error !== undefined) entry.error = read.error;
  const format = formatOf(cell);
  if (format !== undefined) entry.format = format;
  return entry;
}

export function snapshotOf(cell: ExcelJS.Cell): CellSnapshot {
  return { value: cell.value, style: cell.style };
}

/** The exceljs value that puts back what a journal entry recorded. */
export function valueOfEntry(entry: JournalEntry): ExcelJS.CellValue {
  if (entry.formula !== undefined) {
    const result: Scalar | { error: string } | undefined =
      entry.error !== undefined ? { error: entry.error } : (entry.value ?? undefined);
    return { formula: entry.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  }
  if (entry.error !== undefined) return { error: entry.error } as ExcelJS.CellErrorValue;
  return entry.value;
}
