import type { Address, Scalar } from "./grid";
import type { Severity } from "./findings";

/** Which computed cell a write targets: the only cells rules.md §5 lets the engine write. */
export type ComputedCellKind = "rate" | "funds-score" | "indicator-score" | "total-score";

export interface PlannedWrite {
  address: Address;
  kind: ComputedCellKind;
  /** The value to store; a score keeps the sheet's style ("10分" text stays text). */
  value: number | string;
  /** Number format to set with the value, when the cell needs one (a rate as "0.00%"). */
  format?: string;
  /** The value the cell held when the plan was made, for previews ("old → new"). */
  previous: Scalar;
  /** Ids of the findings this write corrects (score.wrong …); set by evaluate. */
  findings?: string[];
}

export interface Mark {
  address: Address;
  severity: Severity;
  /** Ids of the findings the mark flags, the most severe first; set by evaluate. */
  findings?: string[];
}

/** Changes returned as data, applied by a shell: the engine itself writes nothing. */
export interface WritePlan {
  sheet: string;
  writes: PlannedWrite[];
  marks: Mark[];
}

/** The plans of some evaluations that would change something (writes or marks). */
export function plansOf(evaluations: readonly { plan: WritePlan }[]): WritePlan[] {
  return evaluations
    .map((e) => e.plan)
    .filter((plan) => plan.writes.length > 0 || plan.marks.length > 0);
}

/** Fill colours for marks (ARGB without alpha), one per severity, chosen to stay readable in print. */
export const MARK_FILLS: Record<Severity, string> = {
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
};
