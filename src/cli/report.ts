import {
  areaToA1,
  summaryLabel,
  formatFinding,
  isOwnSummary,
  isAtLeast,
  toA1,
  type Evaluation,
  type Grid,
  type Lang,
  type Severity,
  type Summary,
} from "../core";
import type {
  CheckReport,
  FileReport,
  FindingReport,
  FormReport,
  IndicatorReport,
  SummaryReport,
} from "./report-schema";

/** Evaluations turned into the report's plain data (the same for --json and the text output). */

function indicatorsOf(evaluation: Evaluation): IndicatorReport[] {
  const results = new Map(evaluation.indicators.map((r) => [r.row, r]));
  return (evaluation.form?.indicators ?? []).map((ind) => ({
    row: ind.row + 1,
    level1: ind.level1.text,
    level2: ind.level2.text,
    name: ind.name.text,
    target: ind.targetText.text,
    actual: ind.actualText.text,
    weight: ind.weight.value,
    score: ind.score.value,
    computedScore: results.get(ind.row)?.computedScore ?? null,
  }));
}

/** One form's report. */
export function reportForm(evaluation: Evaluation, lang: Lang): FormReport {
  const findings: FindingReport[] = evaluation.findings.map((f) => ({
    id: f.id,
    code: f.code,
    severity: f.severity,
    cell: toA1(f.address),
    message: formatFinding(f, lang),
    params: { ...f.params },
  }));
  return {
    kind: evaluation.kind,
    project: evaluation.form?.header.name?.text ?? null,
    range: areaToA1(evaluation.range),
    total: evaluation.score?.total ?? null,
    grade: evaluation.score?.grade ?? null,
    executionRate: evaluation.executionRate,
    indicators: indicatorsOf(evaluation),
    findings,
    layout: { version: 1, hints: evaluation.form?.layout ?? [] },
  };
}

/** A file that was read: its sheets and forms. Blank sheets get no forms. */
export function reportFile(
  file: string,
  sheets: { grid: Grid; evaluations: Evaluation[] }[],
  lang: Lang
): FileReport {
  return {
    file,
    error: null,
    writeError: null,
    writeWarning: null,
    sheets: sheets.map(({ grid, evaluations }) => ({
      sheet: grid.sheet,
      forms: evaluations.map((e) => reportForm(e, lang)),
      skipped: evaluations.length > 0 ? null : isOwnSummary(grid) ? "summary" : "blank",
    })),
  };
}

export interface Tally {
  files: number;
  unreadable: number;
  forms: number;
  error: number;
  warning: number;
  info: number;
}

/** Counts for the summary line. */
export function tally(report: CheckReport): Tally {
  const t: Tally = { files: 0, unreadable: 0, forms: 0, error: 0, warning: 0, info: 0 };
  for (const file of report.files) {
    t.files += 1;
    if (file.error !== null) t.unreadable += 1;
    for (const sheet of file.sheets) {
      for (const form of sheet.forms) {
        if (form.kind === "form") t.forms += 1;
        for (const f of form.findings) t[f.severity] += 1;
      }
    }
  }
  return t;
}

/** Whether any finding is at or above a severity. */
export function hasFindingsAtLeast(report: CheckReport, threshold: Severity): boolean {
  return report.files.some((file) =>
    file.sheets.some((sheet) =>
      sheet.forms.some((form) => form.findings.some((f) => isAtLeast(f.severity, threshold)))
    )
  );
}

/** The summary as the --json report carries it: areas in A1, every file named, reasons worded. */
export function reportSummary(summary: Summary, lang: Lang): SummaryReport {
  return {
    amountUnit: "万元",
    rows: summary.rows.map(({ file, sheet, range, ...figures }) => ({
      file: file ?? "",
      sheet,
      range: areaToA1(range),
      ...figures,
    })),
    totals: summary.totals,
    unread: summary.unread.map(({ file, sheet, reason }) => ({
      file: file ?? "",
      sheet,
      reason: reason.code,
      message: reason.code === "file" ? reason.message : summaryLabel("notAForm", lang),
    })),
  };
}
