import type { Area } from "../../src/core";
import { coerceTyped } from "./coerce";
import { FakeOfficeError } from "./errors";
import type { FakeCell, FakeSheet, FakeWorkbook } from "./model";

/** Reading and writing the cells of a rectangle, shared by the range proxies. */

export interface RangeTarget {
  sheet: FakeSheet;
  area: Area;
}

/** Excel refuses to return more than five million cells in one read. */
export const MAX_CELLS_PER_READ = 5_000_000;

export function rowCount(area: Area): number {
  return area.bottom - area.top + 1;
}

export function columnCount(area: Area): number {
  return area.right - area.left + 1;
}

/** A matrix of one value per cell of the area. */
export function readMatrix<T>(target: RangeTarget, pick: (cell: FakeCell | undefined) => T): T[][] {
  const { area, sheet } = target;
  if (rowCount(area) * columnCount(area) > MAX_CELLS_PER_READ) {
    throw new FakeOfficeError(
      "ResponsePayloadSizeLimitExceeded",
      "more than 5,000,000 cells read at once"
    );
  }
  const out: T[][] = [];
  for (let r = area.top; r <= area.bottom; r += 1) {
    const cells = sheet.rows.get(r);
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c += 1) row.push(pick(cells?.get(c)));
    out.push(row);
  }
  return out;
}

export function cellValue(cell: FakeCell | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.error !== undefined) return cell.error;
  return cell.value ?? "";
}

export function cellFormula(cell: FakeCell | undefined): string | number | boolean {
  if (cell?.formula !== undefined) return cell.formula;
  return cellValue(cell);
}

export function cellNumberFormat(cell: FakeCell | undefined): string {
  return cell?.numberFormat ?? "General";
}

export function cellValueType(cell: FakeCell | undefined): Excel.RangeValueType {
  if (!cell) return "Empty" as Excel.RangeValueType;
  if (cell.error !== undefined) return "Error" as Excel.RangeValueType;
  switch (typeof cell.value) {
    case "string":
      return (cell.value === "" ? "Empty" : "String") as Excel.RangeValueType;
    case "number":
      return "Double" as Excel.RangeValueType;
    case "boolean":
      return "Boolean" as Excel.RangeValueType;
    default:
      return "Empty" as Excel.RangeValueType;
  }
}

/** Throws AccessDenied on a protected sheet: formatting and structure are refused there. */
export function checkWritable(target: RangeTarget): void {
  if (target.sheet.protected) {
    throw new FakeOfficeError("AccessDenied", `sheet "${target.sheet.name}" is protected`);
  }
}

/**
 * Throws AccessDenied when content may not be written: on a protected sheet, unless every
 * cell of the range is unlocked (Excel lets values into unlocked cells of a protected sheet).
 */
export function checkContentWritable(workbook: FakeWorkbook, target: RangeTarget): void {
  if (!target.sheet.protected) return;
  const { area, sheet } = target;
  for (let r = area.top; r <= area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) {
      if (workbook.cell(sheet, r, c)?.unlocked !== true) {
        throw new FakeOfficeError(
          "AccessDenied",
          `the cell is locked on protected "${sheet.name}"`
        );
      }
    }
  }
}

/** The value for cell (r, c) of a matrix or a single value applied to all cells. */
function pickInput(input: unknown, area: Area, r: number, c: number): unknown {
  if (!Array.isArray(input)) return input;
  const rows = input as unknown[][];
  if (rows.length === 1 && Array.isArray(rows[0]) && rows[0].length === 1) return rows[0][0];
  return rows[r - area.top]?.[c - area.left];
}

/** Checks a matrix has the range's shape (a single value is applied to every cell). */
export function checkShape(input: unknown, area: Area, what: string): void {
  if (!Array.isArray(input)) return;
  const rows = input as unknown[];
  if (rows.length === 1 && Array.isArray(rows[0]) && (rows[0] as unknown[]).length === 1) return;
  const ok =
    rows.length === rowCount(area) &&
    rows.every((row) => Array.isArray(row) && row.length === columnCount(area));
  if (!ok) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `${what}: the matrix does not match the range's ${rowCount(area)}×${columnCount(area)} size`
    );
  }
}

/** Writes values or formulas cell by cell, interpreted as if typed. */
export function writeTyped(
  workbook: FakeWorkbook,
  target: RangeTarget,
  input: unknown,
  what: string
): void {
  checkContentWritable(workbook, target);
  checkShape(input, target.area, what);
  const { area, sheet } = target;
  for (let r = area.top; r <= area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) {
      const raw = pickInput(input, area, r, c);
      // A Text cell ("@") keeps a written string as it is: no number, formula or apostrophe.
      const asText = workbook.cell(sheet, r, c)?.numberFormat === "@" && typeof raw === "string";
      const typed =
        asText && raw !== "" ? { kind: "value" as const, value: raw } : coerceTyped(raw);
      workbook.updateCell(sheet, r, c, (cell) => {
        const previousFormula = cell.formula;
        const previousError = cell.error;
        delete cell.formula;
        delete cell.error;
        switch (typed.kind) {
          case "empty":
            cell.value = null;
            break;
          case "value":
            cell.value = typed.value;
            if (typed.numberFormat && cell.numberFormat === undefined)
              cell.numberFormat = typed.numberFormat;
            break;
          case "formula":
            // The fake does not calculate: the cached value (or error) survives only an unchanged formula.
            if (previousFormula !== typed.formula) cell.value = null;
            else if (previousError !== undefined) cell.error = previousError;
            cell.formula = typed.formula;
            break;
          case "error":
            cell.value = null;
            cell.error = typed.error;
            break;
        }
      });
    }
  }
}

/** Writes number formats ("General" clears). */
export function writeNumberFormats(
  workbook: FakeWorkbook,
  target: RangeTarget,
  input: unknown
): void {
  checkWritable(target);
  checkShape(input, target.area, "numberFormat");
  const { area, sheet } = target;
  for (let r = area.top; r <= area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1) {
      const format = pickInput(input, area, r, c);
      workbook.updateCell(sheet, r, c, (cell) => {
        if (format === null || format === undefined || format === "" || format === "General")
          delete cell.numberFormat;
        else cell.numberFormat = String(format);
      });
    }
  }
}

/** Applies a change to every cell of the target (formatting). */
export function updateEach(
  workbook: FakeWorkbook,
  target: RangeTarget,
  change: (cell: FakeCell, r: number, c: number) => void
): void {
  checkWritable(target);
  const { area, sheet } = target;
  if (rowCount(area) * columnCount(area) > MAX_CELLS_PER_READ) {
    throw new FakeOfficeError("NotImplemented", "the fake formats at most 5,000,000 cells at once");
  }
  for (let r = area.top; r <= area.bottom; r += 1) {
    for (let c = area.left; c <= area.right; c += 1)
      workbook.updateCell(sheet, r, c, (cell) => change(cell, r, c));
  }
}

/** One value when every cell agrees, null when they differ (as Office.js reports mixed formats). */
export function uniform<T>(target: RangeTarget, pick: (cell: FakeCell | undefined) => T): T | null {
  const { area, sheet } = target;
  let first: T | undefined;
  let seen = false;
  const cellsToCheck = rowCount(area) * columnCount(area);
  if (cellsToCheck > MAX_CELLS_PER_READ) return null;
  for (let r = area.top; r <= area.bottom; r += 1) {
    const cells = sheet.rows.get(r);
    for (let c = area.left; c <= area.right; c += 1) {
      const value = pick(cells?.get(c));
      if (!seen) {
        first = value;
        seen = true;
      } else if (value !== first) return null;
    }
  }
  return first ?? null;
}
