import type { NumberField } from "./form";
import type { Cell } from "./grid";
import type { ComputedCellKind, PlannedWrite } from "./plan";
import { roundHalfUp } from "./parse-number";

/** A number as an accountant writes it: no float noise, no trailing zeros (8.5, not 8.50). */
export function plainNumber(value: number, decimals: number): string {
  // Never in exponent form ("1e+21分" would not read back as a number).
  return roundHalfUp(value, decimals).toLocaleString("en-US", {
    useGrouping: false,
    maximumFractionDigits: decimals,
  });
}

/** The value to write into a score cell, keeping its look: "10分" stays text with 分. */
export function styledScore(field: NumberField, value: number, decimals: number): number | string {
  const rounded = roundHalfUp(value, decimals);
  return field.withUnit ? `${plainNumber(rounded, decimals)}分` : rounded;
}

export function sameScore(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance;
}

/**
 * The write for a score cell. A number written into a cell formatted as a percent would
 * show 2000%, so such a cell gets a plain format with its score.
 */
export function planScoreWrite(
  field: NumberField,
  cell: Cell,
  kind: ComputedCellKind,
  value: number,
  decimals: number
): PlannedWrite {
  const write: PlannedWrite = {
    address: field.address,
    kind,
    value: styledScore(field, value, decimals),
    previous: cell.value,
  };
  if (typeof write.value === "number" && cell.format !== undefined && cell.format.includes("%"))
    write.format = "General";
  return write;
}
