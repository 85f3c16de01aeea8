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

/** A problem with hints from a file or a document, worded in both languages, with its path. */
export interface LayoutHintsIssue {
  /** Dotted path of the field, e.g. "hints.2.field". */
  path: string;
  "zh-CN": string;
  "en-US": string;
}

function wordHintIssue(issue: z.core.$ZodIssue): LayoutHintsIssue {
  const path = issue.path.map(String).join(".");
  const index = issue.path[0] === "hints" ? issue.path[1] : undefined;
  const whose: [string, string] =
    typeof index === "number"
      ? [`第 ${index + 1} 条提示`, `hint ${index + 1}`]
      : ["布局文件", "the layout file"];
  if (issue.code === "unrecognized_keys")
    return {
      path,
      "zh-CN": `${whose[0]}有未知的项：${issue.keys.join("、")}`,
      "en-US": `${whose[1]} has unknown keys: ${issue.keys.join(", ")}`,
    };
  const key = String(issue.path[issue.path.length - 1] ?? "");
  const zh = typeof index === "number" || key === "" ? `${whose[0]}的 ${key} ` : `${key} `;
  const en = typeof index === "number" || key === "" ? `${whose[1]}: ${key}` : key;
  switch (issue.code) {
    case "invalid_value":
      return key === "field"
        ? {
            path,
            "zh-CN": `${zh}不是已知的字段（应为 ${FIELD_KEYS.join("、")} 之一）`,
            "en-US": `${en} is not a known field (one of ${FIELD_KEYS.join(", ")})`,
          }
        : { path, "zh-CN": `${zh}应为 1`, "en-US": `${en} must be 1` };
    case "invalid_type": {
      const names: Record<string, [string, string]> = {
        string: ["文本", "a text"],
        array: ["列表", "a list"],
        object: ["对象", "an object"],
        number: ["数字", "a number"],
      };
      const [zhType, enType] = names[issue.expected] ?? [issue.expected, issue.expected];
      return { path, "zh-CN": `${zh}应为${zhType}`, "en-US": `${en} must be ${enType}` };
    }
    default:
      return key === "cell"
        ? {
            path,
            "zh-CN": `${zh}不是单元格地址（如 G12）`,
            "en-US": `${en} is not a cell address (such as G12)`,
          }
        : { path, "zh-CN": `${zh}无效`, "en-US": `${en} is not valid` };
  }
}

/** Validates hints from a file or the document; problems are returned worded, never thrown. */
export function parseLayoutHints(
  input: unknown
): { success: true; data: LayoutHints } | { success: false; issues: LayoutHintsIssue[] } {
  const result = LayoutHints.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: result.error.issues.map(wordHintIssue) };
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
