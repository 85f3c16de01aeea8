import type ExcelJS from "exceljs";
import { serialFromEpochMs, type Cell, type Scalar } from "../core";

/**
 * exceljs cell values to what Office.js reports: rich text flattened, dates as
 * serial numbers, formulas as "=..." with their cached result, errors apart.
 */

/** A date as the serial number Excel stores (exceljs reads date cells as UTC dates). */
export function dateToSerial(date: Date, date1904: boolean): number {
  return serialFromEpochMs(date.getTime(), date1904);
}

type RichText = { richText: { text: string }[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (isObject(value) && Array.isArray(value.richText)) {
    return (value as RichText).richText.map((run) => run.text).join("");
  }
  return value === null || value === undefined ? "" : String(value);
}

/** A plain value or a formula result as a Scalar, or an error text. */
function scalarOf(raw: unknown, date1904: boolean): { value: Scalar; error?: string } {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") {
    return { value: raw };
  }
  if (raw instanceof Date) return { value: dateToSerial(raw, date1904) };
  if (isObject(raw)) {
    if (typeof raw.error === "string") return { value: null, error: raw.error };
    if (Array.isArray(raw.richText)) return { value: textOf(raw) };
    // A hyperlink shows its text, which may itself be rich text.
    if ("hyperlink" in raw || "text" in raw) return { value: textOf(raw.text) };
  }
  return { value: null };
}

/** The number format a cell shows, absent for General. */
export function formatOf(cell: ExcelJS.Cell): string | undefined {
  const format = cell.numFmt;
  return typeof format === "string" && format !== "" && format !== "General" ? format : undefined;
}

/** Reads one exceljs cell as the core's Cell; `inner` cells of a merge keep only their format. */
export function readCell(cell: ExcelJS.Cell, date1904: boolean, inner = false): Cell {
  const out: Cell = { value: null };
  const format = formatOf(cell);
  if (format !== undefined) out.format = format;
  if (inner) return out;
  const raw: unknown = cell.value;
  if (isObject(raw) && ("formula" in raw || "sharedFormula" in raw)) {
    // `cell.formula` gives a shared formula translated to this cell, as Excel shows it.
    out.formula = `=${cell.formula}`;
    const result = scalarOf(raw.result, date1904);
    out.value = result.value;
    if (result.error !== undefined) out.error = result.error;
    return out;
  }
  const plain = scalarOf(raw, date1904);
  out.value = plain.value;
  if (plain.error !== undefined) out.error = plain.error;
  return out;
}
