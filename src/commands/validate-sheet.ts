import {
  addressKey,
  applyEvaluations,
  validateSheets,
  formatFinding,
  toA1,
  type Evaluation,
  type Finding,
  type FormEvaluation,
  type Journal,
  type Lang,
  type LayoutHint,
  type Profile,
} from "../core";
import type { ExcelPort } from "../excel";
import type { CommandResult, FormSummary } from "./command-result";

/** How many findings the result dialog lists by name. */
export const MAX_NOTES = 3;

/**
 * 一键校验 on the active sheet: read it, evaluate every form with the document's profile, write
 * the plans (the Excel shell journals them first, so 恢复 can undo), and sum up the outcome.
 * Office faults are thrown as the shell's ExcelFaultError.
 */
export async function validateActiveSheet(
  port: ExcelPort,
  profile: Profile,
  lang: Lang,
  hints: readonly LayoutHint[] = [],
  profileRefused = false
): Promise<CommandResult> {
  const [sheet] = await validateSheets(port, "active", { profile, hints });
  if (!sheet) throw new Error("the active sheet could not be read");
  const forms = sheet.evaluations.filter((e): e is FormEvaluation => e.kind === "form");
  if (forms.length === 0) return { kind: "no-form", lang, sheet: sheet.sheet };
  const journals = await applyEvaluations(port, forms);
  const result = summarise(sheet.sheet, forms, journals, lang);
  if (result.kind !== "checked") return result;
  const pruned = port.journalPruned();
  // The dialog names the rules when they are not the default, and says so when the document's
  // were refused: 一键校验 never scores by other rules than the user chose without a word.
  return {
    ...result,
    ...(pruned > 0 ? { pruned } : {}),
    ...(profileRefused
      ? { profileRefused: true as const }
      : profile.id !== "mof-2020"
        ? { profile: profile.id }
        : {}),
  };
}

/** The dialog's summary of evaluated forms and of the cells the journals say were changed. */
export function summarise(
  sheet: string,
  evaluations: FormEvaluation[],
  journals: Journal[],
  lang: Lang
): CommandResult {
  const changed = new Set(
    journals
      .filter((j) => j.sheet === sheet)
      .flatMap((j) => j.entries.map((e) => addressKey(e.address)))
  );
  let writes = 0;
  let marks = 0;
  for (const { plan } of evaluations) {
    writes += plan.writes.filter((w) => changed.has(addressKey(w.address))).length;
    marks += plan.marks.filter((m) => changed.has(addressKey(m.address))).length;
  }
  return {
    kind: "checked",
    lang,
    sheet,
    forms: evaluations.map(summariseForm),
    writes,
    marks,
    notes: topFindings(evaluations).map((f) => noteOf(f, lang)),
  };
}

function summariseForm(evaluation: FormEvaluation): FormSummary {
  const count = (severity: Finding["severity"]) =>
    evaluation.findings.filter((f) => f.severity === severity).length;
  const name = evaluation.form.header.name?.text.trim();
  return {
    project: name ? name : null,
    total: evaluation.score?.total ?? null,
    grade: evaluation.score?.grade ?? null,
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
  };
}

/** Errors before warnings, the ones the write did not already correct first; no notes. */
function topFindings(evaluations: Evaluation[]): Finding[] {
  const rank = (f: Finding) => (f.severity === "error" ? 0 : 2) + (f.fixed ? 1 : 0);
  return evaluations
    .flatMap((e) => e.findings)
    .filter((f) => f.severity !== "info")
    .map((f, order) => ({ f, order }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.order - b.order)
    .slice(0, MAX_NOTES)
    .map(({ f }) => f);
}

function noteOf(finding: Finding, lang: Lang): string {
  const cell = toA1(finding.address);
  const text = formatFinding(finding, lang);
  return lang === "zh-CN" ? `${cell}：${text}` : `${cell}: ${text}`;
}
