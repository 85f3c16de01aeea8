import type { Area } from "./grid";
import type { Finding } from "./findings";
import type { Form } from "./form";
import type { WritePlan } from "./plan";

export type Grade = "优" | "良" | "中" | "差";

/** The funds block as the rules count it (R2): its weight wF and its score sF. */
export interface FundsScore {
  /** The 分值 read from the sheet (cell or label), else the profile's. */
  weight: number;
  /** Computed by R2, or the user's where no rate can be computed; null when neither is known. */
  score: number | null;
}

/** What the engine computed for one indicator row. */
export interface IndicatorResult {
  row: number;
  /** False for 不适用 rows, excluded from the total (R9). */
  applicable: boolean;
  /** The formula's score, or null where the score is the user's judgement. */
  computedScore: number | null;
  /** The score counted in the total: computed, or the user's where it stands. */
  countedScore: number | null;
}

interface EvaluationBase {
  sheet: string;
  range: Area;
  findings: Finding[];
  plan: WritePlan;
}

/** A form found on the sheet: what was read, computed and planned. */
export interface FormEvaluation extends EvaluationBase {
  kind: "form";
  form: Form;
  executionRate: number | null;
  /** Null when the form has no funds block. */
  funds: FundsScore | null;
  indicators: IndicatorResult[];
  /** Null while a score awaits judgement (no partial total is computed). */
  score: { total: number; grade: Grade } | null;
}

/**
 * A sheet on which no form was found: its one finding is layout.not-a-form and its plan is
 * empty. The figures of a form are absent (null), so code reading them needs no branch.
 */
export interface NoFormEvaluation extends EvaluationBase {
  kind: "no-form";
  form: null;
  executionRate: null;
  funds: null;
  indicators: [];
  score: null;
}

/**
 * What evaluate returns per form, or once for a sheet without one. Whether a sheet holds a
 * form is decided here, in the core: the shells switch on `kind`.
 */
export type Evaluation = FormEvaluation | NoFormEvaluation;
