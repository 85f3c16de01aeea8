import { qualifiedA1, toA1 } from "../core/address";
import type { Evaluation, Grade } from "../core/evaluation";
import type { Finding, FormPart, Severity } from "../core/findings";
import { compareSeverity, partOf } from "../core/findings";
import type { Address, Scalar } from "../core/grid";
import { roundHalfUp } from "../core/normalize";
import { plansOf } from "../core/plan";
import type { SheetResult, WritePreview } from "./pane-actions";
import type { Mapping } from "./pane-state";

/**
 * Shapes the evaluations into what the pane lists. Presentation only: every
 * decision about the form was already made by the core.
 */

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const PART_ORDER: readonly FormPart[] = [
  "layout",
  "header",
  "funds",
  "goals",
  "indicators",
  "total",
];

export interface FormSummary {
  name: string | null;
  total: number | null;
  grade: Grade | null;
  executionRate: number | null;
  counts: Record<Severity, number>;
}

/** A form's key in the pane: its sheet-qualified range ("'My sheet'!A1:I21"). */
export function formKey(evaluation: Evaluation): string {
  return qualifiedA1(evaluation.sheet, evaluation.range);
}

/** The headline figures of one form. */
export function summarizeForm(evaluation: Evaluation): FormSummary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of evaluation.findings) counts[f.severity] += 1;
  const name = evaluation.kind === "form" ? evaluation.form.header.name?.text.trim() : null;
  return {
    name: name ? name : null,
    total: evaluation.score?.total ?? null,
    grade: evaluation.score?.grade ?? null,
    executionRate: evaluation.executionRate,
    counts,
  };
}

export interface PartGroup {
  part: FormPart;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  parts: PartGroup[];
}

/** Findings grouped by severity (errors first), then by part of the form, each in reading order. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    const parts: PartGroup[] = [];
    for (const part of PART_ORDER) {
      const inPart = ofSeverity
        .filter((f) => partOf(f.code) === part)
        .sort((a, b) => a.address.row - b.address.row || a.address.col - b.address.col);
      if (inPart.length > 0) parts.push({ part, findings: inPart });
    }
    groups.push({ severity, parts });
  }
  return groups.sort((a, b) => compareSeverity(a.severity, b.severity));
}

export interface ReasonRow {
  /** Stable key for React: the reason cell. */
  key: string;
  indicator: string;
  cell: Address;
  current: string;
}

/** The rows whose 偏差原因分析 is required and that have a reason cell to write into. */
export function listReasonRows(evaluation: Evaluation): ReasonRow[] {
  if (evaluation.kind !== "form") return [];
  const form = evaluation.form;
  const rows: ReasonRow[] = [];
  const seen = new Set<string>();
  for (const finding of evaluation.findings) {
    if (finding.code !== "reason.required") continue;
    const indicator = form.indicators.find((i) => i.row === finding.address.row);
    const cell = indicator?.reason?.address;
    if (!indicator || !cell) continue;
    const key = `${evaluation.sheet}!${toA1(cell)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({
      key,
      indicator: indicator.name.text.trim() || toA1(indicator.name.address),
      cell,
      current: indicator.reason?.text ?? "",
    });
  }
  return rows;
}

/** A rate as a percent with two decimals, rounded half up as Excel displays it, or null. */
export function formatRate(rate: number | null): string | null {
  if (rate === null) return null;
  return `${roundHalfUp(rate * 100, 2).toFixed(2)}%`;
}

/** A cell value for the preview table (a rate as a percent); null for an empty cell. */
export function formatScalar(value: Scalar, asPercent = false): string | null {
  if (value === null) return null;
  if (asPercent && typeof value === "number") return formatRate(value);
  if (typeof value === "string") return value.trim() === "" ? null : value;
  return String(value);
}

/** What 写入 would do with the results shown: the plans that change something, row by row. */
export function previewWrites(results: readonly SheetResult[]): WritePreview {
  const plans = plansOf(results.flatMap((r) => r.evaluations));
  return {
    plans,
    marks: plans.reduce((n, plan) => n + plan.marks.length, 0),
    rows: plans.flatMap((plan) =>
      plan.writes.map((w) => ({
        sheet: plan.sheet,
        cell: toA1(w.address),
        kind: w.kind,
        previous: w.previous,
        value: w.value,
      }))
    ),
  };
}

/** Whether two write previews would change the same cells in the same way. */
export function isSamePreview(a: WritePreview, b: WritePreview): boolean {
  const key = (p: WritePreview) =>
    JSON.stringify([p.marks, p.rows.map((r) => [r.sheet, r.cell, r.previous, r.value])]);
  return key(a) === key(b);
}

/** What 指定列/指定区域 would map for a finding: a part or column the reader did not find. */
export function mappingOf(finding: Finding): Pick<Mapping, "field" | "kind"> | null {
  if (finding.code !== "layout.missing-part") return null;
  const { field, column } = finding.params;
  return { field, kind: column === undefined ? "part" : "column" };
}
