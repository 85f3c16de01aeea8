import type { Area } from "./grid";
import type { Finding } from "./findings";
import type { Form } from "./form";
import type { WritePlan } from "./plan";

export type Grade = "优" | "良" | "中" | "差";

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

export interface Evaluation {
  sheet: string;
  range: Area;
  form: Form | null;
  findings: Finding[];
  plan: WritePlan;
  executionRate: number | null;
  indicators: IndicatorResult[];
  score: { total: number; grade: Grade } | null;
}
