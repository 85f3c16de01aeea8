/**
 * How cell text and numbers are read and shown: width folding, whitespace, labels,
 * and the parts of Excel number formats the engine needs (percent, date, decimals).
 * rules.md §2. The format helpers live here, not in parse-number.ts, so that
 * cellText can use them without an import cycle; parse-number.ts re-exports them.
 */
import type { Cell } from "./grid";

/** Full-width comparators stay as written: ＞ ＜ ＝ are canonical comparators in rules.md §2. */
const KEPT_FULL_WIDTH = new Set(["＞", "＜", "＝"]);
const FULL_TO_HALF = 0xfee0;

/**
 * Sheets repeat the same texts (labels, "—", units, number formats) on every form, so the
 * pure text functions below are memoised; each cache is bounded and dropped when full, so
 * memory stays flat. A 10,000-form workbook spent a tenth of its time recomputing them.
 */
const CACHE_LIMIT = 20000;

/** A memoised copy of a pure function of one text. */
export function memoizeText<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const out = fn(s);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(s, out);
    return out;
  };
}

/** Folds full-width ASCII (digits, letters, （）：％，．) to half-width, collapses whitespace and trims. */
export const normalizeText: (s: string) => string = memoizeText(foldText);

function foldText(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (ch) =>
      KEPT_FULL_WIDTH.has(ch) ? ch : String.fromCharCode(ch.charCodeAt(0) - FULL_TO_HALF)
    )
    .replace(/[\u200b-\u200d]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Text for comparing labels: normalised, without spaces and without trailing colons. */
export const compactLabel: (s: string) => string = memoizeText((s) =>
  normalizeText(s).replace(/ /g, "").replace(/:+$/, "")
);

/** Removes quoted literals, escapes, [colour/locale] tags and padding so only format codes remain. */
function formatCodes(format: string | undefined): string | null {
  return format === undefined ? null : codesOfFormat(format);
}

const codesOfFormat = memoizeText((format: string): string | null => {
  const trimmed = format.trim();
  if (trimmed === "" || trimmed.toLowerCase() === "general") return null;
  const codes = trimmed.replace(/"[^"]*"|\\.|\[[^\]]*\]|[_*]./g, "");
  return codes.split(";")[0] ?? "";
});

/** True when the format shows the value as a percent (the cell holds 0.95 for 95%). */
export function isPercentFormat(format: string | undefined): boolean {
  return formatCodes(format)?.includes("%") ?? false;
}

/** True when the format shows a date (the cell holds an Excel serial day number). */
export function isDateFormat(format: string | undefined): boolean {
  const codes = formatCodes(format);
  return codes !== null && /[yd]/i.test(codes);
}

/**
 * Number of decimals a format displays: "0.0%" → 1, "0%" → 0, "#,##0.00" → 2.
 * Null for General, text ("@"), date formats and absent formats: the display then
 * depends on the value, so callers should compare at full precision.
 */
export function decimalsOfFormat(format: string | undefined): number | null {
  const codes = formatCodes(format);
  if (codes === null || isDateFormat(format)) return null;
  const fraction = /[0#?,]*\.([0#?]+)/.exec(codes);
  if (fraction?.[1] !== undefined) return fraction[1].length;
  return /[0#?]/.test(codes) ? 0 : null;
}

/** Moves the decimal point through the exponent text, which is exact where x * 10^n is not. */
function shiftDecimal(x: number, places: number): number {
  const [mantissa, exponent] = x.toExponential().split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/**
 * Rounds half away from zero like Excel's ROUND: 1.005 → 1.01, 0.125 → 0.13, -2.5 → -3.
 * Binary noise past 15 significant digits is dropped first (86.18499999999999 counts as 86.185).
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  const places = Math.trunc(decimals);
  // Fast path: far from a tie, plain rounding of the scaled value is already exact.
  const scale = 10 ** places;
  const scaled = Math.abs(x) * scale;
  if (
    places >= 0 &&
    places <= 6 &&
    scaled < 1e12 &&
    Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6
  ) {
    const fast = Math.round(scaled) / scale;
    return x < 0 && fast !== 0 ? -fast : fast;
  }
  const magnitude = Number(Math.abs(x).toPrecision(15));
  const rounded = shiftDecimal(Math.round(shiftDecimal(magnitude, places)), -places);
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Shortest plain text of a number without binary noise: 0.1 + 0.2 → "0.3". */
export function formatPlainNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  // Integers below 2^53 print exactly; most cells (amounts, weights) are such.
  if (Number.isSafeInteger(x)) return String(x === 0 ? 0 : x);
  const clean = Number(x.toPrecision(15));
  return String(clean === 0 ? 0 : clean);
}

/**
 * Display text of a cell for messages and reports: percent cells as Excel shows them
 * ("95%", "86.18%"), other numbers as plain digits, booleans TRUE/FALSE, errors as their
 * text, empty as "". Text is returned as written.
 */
export function cellText(cell: Cell): string {
  if (cell.error !== undefined) return cell.error;
  const v = cell.value;
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (!isPercentFormat(cell.format)) return formatPlainNumber(v);
  const percent = v * 100;
  const decimals = decimalsOfFormat(cell.format);
  if (decimals === null || !Number.isFinite(percent)) return `${formatPlainNumber(percent)}%`;
  const rounded = roundHalfUp(percent, decimals);
  return `${(rounded === 0 ? 0 : rounded).toFixed(decimals)}%`;
}
