// zod/mini, as the other schemas the ribbon commands load (profile.ts).
import * as z from "zod/mini";
import { fromA1 } from "./address";
import { FIELD_KEYS, type FieldKey } from "./label-dictionary";
import { compactLabel } from "./normalize";

/**
 * What a user told the reader about a form it could not read by itself: "the label in G12
 * (「配分」) is 分值". A hint with a text extends the label dictionary for the sheet, so it
 * holds wherever that label stands (a batch of forms of one template, a table moved down);
 * a hint without a text names a header cell that is blank. Hints are data: the pane keeps
 * them with the document, the command line reads them from a file (--layout), and the JSON
 * report gives back the layout the reader used in the same shape.
 */
export const LayoutHint = z.object({
  field: z.enum(FIELD_KEYS as [FieldKey, ...FieldKey[]]),
  /** The label as written (compared compacted); "" for a blank header cell. */
  text: z.string().check(z.maxLength(200)),
  /** The label's cell as A1 ("G12"), where the hint was taken. */
  cell: z.optional(
    z.string().check(z.refine((s) => fromA1(s) !== undefined, { message: "not an A1 cell" }))
  ),
});
export type LayoutHint = z.infer<typeof LayoutHint>;

export const LayoutHints = z.object({
  version: z.literal(1),
  hints: z.array(LayoutHint).check(z.maxLength(500)),
});
export type LayoutHints = z.infer<typeof LayoutHints>;

export const NO_HINTS: LayoutHints = { version: 1, hints: [] };

/** Validates hints from a file or the document; problems are returned, not thrown. */
export function parseLayoutHints(input: unknown): ReturnType<typeof LayoutHints.safeParse> {
  return LayoutHints.safeParse(input);
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
