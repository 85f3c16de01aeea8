/**
 * Reading a 年度指标值 (target) cell, rules.md §2: a quantity with comparator and unit,
 * a period (date or date range, mostly on 时效 rows), 不适用, or qualitative text.
 */
import type { Cell } from "./grid";
import { formatPlainNumber, isDateFormat, isPercentFormat, normalizeText } from "./normalize";
import { isDashOrBlank, parseNumberText, type NumberWithUnit } from "./parse-number";
import { compareDays, dayFromSerial, daysInMonth, isValidDay } from "./calendar";
import type { Comparator, ComparatorSource, Day, Target } from "./values";

export interface TargetContext {
  /** A 成本 row: a quantity without comparator is read as ≤ rather than ≥. */
  isCost: boolean;
  /** A 时效 row: bare years ("2021") and dotted months ("2021.12") are read as periods. */
  isPeriod: boolean;
  /** The form's year, for periods written without one ("12月底前"). */
  defaultYear?: number | undefined;
}

/** A number with unit and the comparator written around it. */
export interface QuantityText extends NumberWithUnit {
  comparator: Comparator | null;
  source: ComparatorSource;
  written: string;
}

const CANONICAL = new Set<string>(["≥", "＞", "＝", "＜", "≤"]);

/** Comparators written before the number, longest first so 大于等于 wins over 大于. */
const PREFIXES: ReadonlyArray<readonly [string, Comparator]> = (
  [
    ["≥", "≥"],
    ["≧", "≥"],
    ["›=", "≥"],
    ["⩾", "≥"],
    [">=", "≥"],
    ["=>", "≥"],
    ["＞＝", "≥"],
    ["＞=", "≥"],
    [">＝", "≥"],
    ["不低于", "≥"],
    ["不少于", "≥"],
    ["不小于", "≥"],
    ["大于等于", "≥"],
    ["大于或等于", "≥"],
    ["至少", "≥"],
    ["≤", "≤"],
    ["≦", "≤"],
    // "‹=5300元/户": the angle quotation mark standing in for "<" in a published form.
    ["‹=", "≤"],
    ["⩽", "≤"],
    ["<=", "≤"],
    ["=<", "≤"],
    ["＜＝", "≤"],
    ["＜=", "≤"],
    ["<＝", "≤"],
    ["不高于", "≤"],
    ["不超过", "≤"],
    ["不大于", "≤"],
    ["不多于", "≤"],
    ["小于等于", "≤"],
    ["小于或等于", "≤"],
    ["控制在", "≤"],
    ["至多", "≤"],
    ["＞", "＞"],
    [">", "＞"],
    ["大于", "＞"],
    ["超过", "＞"],
    ["高于", "＞"],
    ["多于", "＞"],
    ["＜", "＜"],
    ["<", "＜"],
    ["小于", "＜"],
    ["低于", "＜"],
    ["少于", "＜"],
    ["＝", "＝"],
    ["=", "＝"],
    // "═" (a box-drawing line) standing in for "=" in a published form.
    ["═", "＝"],
    ["==", "＝"],
    ["等于", "＝"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** Comparators written after the number ("90%以上", "10万元以内"), longest first. */
const SUFFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  ["及以上", "≥"],
  ["以上", "≥"],
  ["及以下", "≤"],
  ["以下", "≤"],
  ["以内", "≤"],
  ["之内", "≤"],
  ["内", "≤"],
];

const NOT_APPLICABLE = new Set(["不适用", "不涉及"]);

/** True when the text says the indicator does not apply (不适用, 不涉及). */
export function isNotApplicableText(text: string): boolean {
  return NOT_APPLICABLE.has(
    normalizeText(text)
      .replace(/ /g, "")
      .replace(/[。.]+$/, "")
  );
}

/**
 * Reads a number with unit and an optional comparator before (≥, 不低于 …) or after (…以上)
 * it. Null when the text is not such a quantity or the two comparators disagree.
 */
export function parseQuantityText(text: string): QuantityText | null {
  let body = normalizeText(text).replace(/ /g, "");
  const prefix = PREFIXES.find(([w]) => body.startsWith(w));
  if (prefix) body = body.slice(prefix[0].length);
  const suffix = SUFFIXES.find(([w]) => body.endsWith(w));
  if (suffix) body = body.slice(0, body.length - suffix[0].length);
  const number = parseNumberText(body);
  if (number === null) return null;
  if (prefix && suffix && prefix[1] !== suffix[1]) return null;
  const comparator = prefix?.[1] ?? suffix?.[1] ?? null;
  const written =
    prefix && suffix ? `${prefix[0]}…${suffix[0]}` : (prefix?.[0] ?? suffix?.[0] ?? "");
  const source: ComparatorSource =
    comparator === null
      ? "missing"
      : prefix && !suffix && CANONICAL.has(prefix[0])
        ? "canonical"
        : "nonstandard";
  return { comparator, source, written, value: number.value, unit: number.unit };
}

/** A stretch of calendar read from text: a year, a month or months, or one day. */
interface Span {
  year: number | null;
  fromMonth: number;
  toMonth: number;
  day: number | null;
  /** Written with 年/月/日 or as a full date, so it reads as a date outside 时效 rows too. */
  explicit: boolean;
  /** Written as a deadline ("12月底", "年末"). */
  byEnd: boolean;
}

interface PeriodRead {
  span: { start: Day | null; end: Day };
  /** Clearly a date; weak reads ("2021", "2021.12") count only on 时效 rows. */
  strong: boolean;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function makeSpan(
  year: number | null,
  fromMonth: number,
  toMonth: number,
  day: number | null,
  explicit: boolean,
  written: string
): Span | null {
  if (year !== null && (year < MIN_YEAR || year > MAX_YEAR)) return null;
  if (fromMonth < 1 || toMonth > 12 || fromMonth > toMonth) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, fromMonth, toMonth, day, explicit, byEnd: /[底末]/.test(written) };
}

const n = (s: string | undefined): number => Number(s);

/** Ways to write one span, tried in order; each matches at the start of the text. */
const SPAN_READERS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Span | null]> = [
  // 2021-12-31, 2021.12.31, 2021/12/31 (one separator throughout)
  [
    /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?!\d)[日号]?/,
    (m) => makeSpan(n(m[1]), n(m[3]), n(m[3]), n(m[4]), true, m[0]),
  ],
  // 2021年1-12月, 1-12月
  [
    /^(?:(\d{4})年)?(\d{1,2})月?(?:-|~|至|到)(\d{1,2})月[底末]?/,
    (m) => makeSpan(m[1] === undefined ? null : n(m[1]), n(m[2]), n(m[3]), null, true, m[0]),
  ],
  // 2021年12月31日, 2021年12月底, 2021年度, 2021年上半年, 2021年底
  [
    /^(\d{4})年度?(?:([上下])半年|(\d{1,2})月份?(?:(\d{1,2})[日号])?[底末]?|[底末])?/,
    (m) => {
      if (m[2] !== undefined)
        return makeSpan(n(m[1]), m[2] === "上" ? 1 : 7, m[2] === "上" ? 6 : 12, null, true, m[0]);
      if (m[3] === undefined) return makeSpan(n(m[1]), 1, 12, null, true, m[0]);
      return makeSpan(n(m[1]), n(m[3]), n(m[3]), m[4] === undefined ? null : n(m[4]), true, m[0]);
    },
  ],
  // 2021.12, 2021-12, 2021/12
  [
    /^(\d{4})[./-](\d{1,2})(?!\d)(月[底末]?)?/,
    (m) => makeSpan(n(m[1]), n(m[2]), n(m[2]), null, m[3] !== undefined, m[0]),
  ],
  // 12月31日, 12月底
  [
    /^(\d{1,2})月份?(?:(\d{1,2})[日号])?[底末]?/,
    (m) => makeSpan(null, n(m[1]), n(m[1]), m[2] === undefined ? null : n(m[2]), true, m[0]),
  ],
  // 年底, 全年 …: the form's year
  [/^(?:年底|年末|全年|年内|当年|本年度|本年)/, (m) => makeSpan(null, 1, 12, null, true, m[0])],
  // 2021
  [/^(\d{4})(?!\d)/, (m) => makeSpan(n(m[1]), 1, 12, null, false, m[0])],
];

