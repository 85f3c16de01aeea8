// zod/mini, as the other schemas the ribbon commands load (profile.ts).
import * as z from "zod/mini";
import { fromA1, toA1 } from "./address";
import type { Address, Scalar } from "./grid";
import { FIELD_KEYS, type FieldKey } from "./label-dictionary";
import { compactLabel } from "./normalize";
import type { NoParams } from "./wording";

/**
 * What a user told the reader about a form it could not read by itself: "the label in G12
 * (「配分」) is 分值". A hint with a text extends the label dictionary for the sheet, so it
 * holds wherever that label stands (a batch of forms of one template, a table moved down);
 * a hint without a text names a header cell that is blank. Hints are data: the pane keeps
 * them with the document, the command line reads them from a file (--layout), and the JSON
 * report gives back the layout the reader used in the same shape.
 */
export const LayoutHint = z.strictObject({
  field: z.enum(FIELD_KEYS as [FieldKey, ...FieldKey[]]),
  /** The label as written (compared compacted); "" for a blank header cell. */
  text: z.string().check(z.maxLength(200)),
  /** The label's cell as A1 ("G12"), where the hint was taken. */
  cell: z.optional(
    z.string().check(z.refine((s) => fromA1(s) !== undefined, { message: "not an A1 cell" }))
  ),
  /**
   * The sheet the hint holds for; without one it holds for every sheet (a --layout file for a
   * batch of forms of one template). The pane keeps each hint with the sheet it was taken on.
   */
  sheet: z.optional(z.string().check(z.minLength(1), z.maxLength(31))),
});
export type LayoutHint = z.infer<typeof LayoutHint>;

export const LayoutHints = z.strictObject({
  version: z.literal(1),
  hints: z.array(LayoutHint).check(z.maxLength(500)),
});
export type LayoutHints = z.infer<typeof LayoutHints>;

export const NO_HINTS: LayoutHints = { version: 1, hints: [] };

/** Where an issue stands: the hint (1-based) when it is inside one, and the key it names. */
type HintRef = { hint?: number; key: string };

/** The parameters of each layout-hints issue code; hint-words/*.ts word them. */
export interface LayoutHintIssueParams {
  "unknown-field": HintRef & { fields: string };
  "unknown-keys": { hint?: number; keys: string };
  "wrong-type": HintRef & { expected: "text" | "list" | "object" | "number" | "other" };
  "not-a-cell": HintRef;
  "bad-version": NoParams;
  invalid: HintRef;
}

export type LayoutHintIssueCode = keyof LayoutHintIssueParams;

/** A problem with hints from a file or a document: its dotted path, code and parameters. */
export type LayoutHintsIssue = {
  [C in LayoutHintIssueCode]: { path: string; code: C; params: LayoutHintIssueParams[C] };
}[LayoutHintIssueCode];

const TYPE_NAMES: Record<string, LayoutHintIssueParams["wrong-type"]["expected"]> = {
  string: "text",
  array: "list",
  object: "object",
  number: "number",
};

function issueOf(issue: z.core.$ZodIssue): LayoutHintsIssue {
  const path = issue.path.map(String).join(".");
  const index = issue.path[0] === "hints" ? issue.path[1] : undefined;
  const hint = typeof index === "number" ? { hint: index + 1 } : {};
  if (issue.code === "unrecognized_keys")
    return { path, code: "unknown-keys", params: { ...hint, keys: issue.keys.join(", ") } };
  const at = { ...hint, key: String(issue.path[issue.path.length - 1] ?? "") };
  switch (issue.code) {
    case "invalid_value":
      return at.key === "field"
        ? { path, code: "unknown-field", params: { ...at, fields: FIELD_KEYS.join(", ") } }
        : { path, code: "bad-version", params: {} };
    case "invalid_type":
      return {
        path,
        code: "wrong-type",
        params: { ...at, expected: TYPE_NAMES[issue.expected] ?? "other" },
      };
    default:
      return at.key === "cell"
        ? { path, code: "not-a-cell", params: at }
        : { path, code: "invalid", params: at };
  }
}

