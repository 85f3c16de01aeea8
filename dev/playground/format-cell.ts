import type { Scalar } from "../../src/core/grid";

/**
 * The text a cell shows for its value and number format, close enough to Excel for a
 * readable simulated sheet: percents, fixed decimals, thousands separators, quoted
 * literals such as 0"分", and dates. Not a full Excel format engine.
 */

/** The format's first section with quoted literals and escapes taken out. */
function splitFormat(format: string): { code: string; prefix: string; suffix: string } {
  const section = format.split(";")[0] ?? "";
  let code = "";
  let prefix = "";
  let suffix = "";
  let seenCode = false;
  for (let i = 0; i < section.length; i += 1) {
    const ch = section[i] ?? "";
    let literal: string | null = null;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      literal = section[i + 1] ?? "";
      i += 1;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      i = end < 0 ? section.length : end;
      continue;
    } else if (ch === "_" || ch === "*") {
      i += 1;
      continue;
    }
    if (literal !== null) {
      if (seenCode) suffix += literal;
      else prefix += literal;
    } else {
      code += ch;
      if (/[0#?.%,@a-zA-Z]/.test(ch)) seenCode = true;
    }
  }
  return { code: code.trim(), prefix, suffix };
}

function formatGeneral(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(11)));
}

function groupThousands(text: string): string {
  const [int = "", frac] = text.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = int.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${digits}${frac === undefined ? "" : `.${frac}`}`;
}

/** Rounds half away from zero at `decimals`, ignoring binary noise (0.145 → 0.15). */
function toFixedHalfUp(value: number, decimals: number): string {
  const scaled = Number((Math.abs(value) * 10 ** decimals).toPrecision(15));
  const rounded = (Math.round(scaled) / 10 ** decimals) * Math.sign(value);
  return rounded.toFixed(decimals);
}

/** A serial date (1900 system) as y/m/d. */
function formatSerialDate(serial: number, code: string): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  if (code.includes("年")) return `${y}年${m}月${day}日`;
  return `${y}/${m}/${day}`;
}

function formatNumber(value: number, format: string): string {
  const { code, prefix, suffix } = splitFormat(format);
  const lower = code.toLowerCase();
  if (lower === "" || lower === "general") return `${prefix}${formatGeneral(value)}${suffix}`;
  if (/[yd]/.test(lower) || (/m/.test(lower) && !/[0#]/.test(lower))) {
    return formatSerialDate(value, format);
  }
  const percent = code.includes("%");
  const decimals = /\.([0#?]+)/.exec(code)?.[1]?.length ?? 0;
  let text = toFixedHalfUp(percent ? value * 100 : value, decimals);
  if (code.includes(",")) text = groupThousands(text);
  return `${prefix}${text}${percent ? "%" : ""}${suffix}`;
}

/** The text of a cell as a reader of the sheet sees it. */
export function displayText(value: Scalar, format?: string, error?: string): string {
  if (error !== undefined) return error;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(value, format ?? "General");
}
