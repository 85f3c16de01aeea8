import type { Scalar } from "../../src/core";

/**
 * What Excel stores when a value is written through `range.values` or
 * `range.formulas`: the same as typing it. A subset good enough to catch a shell
 * that writes text which Excel would turn into a number, a formula or an error.
 */

export const ERROR_VALUES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
] as const;

export type Typed =
  | { kind: "empty" }
  | { kind: "value"; value: Scalar; numberFormat?: string }
  | { kind: "formula"; formula: string }
  | { kind: "error"; error: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;

/** Interprets a value written by an add-in as Excel would. */
export function coerceTyped(input: unknown): Typed {
  if (input === null || input === undefined || input === "") return { kind: "empty" };
  if (typeof input === "number") {
    return Number.isFinite(input)
      ? { kind: "value", value: input }
      : { kind: "error", error: "#NUM!" };
  }
  if (typeof input === "boolean") return { kind: "value", value: input };
  const text = String(input);
  if (text.startsWith("'"))
    return text.length === 1 ? { kind: "empty" } : { kind: "value", value: text.slice(1) };
  if (text.length > 1 && (text.startsWith("=") || /^[+-]./.test(text)) && !NUMBER.test(text)) {
    return { kind: "formula", formula: text.startsWith("=") ? text : `=${text}` };
  }
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { kind: "value", value: Number(trimmed) };
  if (PERCENT.test(trimmed)) {
    return { kind: "value", value: Number(trimmed.slice(0, -1)) / 100, numberFormat: "0%" };
  }
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  if ((ERROR_VALUES as readonly string[]).includes(upper)) return { kind: "error", error: upper };
  return { kind: "value", value: text };
}
