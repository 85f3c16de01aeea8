import type { MissingEffect } from "./check-form";
import type { Grade } from "./evaluation";
import type { FieldKey } from "./label-dictionary";
import { toA1 } from "./address";
import type { NoParams } from "./wording";
import type { Address } from "./grid";
import type { ExecutionBasis } from "./profile";
import type { Comparator, Tier } from "./values";

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
  "funds.adjusted-budget",
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
  "score.deviation-deducted",
  "reason.required",
  "total.wrong",
  "total.grade",
  "total.grade-wrong",
  "total.all-full-marks",
  "total.capped-by-execution",
  "consistency.performance-ahead-of-spending",
  "consistency.cost-restates-budget",
] as const;

export type Severity = "error" | "warning" | "info";
/** The part of the form a finding belongs to, for grouping in the pane. */
export type FormPart = "layout" | "header" | "funds" | "goals" | "indicators" | "total";

/** Why a row needs a 偏差原因分析 (rules.md §4). */
export type ReasonCause = "not-achieved" | "over-achieved" | "adjusted" | "late" | "tier";

/** The band a score judged by the user must lie in: a qualitative tier, or a late period. */
export type ScoreBand = Tier | "late";

/** What a missing part or column was looked for by, what stands nearest, what cannot be done. */
type MissingWhat = { field: FieldKey; looked: string; nearest?: string; effect: MissingEffect };

type RowAndColumn = { row: string; column: string; value: string };
type EnteredAndComputed = { entered: string; computed: number };

/**
 * The parameters of each finding code. They are language-neutral: codes (a tier, a cause,
 * a part) and values from the sheet; the words for them live in the language modules
 * (words/zh-CN.ts, words/en-US.ts). Adding a code: add it to FINDING_CODES, give its
 * parameters here and its message in both language modules; the compiler checks the rest.
 */
export interface FindingParams {
  "layout.not-a-form": { sheet: string };
  "layout.missing-part": MissingWhat & {
    part: Exclude<FormPart, "layout">;
    /** When a column of the part lacks its header label ("三级指标", "得分" …): its name. */
    column?: string;
  };
  /** A --layout hint whose label is nowhere on the sheet. */
  "layout.hint-unused": { field: FieldKey; column: string; text: string; cell: string };
  "header.field-empty": { field: "项目名称" | "主管部门" | "实施单位" };
  "header.year-missing": NoParams;
  "funds.not-a-number": RowAndColumn;
  "funds.negative": RowAndColumn;
  "funds.sum-mismatch": { column: string; total: number; parts: string; sum: number };
  "funds.budget-zero": NoParams;
  "funds.over-budget": { budget: number; executed: number };
  "funds.execution-low": { rate: string; threshold: string };
  /** `basis`: the rate's denominator the profile used (R1, executionBasis). */
  "funds.rate-wrong": { entered: string; computed: string; basis: ExecutionBasis };
  "funds.score-wrong": EnteredAndComputed;
  /** The rate's denominator was 年初预算数 + 调整数, not the 全年预算数 beside it (or none). */
  "funds.adjusted-budget": {
    initial: number;
    adjustment: number;
    adjusted: number;
    budget?: number;
  };
  "goals.empty": { field: "预期目标" | "实际完成情况" };
  "goals.copied": { similarity: number };
  "indicator.none": NoParams;
  "indicator.level-unknown":
    { level: "一级"; value: string } | { level: "二级"; value: string; parent: string };
  "indicator.name-empty": NoParams;
  "indicator.missing-kind": { kind: string };
  "target.empty": NoParams;
  "target.comparator-missing": { target: string; assumed: Comparator };
  "target.comparator-nonstandard": { written: string; canonical: Comparator };
  "actual.empty": NoParams;
  "actual.not-a-value": { actual: string };
  "actual.has-comparator": { actual: string };
  "actual.not-a-number": { target: string; actual: string };
  "actual.unit-missing": { actual: string; unit: string };
  "actual.unit-mismatch": { actual: string; target: string };
  "actual.qualitative-unclear": { target: string; actual: string };
  "actual.over-achieved": { ratio: string };
  "weight.invalid": { value: string };
  "weight.total": { sum: number };
  "weight.split": { actual: string; expected: string };
  "score.invalid": { value: string; weight?: number };
  "score.wrong": EnteredAndComputed;
  "score.out-of-band": { entered: string; tier: ScoreBand; low: number; high: number };
  "score.needs-judgement": { tier?: ScoreBand };
  "score.adjusted": { entered: number; computed: number };
  /** 指标偏离: the actual is `deviation` above the target, `threshold` or more (a profile's rule). */
  "score.deviation-deducted": {
    deviation: string;
    threshold: string;
    points: number;
    score: number;
  };
  "reason.required": { cause: ReasonCause; name: string };
  "total.wrong": EnteredAndComputed;
  "total.grade": { grade: Grade; total: number };
  "total.grade-wrong": { entered: string; grade: Grade; total: number };
  "total.all-full-marks": NoParams;
  /** The total over the cap of the execution band the rate is in (a profile's rule). */
  "total.capped-by-execution": { rate: string; below: string; cap: number; total: number };
  "consistency.performance-ahead-of-spending": { completion: string; spending: string };
  "consistency.cost-restates-budget": { name: string };
}

export type FindingCode = (typeof FINDING_CODES)[number];

/** FINDING_CODES and FindingParams name the same codes, or this does not compile. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const CODES_MATCH: SameKeys<FindingCode, keyof FindingParams> = true;
void CODES_MATCH;

/** A finding as a check makes it, before the evaluation numbers it. */
export type FindingDraft<C extends FindingCode = FindingCode> = C extends FindingCode
  ? {
      code: C;
      severity: Severity;
      /** The cell the user should look at (0-based, on the evaluated sheet). */
      address: Address;
      params: FindingParams[C];
      /** True when the write plan corrects it (funds.rate-wrong, score.wrong, …). */
      fixed: boolean;
    }
  : never;

/** A finding of an evaluation: a draft with its id, unique and stable within the evaluation. */
export type Finding<C extends FindingCode = FindingCode> = FindingDraft<C> & {
  /** "F11:goals.copied" (and "#2", "#3" … for more of the same code on the same cell). */
  id: string;
};

/**
 * Gives each finding of an evaluation its id: its cell and code ("F11:goals.copied"), with
 * "#2", "#3" … for further findings of the same code on the same cell, in the order given.
 * The same sheet evaluated again gives the same ids, so a selection survives a re-validation.
 */
export function identifyFindings(drafts: readonly FindingDraft[]): Finding[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const base = `${toA1(draft.address)}:${draft.code}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...draft, id: n === 1 ? base : `${base}#${n}` };
  });
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
