import type { Grade } from "../core/evaluation";
import { asLang, type Lang } from "../core/lang";

/**
 * What one click on 一键校验 did, as the result dialog shows it. The ribbon command builds it,
 * passes it to the dialog in the page's query string (DialogApi 1.1 has no other channel into
 * the dialog) and the dialog reads it back, trusting nothing it finds there.
 */

export interface FormSummary {
  /** 项目名称, or null when the form has none yet. */
  project: string | null;
  total: number | null;
  grade: Grade | null;
  errors: number;
  warnings: number;
  infos: number;
}

export type CommandResult =
  | {
      kind: "checked";
      lang: Lang;
      sheet: string;
      forms: FormSummary[];
      /** Computed cells written and cells marked, over all forms of the sheet. */
      writes: number;
      marks: number;
      /** The most severe findings, worded in `lang`, with their cell ("C7: …"). */
      notes: string[];
      /** Cells of earlier writes dropped from the restore record to keep it within its limit. */
      pruned?: number;
      /** The rules that scored, when not the default mof-2020 (a built-in's or a file's id). */
      profile?: string;
      /** The document's saved rules were refused, so mof-2020 scored instead. */
      profileRefused?: true;
    }
  | { kind: "no-form"; lang: Lang; sheet: string }
  | { kind: "failed"; lang: Lang; sheet: string | null; message: string };

/** Longest query string we hand to displayDialogAsync; hosts cap the dialog URL near 2 KB. */
export const MAX_QUERY_LENGTH = 1800;

const GRADES: readonly string[] = ["优", "良", "中", "差"];

/** Encodes a result as a query string (without "?"), dropping notes and forms until it fits. */
export function encodeResult(result: CommandResult): string {
  const encode = (r: CommandResult) => "r=" + encodeURIComponent(JSON.stringify(r));
  if (result.kind !== "checked") {
    const text = encode(result);
    if (text.length <= MAX_QUERY_LENGTH || result.kind === "no-form") return text;
    return encode({ ...result, message: shorten(result.message, 150) });
  }
  let trimmed = { ...result, notes: result.notes.map((n) => shorten(n, 120)) };
  while (encode(trimmed).length > MAX_QUERY_LENGTH && trimmed.notes.length > 0) {
    trimmed = { ...trimmed, notes: trimmed.notes.slice(0, -1) };
  }
  while (encode(trimmed).length > MAX_QUERY_LENGTH && trimmed.forms.length > 1) {
    trimmed = { ...trimmed, forms: trimmed.forms.slice(0, -1) };
  }
  return encode(trimmed);
}

/** Reads a result back from a query string; null when it is missing or not well formed. */
export function decodeResult(search: string): CommandResult | null {
  const raw = new URLSearchParams(search).get("r");
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  return isCommandResult(data) ? data : null;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const isStringOrNull = (v: unknown) => v === null || typeof v === "string";

function isFormSummary(v: unknown): v is FormSummary {
  return (
    isRecord(v) &&
    isStringOrNull(v.project) &&
    (v.total === null || (typeof v.total === "number" && Number.isFinite(v.total))) &&
    (v.grade === null || (typeof v.grade === "string" && GRADES.includes(v.grade))) &&
    isCount(v.errors) &&
    isCount(v.warnings) &&
    isCount(v.infos)
  );
}

function isCommandResult(v: unknown): v is CommandResult {
  if (!isRecord(v) || asLang(v.lang) === null) return false;
  switch (v.kind) {
    case "checked":
      return (
        typeof v.sheet === "string" &&
        Array.isArray(v.forms) &&
        v.forms.every(isFormSummary) &&
        isCount(v.writes) &&
        isCount(v.marks) &&
        Array.isArray(v.notes) &&
        v.notes.every((n) => typeof n === "string") &&
        (v.pruned === undefined || isCount(v.pruned)) &&
        (v.profile === undefined || (typeof v.profile === "string" && v.profile.length <= 80)) &&
        (v.profileRefused === undefined || v.profileRefused === true)
      );
    case "no-form":
      return typeof v.sheet === "string";
    case "failed":
      return isStringOrNull(v.sheet) && typeof v.message === "string";
    default:
      return false;
  }
}
