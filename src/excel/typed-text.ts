import type { Scalar } from "../core";

/**
 * Office.js interprets text written to `values` or `formulas` as if it were typed:
 * "001" becomes 1, "2021-12" a date, "=A1" a formula. A leading apostrophe keeps
 * text as text, so restore and template writes store exactly what was recorded.
 */

const SPECIAL_START = /^[=+\-@'#]/;
/** Only digits, separators, currency, percent and date characters: Excel may read a number or a date. */
const NUMERIC_LOOKING = /^[\d\s.,:/$¥￥€£%()eE+\-年月日时分秒]*$/;
const MONTH_NAME =
  /(^|[\s\-/\d])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*($|[\s\-/\d])/i;
const BOOLEAN = /^(true|false)$/i;

/** Whether Excel could turn this text into something other than the same text. */
export function needsApostrophe(text: string): boolean {
  if (text === "") return false;
  if (SPECIAL_START.test(text)) return true;
  const trimmed = text.trim();
  if (trimmed === "" || trimmed !== text) return true;
  if (BOOLEAN.test(trimmed)) return true;
  if (/\d/.test(trimmed) && NUMERIC_LOOKING.test(trimmed)) return true;
  return /\d/.test(trimmed) && MONTH_NAME.test(trimmed);
}

/** Whether a number format is Text ("@"): Excel keeps what is written there as it is. */
export function isTextFormat(format: string | undefined): boolean {
  return format === "@";
}

/**
 * The value to write so that the cell ends up holding exactly `value` (null clears it).
 * `format` is the number format the cell has when written: in a Text cell ("@") Excel keeps
 * the text as it is, so an apostrophe there would become part of the text.
 */
export function typedValue(value: Scalar, format?: string): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return needsApostrophe(value) && !isTextFormat(format) ? `'${value}` : value;
}
