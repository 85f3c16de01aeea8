import type { Address } from "./grid";

/** The closed set of finding codes of rules.md §6 (docs/rules.md lists the wording). */
export const FINDING_CODES = [
  "layout.not-a-form",
  "layout.missing-part",
  "layout.hint-unused",
  "header.field-empty",
  "header.year-missing",
  "funds.not-a-number",
  "funds.negative",
  "funds.sum-mismatch",
  "funds.budget-zero",
  "funds.over-budget",
  "funds.execution-low",
  "funds.rate-wrong",
  "funds.score-wrong",
  "goals.empty",
  "goals.copied",
  "indicator.none",
  "indicator.level-unknown",
  "indicator.name-empty",
  "indicator.missing-kind",
  "target.empty",
  "target.comparator-missing",
  "target.comparator-nonstandard",
  "actual.empty",
  "actual.not-a-value",
  "actual.has-comparator",
  "actual.not-a-number",
  "actual.unit-missing",
  "actual.unit-mismatch",
  "actual.qualitative-unclear",
  "actual.over-achieved",
  "weight.invalid",
  "weight.total",
  "weight.split",
  "score.invalid",
  "score.wrong",
  "score.out-of-band",
  "score.needs-judgement",
  "score.adjusted",
  "reason.required",
  "total.wrong",
  "total.grade",
  "total.grade-wrong",
  "total.all-full-marks",
  "consistency.performance-ahead-of-spending",
  "consistency.cost-restates-budget",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = "error" | "warning" | "info";
/** The part of the form a finding belongs to, for grouping in the pane. */
export type FormPart = "layout" | "header" | "funds" | "goals" | "indicators" | "total";

export type FindingParams = Record<string, string | number>;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The cell the user should look at (0-based, on the evaluated sheet). */
  address: Address;
  params: FindingParams;
  /** True when the write plan corrects it (funds.rate-wrong, score.wrong, …). */
  fixed: boolean;
}

export function partOf(code: FindingCode): FormPart {
  const prefix = code.slice(0, code.indexOf("."));
  switch (prefix) {
    case "layout":
    case "header":
    case "funds":
    case "goals":
    case "total":
      return prefix;
    default:
      return "indicators";
  }
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}

/** Whether a finding is at or above a threshold severity (error > warning > info). */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[threshold];
}
