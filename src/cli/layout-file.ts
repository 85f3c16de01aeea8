import { promises as fs } from "fs";
import path from "path";
import { formatHintIssue, parseLayoutHints, type Lang, type LayoutHint } from "../core";
import { cliMessage } from "./messages";

/**
 * Reads `--layout FILE`: the labels a reviewer named for forms the reader could not read alone
 * ({ "version": 1, "hints": [{ "field": "weight", "text": "配分", "cell": "G12" }] }), in the
 * shape `--json` reports as each form's `layout`. A bad file is one line naming the field.
 */
export async function readLayoutFile(
  file: string,
  cwd: string,
  lang: Lang
): Promise<{ ok: true; hints: LayoutHint[] } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await fs.readFile(path.resolve(cwd, file), "utf8");
  } catch {
    return {
      ok: false,
      message: cliMessage("layoutUnreadable", {}, lang),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return {
      ok: false,
      message: cliMessage("layoutNotJson", {}, lang),
    };
  }
  const parsed = parseLayoutHints(data);
  if (parsed.success) return { ok: true, hints: parsed.data.hints };
  const first = parsed.issues[0];
  return { ok: false, message: first ? formatHintIssue(first, lang) : "?" };
}