function readSpan(s: string): { span: Span; rest: string } | null {
  for (const [pattern, make] of SPAN_READERS) {
    const m = pattern.exec(s);
    const span = m ? make(m) : null;
    if (m && span) return { span, rest: s.slice(m[0].length) };
  }
  return null;
}

const LEAD = /^(?:截至|截止至|截止到|截止|于|在|到|至)/;
const SEPARATOR = /^(?:-|~|至|到|—+|–)/;
const TAIL = /^(?:之前|以前|前|为止|止|完成|结束|以内|之内|内)*$/;

function startOf(s: Span, year: number): Day {
  return { year, month: s.fromMonth, day: s.day ?? 1 };
}

function endOf(s: Span, year: number): Day {
  return { year, month: s.toMonth, day: s.day ?? daysInMonth(year, s.toMonth) };
}

/** Reads a date or date range; "year-unknown" when it is one but no year is written or given. */
function readPeriod(
  text: string,
  defaultYear: number | undefined
): PeriodRead | "year-unknown" | null {
  let s = normalizeText(text).replace(/ /g, "");
  const lead = LEAD.exec(s);
  if (lead) s = s.slice(lead[0].length);
  const firstRead = readSpan(s);
  if (firstRead === null) return null;
  const first = firstRead.span;
  let rest = firstRead.rest;
  let second: Span | null = null;
  const separator = SEPARATOR.exec(rest);
  if (separator) {
    const next = readSpan(rest.slice(separator[0].length));
    if (next === null) return null;
    second = next.span;
    rest = next.rest;
  }
  if (!TAIL.test(rest)) return null;
  const startYear = first.year ?? second?.year ?? defaultYear;
  if (startYear === undefined || startYear === null) return "year-unknown";
  const last = second ?? first;
  const start = startOf(first, startYear);
  const end = endOf(last, last.year ?? startYear);
  if (!isValidDay(start) || !isValidDay(end) || compareDays(start, end) > 0) return null;
  const deadline = second === null && (lead !== null || first.byEnd || /[前止内]/.test(rest));
  const isMonth = (x: Span): boolean => x.fromMonth === x.toMonth;
  const monthRange = second !== null && isMonth(first) && isMonth(second);
  const strong = first.explicit || second?.explicit === true || monthRange;
  return { span: { start: deadline ? null : start, end }, strong };
}

