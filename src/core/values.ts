/**
 * The parsed meaning of target (年度指标值) and actual (实际完成值) cells.
 * rules.md §2. Parsing lives in parse-*.ts; these types are the contract
 * between parsing and scoring.
 */

/** Canonical comparators. */
export type Comparator = "≥" | "＞" | "＝" | "＜" | "≤";

/** How the comparator was written: canonical, a variant to normalise (≧, >=, 不低于 …), or absent. */
export type ComparatorSource = "canonical" | "nonstandard" | "missing";

/** A calendar day; month/day default to the end of the period when unspecified ("2021.12" → 31). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export type Target =
  | { kind: "empty" }
  | { kind: "not-applicable"; text: string }
  | {
      kind: "quantity";
      comparator: Comparator;
      source: ComparatorSource;
      /** The text of the comparator as written, e.g. "≧" or "不低于". */
      written: string;
      value: number;
      /** Normalised unit ("%", "万元", "元", "人次", …) or null when none. */
      unit: string | null;
    }
  | { kind: "period"; start: Day | null; end: Day }
  | { kind: "qualitative"; text: string };

export type Tier = "achieved" | "partly" | "not-achieved";

export type Actual =
  | { kind: "empty" }
  | { kind: "not-applicable"; text: string }
  /** A measured number; percent cells and "95%" give unit "%" and value 95. */
  | { kind: "number"; value: number; unit: string | null }
  /** Written like a target ("≥266米"): the measured value is missing. */
  | { kind: "with-comparator"; value: number; unit: string | null }
  | { kind: "period"; end: Day | null; onTime: boolean }
  | { kind: "tier"; tier: Tier }
  /** A category name or a column label (社会效益指标, 实际完成值 …). */
  | { kind: "not-a-value"; text: string }
  | { kind: "text"; text: string };