/** Validates hints from a file or the document; problems are returned as coded issues, never thrown. */
export function parseLayoutHints(
  input: unknown
): { success: true; data: LayoutHints } | { success: false; issues: LayoutHintsIssue[] } {
  const result = LayoutHints.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: result.error.issues.map(issueOf) };
}

/** The hints in the form the sheet view applies: by compacted label text, and by cell. */
export interface HintIndex {
  byText: Map<string, FieldKey>;
  byCell: Map<string, FieldKey>;
}

export function indexHints(hints: readonly LayoutHint[]): HintIndex {
  const byText = new Map<string, FieldKey>();
  const byCell = new Map<string, FieldKey>();
  for (const h of hints) {
    const text = compactLabel(h.text);
    if (text !== "") byText.set(text, h.field);
    else if (h.cell) {
      const at = fromA1(h.cell);
      if (at) byCell.set(`${at.row}:${at.col}`, h.field);
    }
  }
  return { byText, byCell };
}

/** Whether two hints speak of the same label (or blank cell) on the same sheets. */
export function sameHintPlace(a: LayoutHint, b: LayoutHint): boolean {
  if (a.sheet !== b.sheet) return false;
  return b.text !== ""
    ? compactLabel(a.text) === compactLabel(b.text)
    : a.text === "" && a.cell === b.cell;
}

/** Adds a hint, replacing an earlier one for the same label text or blank cell of the same sheet. */
export function withHint(hints: LayoutHints, hint: LayoutHint): LayoutHints {
  return { version: 1, hints: [...hints.hints.filter((h) => !sameHintPlace(h, hint)), hint] };
}

/** Removes the hint for the same place (label text or blank cell, and sheet). */
export function withoutHint(hints: LayoutHints, hint: LayoutHint): LayoutHints {
  return { version: 1, hints: hints.hints.filter((h) => !sameHintPlace(h, hint)) };
}

/** The hints that hold for a sheet: its own and those given for every sheet. */
export function hintsForSheet(hints: readonly LayoutHint[], sheet: string): LayoutHint[] {
  return hints.filter((h) => h.sheet === undefined || h.sheet === sheet);
}

/** Why a selected cell cannot be taken as a label. */
export type HintRefusal = "number" | "too-long";

/**
 * The hint "the cell the user selected is this field's label": its text when it holds one (so
 * the label is known wherever it stands on the sheet), else its place. A number is a value,
 * not a label: taking it would make every cell holding that number a header.
 */
export function hintFromCell(
  field: FieldKey,
  sheet: string,
  address: Address,
  value: Scalar
): { ok: true; hint: LayoutHint } | { ok: false; refusal: HintRefusal } {
  if (typeof value === "number" || typeof value === "boolean")
    return { ok: false, refusal: "number" };
  const text = (value ?? "").trim();
  if (text.length > 200) return { ok: false, refusal: "too-long" };
  return { ok: true, hint: { field, text, cell: toA1(address), sheet } };
}

/** The outcome of 指定列: the hints with the new one, or why the selected cell cannot be taken. */
export type PointedHeader =
  | { ok: true; hint: LayoutHint; hints: LayoutHints }
  | { ok: false; refusal: HintRefusal | "other-sheet"; cell: string; picked: string };

/**
 * The user was asked to select, on `sheet`, the cell heading `field`, and selected `picked`:
 * the hints with that cell's label added, or why it cannot be taken (another sheet, a number).
 */
export function pointHeader(
  hints: LayoutHints,
  field: FieldKey,
  sheet: string,
  picked: { sheet: string; address: Address; value: Scalar }
): PointedHeader {
  const refused = (refusal: HintRefusal | "other-sheet"): PointedHeader => ({
    ok: false,
    refusal,
    cell: toA1(picked.address),
    picked: picked.sheet,
  });
  if (picked.sheet !== sheet) return refused("other-sheet");
  const made = hintFromCell(field, sheet, picked.address, picked.value);
  if (!made.ok) return refused(made.refusal);
  return { ok: true, hint: made.hint, hints: withHint(hints, made.hint) };
}

/** Hints stored with a document; anything this code cannot read counts as none. */
export function storedHints(raw: unknown): LayoutHints {
  const parsed = LayoutHints.safeParse(raw);
  return parsed.success ? parsed.data : NO_HINTS;
}
