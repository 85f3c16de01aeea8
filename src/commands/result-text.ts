import { roundHalfUp } from "../core/normalize";
import { say } from "../core/wording";
import type { CommandResult, FormSummary } from "./command-result";
import { RESULT_WORDS, type ResultParams } from "./result-words";

/** The wording of the result dialog: a title, the lines under it, and how it should look. */
export interface ResultText {
  title: string;
  lines: string[];
  /** "ok" nothing to do, "attention" findings to look at, "error" the check did not run. */
  tone: "ok" | "attention" | "error";
  close: string;
}

/** Words a command result for the dialog in the result's language. */
export function describeResult(result: CommandResult): ResultText {
  const words = RESULT_WORDS[result.lang];
  const word = <C extends keyof ResultParams>(code: C, params: ResultParams[C]) =>
    say(words, code, params, undefined);
  const close = word("close", {});
  switch (result.kind) {
    case "no-form":
      return {
        tone: "attention",
        close,
        title: word("noFormTitle", { sheet: result.sheet }),
        lines: [word("noFormHint", {})],
      };
    case "failed":
      return { tone: "error", close, title: word("failedTitle", {}), lines: [result.message] };
    case "checked": {
      const errors = sum(result.forms, "errors");
      const warnings = sum(result.forms, "warnings");
      const tone = errors + warnings === 0 ? "ok" : "attention";
      const title = word("checkedTitle", { sheet: result.sheet, clean: tone === "ok" });
      const lines = result.forms.map((form) =>
        word("form", {
          ...form,
          total: form.total === null ? null : String(roundHalfUp(form.total, 2)),
        })
      );
      lines.push(word("changes", { writes: result.writes, marks: result.marks }));
      if (result.pruned) lines.push(word("pruned", { cells: result.pruned }));
      if (result.profileRefused) lines.push(word("profileRefused", {}));
      else if (result.profile) lines.push(word("profile", { id: result.profile }));
      lines.push(...result.notes);
      return { tone, close, title, lines };
    }
  }
}

function sum(forms: FormSummary[], key: "errors" | "warnings" | "infos"): number {
  return forms.reduce((total, form) => total + form[key], 0);
}