/** Reads a date or date range ("2021.01-2021.12", "2021年12月底前", "12月" with a default year). */
export function parsePeriodText(
  text: string,
  defaultYear?: number
): { start: Day | null; end: Day } | null {
  const read = readPeriod(text, defaultYear);
  return read === null || read === "year-unknown" ? null : read.span;
}

function quantity(q: QuantityText, ctx: TargetContext): Target {
  const comparator = q.comparator ?? (ctx.isCost ? "≤" : "≥");
  return {
    kind: "quantity",
    comparator,
    source: q.comparator === null ? "missing" : q.source,
    written: q.written,
    value: q.value,
    unit: q.unit,
  };
}

function readNumberTarget(v: number, format: string | undefined, ctx: TargetContext): Target {
  const percent = isPercentFormat(format);
  const day = isDateFormat(format) ? dayFromSerial(v) : null;
  if (day !== null) return { kind: "period", start: day, end: day };
  const isYear = ctx.isPeriod && !percent && Number.isInteger(v);
  const year = isYear ? readPeriod(String(v), undefined) : null;
  if (year !== null && year !== "year-unknown") return { kind: "period", ...year.span };
  const value = percent ? Number((v * 100).toPrecision(15)) : v;
  if (!Number.isFinite(value)) return { kind: "qualitative", text: formatPlainNumber(v) };
  const unit = percent ? "%" : null;
  return quantity({ comparator: null, source: "missing", written: "", value, unit }, ctx);
}

function readTextTarget(raw: string, ctx: TargetContext): Target {
  const text = normalizeText(raw);
  if (isNotApplicableText(text)) return { kind: "not-applicable", text };
  const period = readPeriod(text, ctx.defaultYear);
  if (period === "year-unknown") return { kind: "qualitative", text };
  if (period !== null && (period.strong || ctx.isPeriod)) return { kind: "period", ...period.span };
  const q = parseQuantityText(text);
  return q === null ? { kind: "qualitative", text } : quantity(q, ctx);
}

/**
 * Reads a target cell: "≥200人次" → quantity, "2021.01-2021.12" → period, "保障" → qualitative.
 * A quantity without comparator gets ≤ on 成本 rows and ≥ elsewhere, with source "missing".
 * An error cell (#REF! …) is read as qualitative text holding the error.
 */
export function parseTarget(cell: Cell, ctx: TargetContext): Target {
  if (cell.error !== undefined) return { kind: "qualitative", text: cell.error };
  if (isDashOrBlank(cell)) return { kind: "empty" };
  const v = cell.value;
  if (typeof v === "number") return readNumberTarget(v, cell.format, ctx);
  if (typeof v === "boolean") return { kind: "qualitative", text: v ? "TRUE" : "FALSE" };
  return readTextTarget(v ?? "", ctx);
}
