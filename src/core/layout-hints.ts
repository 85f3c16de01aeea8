// zod/mini, as the other schemas the ribbon commands load (profile.ts).
import * as z from "zod/mini";
import { fromA1 } from "./address";
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

/** Adds a hint, replacing an earlier one for the same label text or blank cell. */
export function withHint(hints: LayoutHints, hint: LayoutHint): LayoutHints {
  const same = (h: LayoutHint) =>
    hint.text !== ""
      ? compactLabel(h.text) === compactLabel(hint.text)
      : h.text === "" && h.cell === hint.cell;
  return { version: 1, hints: [...hints.hints.filter((h) => !same(h)), hint] };
}
