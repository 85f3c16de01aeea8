/**
 * Valid, unique Excel sheet names for new project sheets, planned before anything is
 * created so the pane can show each change and why.
 */

/** Excel's limit, in UTF-16 code units (a CJK character of the BMP counts 1, an emoji 2). */
export const SHEET_NAME_MAX = 31;

/** Used when a requested name is empty after cleaning. */
export const DEFAULT_SHEET_NAME = "自评表";

import type { NoParams } from "./wording";

export type SheetNameIssue =
  "whitespace" | "forbidden-chars" | "apostrophe" | "empty" | "reserved" | "too-long" | "duplicate";

export interface SheetNamePlan {
  requested: string;
  name: string;
  changed: boolean;
  /** Why the name was changed, in the order the fixes were applied (sheetNameReason words them). */
  issues: SheetNameIssue[];
}

/** The parameters each issue's words read (core/words/). */
export interface SheetNameIssueParams {
  whitespace: NoParams;
  "forbidden-chars": NoParams;
  apostrophe: NoParams;
  empty: { name: string };
  reserved: NoParams;
  "too-long": { max: number };
  duplicate: NoParams;
}

/** Full-width look-alikes keep the meaning of a name such as 2021/2022 readable. */
const FORBIDDEN: Record<string, string> = {
  ":": "：",
  "\\": "＼",
  "/": "／",
  "?": "？",
  "*": "＊",
  "[": "［",
  "]": "］",
};

const RESERVED = ["HISTORY"];

/** Tabs and line breaks pasted from a list of names become spaces. */
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * The key Excel compares names by. Excel ignores case; folding widths (NFKC) as well
 * can only make the check stricter, never let a clash through.
 */
export function sheetNameKey(name: string): string {
  return name.normalize("NFKC").toUpperCase();
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function truncateUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

function stripApostrophes(text: string): string {
  return text.replace(/^'+/, "").replace(/'+$/, "");
}

/** Cleans one name on its own (no uniqueness yet), recording each fix. */
function cleanName(requested: string): { base: string; issues: SheetNameIssue[] } {
  const issues: SheetNameIssue[] = [];
  let name = requested.replace(CONTROL, " ").trim().replace(/ {2,}/g, " ");
  if (name !== requested && name !== "") issues.push("whitespace");

  const replaced = name.replace(/[:\\/?*[\]]/g, (ch) => FORBIDDEN[ch] ?? "_");
  if (replaced !== name) issues.push("forbidden-chars");
  name = replaced;

  const unquoted = stripApostrophes(name).trim();
  if (unquoted !== name) issues.push("apostrophe");
  name = unquoted;

  if (name === "") {
    issues.length = 0;
    issues.push("empty");
    name = DEFAULT_SHEET_NAME;
  }
  if (name.length > SHEET_NAME_MAX) {
    issues.push("too-long");
    name = stripApostrophes(truncateUnits(name, SHEET_NAME_MAX)).trimEnd();
  }
  return { base: name, issues };
}

/** `base (n)` cut so the whole name stays within the limit. */
function numbered(base: string, n: number): string {
  const suffix = ` (${n})`;
  const head = stripApostrophes(truncateUnits(base, SHEET_NAME_MAX - suffix.length)).trimEnd();
  return `${head || DEFAULT_SHEET_NAME}${suffix}`;
}

/**
 * Plans a valid, unique name for each wanted sheet: at most 31 UTF-16 units, none of
 * `: \ / ? * [ ]`, not empty, no apostrophe at either end, and unique ignoring case
 * against the existing sheets and the other wanted names (numbered " (2)", " (3)" …).
 */
export function planSheetNames(wanted: string[], existing: string[]): SheetNamePlan[] {
  const taken = new Set(existing.map(sheetNameKey));
  return wanted.map((requested) => {
    const { base, issues } = cleanName(requested);
    let name = base;
    const reserved = RESERVED.includes(sheetNameKey(base));
    if (reserved || taken.has(sheetNameKey(base))) {
      issues.push(reserved ? "reserved" : "duplicate");
      let n = 2;
      while (taken.has(sheetNameKey(numbered(base, n)))) n += 1;
      name = numbered(base, n);
    }
    taken.add(sheetNameKey(name));
    return { requested, name, changed: name !== requested, issues };
  });
}
