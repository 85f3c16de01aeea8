/**
 * Numbers in cells that must hold one: 分值, 得分, fund amounts (rules.md §2, layout.md).
 * A value comes from the stored value and the number format together, or from text
 * such as "10分", "1,234.5" or "８５".
 */
import { HAN_CLASS } from "./script-classes";
import type { Cell } from "./grid";
import { isPercentFormat, normalizeText } from "./normalize";
import { isKnownUnit, normalizeUnit } from "./units";

export { decimalsOfFormat, roundHalfUp } from "./normalize";

export interface NumberWithUnit {
  value: number;
  /** Normalised unit ("%", "分", "万元" …) or null when none is written. */
  unit: string | null;
}

/** Cell texts that mean "nothing here" in the forms' filler cells. */
const DASHES = new Set(["", "-", "--", "—", "——", "–", "―", "/", "\\"]);

/** A number (optional sign, optional thousands grouping, optional fraction) and the rest of the text. */
// [\s\S] rather than the `s` flag (ES2018), which EdgeHTML cannot parse (script-classes.ts).
const NUMBER_THEN_REST = /^([+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+))([\s\S]*)$/u;

/** Unknown units are accepted only when they look like a unit, not like a phrase ("%完成"). */
const UNIT_LIKE = new RegExp(`^[${HAN_CLASS}A-Za-z/²³·*]{1,6}$`, "u");

/** Removes binary noise from arithmetic on stored values (0.9 * 100 → 90). */
function cleanNumber(x: number): number {
  return Number(x.toPrecision(15));
}

/** True when the text after a number reads as a unit. */
export function isUnitLike(text: string): boolean {
  return isKnownUnit(text) || UNIT_LIKE.test(text);
}

/**
 * Reads text that is a number with an optional unit: "10分" → 10 分, "1,234.5" → 1234.5,
 * "95%" → 95 %, "８５" → 85. Null for anything else ("1-2次", "约10", "100%完成").
 */
export function parseNumberText(text: string): NumberWithUnit | null {
  const compact = normalizeText(text)
    .replace(/ /g, "")
    .replace(/\u2212/g, "-");
  const match = NUMBER_THEN_REST.exec(compact);
  if (match?.[1] === undefined) return null;
  const value = Number(match[1].replace(/,/g, ""));
  const rest = match[2] ?? "";
  if (!Number.isFinite(value)) return null;
  if (rest === "") return { value, unit: null };
  if (!isUnitLike(rest)) return null;
  return { value, unit: normalizeUnit(rest) };
}

/** True for an empty cell or a filler text ("—", "-", "/", blank); error cells are not blank. */
export function isDashOrBlank(cell: Cell): boolean {
  if (cell.error !== undefined) return false;
  if (cell.value === null) return true;
  if (typeof cell.value !== "string") return false;
  return DASHES.has(normalizeText(cell.value).replace(/ /g, ""));
}

/**
 * The number a 分值/得分/amount cell holds: a percent cell 0.95 → 95 "%"; text "10分" → 10 "分".
 * Null for blanks, dashes, errors, booleans and text that is not a number.
 */
export function parseNumberCell(cell: Cell): NumberWithUnit | null {
  if (cell.error !== undefined || isDashOrBlank(cell)) return null;
  const v = cell.value;
  if (typeof v === "number") {
    const percent = isPercentFormat(cell.format);
    const value = percent ? cleanNumber(v * 100) : v;
    return Number.isFinite(value) ? { value, unit: percent ? "%" : null } : null;
  }
  return typeof v === "string" ? parseNumberText(v) : null;
}
