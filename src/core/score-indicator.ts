import type { FindingDraft, ReasonCause, ScoreBand } from "./findings";
import type { Indicator } from "./form";
import type { Profile } from "./profile";
import type { Actual, Comparator, Target, Tier } from "./values";
import { finding } from "./finding";
import { convertUnit } from "./units";
import { roundHalfUp } from "./parse-number";
import { sameScore } from "./score-style";

export interface IndicatorScore {
  applicable: boolean;
  /** The formula's score (R3–R6), w for an achieved tier with an empty score, else null. */
  computed: number | null;
  /** What the total counts: the computed score, a kept entered one, or null when unknown. */
  counted: number | null;
  /** The score to write into the 得分 cell, when it differs from what is there. */
  write: number | null;
  /** Every condition is met at full marks. */
  full: boolean;
  reasonCause: ReasonCause | null;
  findings: FindingDraft[];
}

const EMPTY_REASON = /^(无|暂无|0|\/|-|—|－|\\)?$/;

/** Whether a 偏差原因分析 cell holds a real reason. */
export function hasReason(ind: Indicator): boolean {
  return ind.reason !== null && !EMPTY_REASON.test(ind.reason.text.replace(/\s/g, ""));
}

/** Scores one indicator row and lists what is wrong with it (rules.md §2–§4, R3–R9, R12). */
export function scoreIndicator(ind: Indicator, profile: Profile): IndicatorScore {
  const f: FindingDraft[] = [];
  const w = ind.weight.value;
  const s = ind.score.value;
  const tol = profile.tolerance;
  if (ind.target.kind === "not-applicable" || ind.actual.kind === "not-applicable")
    return {
      applicable: false,
      computed: null,
      counted: null,
      write: null,
      full: true,
      reasonCause: null,
      findings: f,
    };

  if (ind.name.text === "") f.push(finding("indicator.name-empty", "error", ind.name.address));
  // Without a 分值 column the weight is unknown, said once for the table (layout.missing-part).
  if ((w === null || w <= 0) && ind.weightSource !== "none")
    f.push(finding("weight.invalid", "error", ind.weight.address, { value: ind.weight.raw }));
  if (ind.score.raw !== "" && s === null)
    f.push(finding("score.invalid", "error", ind.score.address, { value: ind.score.raw }));
  else if (s !== null && (s < 0 || (w !== null && s > w + tol)))
    f.push(
      finding("score.invalid", "error", ind.score.address, {
        value: ind.score.raw,
        ...(w === null ? {} : { weight: w }),
      })
    );
  describeTarget(ind, f);
  describeActual(ind, f);
  if (w === null || w <= 0) return judged(ind, null, f);

  const t = ind.target;
  const a = ind.actual;
  if (a.kind === "tier") return scoreTier(ind, w, a.tier, profile, f);
  if (t.kind === "quantity" && a.kind === "number") return scoreQuantity(ind, t, a, w, profile, f);
  if (t.kind === "period" && a.kind === "period") {
    if (a.onTime) return scoreComputed(ind, w, w, null, profile, f);
    return scoreBand(ind, [0, w], false, "late", profile, f);
  }
  if (t.kind === "qualitative" || t.kind === "period") {
    if (a.kind === "number" || a.kind === "text")
      f.push(
        finding("actual.qualitative-unclear", "warning", ind.actualText.address, {
          target: ind.targetText.text,
          actual: ind.actualText.text,
        })
      );
  }
  if (t.kind === "quantity" && a.kind === "text")
    f.push(
      finding("actual.not-a-number", "warning", ind.actualText.address, {
        target: ind.targetText.text,
        actual: ind.actualText.text,
      })
    );
  return judged(ind, w, f);
}

function describeTarget(ind: Indicator, f: FindingDraft[]): void {
  const t: Target = ind.target;
  const at = ind.targetText.address;
  if (t.kind === "empty") f.push(finding("target.empty", "error", at));
  if (t.kind !== "quantity") return;
  if (t.source === "nonstandard")
    f.push(
      finding("target.comparator-nonstandard", "info", at, {
        written: t.written,
        canonical: t.comparator,
      })
    );
  if (t.source === "missing")
    f.push(
      finding("target.comparator-missing", "warning", at, {
        target: ind.targetText.text,
        assumed: t.comparator,
      })
    );
}

function describeActual(ind: Indicator, f: FindingDraft[]): void {
  const a: Actual = ind.actual;
  const at = ind.actualText.address;
  if (a.kind === "empty") f.push(finding("actual.empty", "error", at));
  if (a.kind === "not-a-value")
    f.push(finding("actual.not-a-value", "error", at, { actual: a.text }));
  if (a.kind === "with-comparator")
    f.push(finding("actual.has-comparator", "warning", at, { actual: ind.actualText.text }));
}

/** A score only the user can set: it must lie in [0, w]; an empty one needs judgement. */
function judged(ind: Indicator, w: number | null, f: FindingDraft[]): IndicatorScore {
  const s = ind.score.value;
  // With no target or no actual there is nothing to judge yet: target.empty/actual.empty say so.
  const judgeable = ind.target.kind !== "empty" && ind.actual.kind !== "empty";
  if (s === null && w !== null && ind.score.raw === "" && judgeable)
    f.push(finding("score.needs-judgement", "warning", ind.score.address));
  const counted = s !== null && s >= 0 && (w === null || s <= w) ? s : null;
  return {
    applicable: true,
    computed: null,
    counted,
    write: null,
    full: w !== null && s !== null && s >= w,
    reasonCause: null,
    findings: f,
  };
}

/** R3–R5 and R8 for a measured number against a quantity target. */
function scoreQuantity(
  ind: Indicator,
  t: Extract<Target, { kind: "quantity" }>,
  a: Extract<Actual, { kind: "number" }>,
  w: number,
  profile: Profile,
  f: FindingDraft[]
): IndicatorScore {
  let value = a.value;
  let unit = a.unit;
  if (unit === null && t.unit !== null) {
    // A bare 0.95 against ≥90% is a fraction typed without its format.
    if (t.unit === "%" && value > 0 && value <= 1 && t.value > 1) value *= 100;
    f.push(
      finding("actual.unit-missing", t.unit === "%" ? "warning" : "info", ind.actualText.address, {
        actual: ind.actualText.text,
        unit: t.unit,
      })
    );
    unit = t.unit;
  }
  const b = convertUnit(value, unit, t.unit);
  if (b === null) {
    f.push(
      finding("actual.unit-mismatch", "warning", ind.actualText.address, {
        actual: unit ?? "",
        target: t.unit ?? "",
      })
    );
    return judged(ind, w, f);
  }
  const A = t.value;
  const raw = formulaScore(t.comparator, A, b, w, profile);
  let cause: ReasonCause | null = null;
  let deducted = 0;
  if (isPositive(t.comparator) && A > 0) {
    const ratio = b / A;
    if (ratio >= profile.overAchievedWarn - 1e-9)
      f.push(
        finding("actual.over-achieved", "warning", ind.actualText.address, {
          ratio: `${roundHalfUp(ratio * 100, 1)}%`,
        })
      );
    if (ratio >= profile.overAchievedReason - 1e-9) cause = "over-achieved";
    const rule = profile.deviationDeduction;
    // 指标偏离 (a province's rule): an actual `above` or more over its target loses points.
    if (rule && ratio - 1 >= rule.above - 1e-9) {
      deducted = Math.min(rule.points, raw);
      f.push(
        finding("score.deviation-deducted", "info", ind.score.address, {
          deviation: `${roundHalfUp((ratio - 1) * 100, 1)}%`,
          threshold: `${roundHalfUp(rule.above * 100, 1)}%`,
          points: rule.points,
          score: roundHalfUp(raw - deducted, profile.decimals),
        })
      );
    }
  }
  return scoreComputed(ind, w, raw, cause, profile, f, deducted);
}

function isPositive(c: Comparator): boolean {
  return c === "≥" || c === "＞" || c === "＝";
}

/** The formulas R3 (≥ ＞), R4 (＝) and R5 (≤ ＜); the strict forms score like the others. */
export function formulaScore(
  c: Comparator,
  A: number,
  B: number,
  w: number,
  profile: Profile
): number {
  if (c === "≥" || c === "＞") {
    const b = Math.max(B, 0);
    if (A <= 0 || b >= A) return w;
    return (w * b) / A;
  }
  if (c === "＝") {
    if (profile.equalStrict) return B === A ? w : 0;
    if (A === 0) return B <= 0 ? w : 0;
    const b = Math.max(B, 0);
    return b >= A ? w : (w * b) / A;
  }
  if (B <= A) return w;
  if (A <= 0) return 0;
  if (profile.reverseMode === "ratio") return (w * A) / B;
  if (B >= 2 * A) return 0;
  return w * (1 - (B - A) / A);
}

/**
 * A row whose score the formula decides: compare, keep a documented reduction (R12), or fix.
 * `deducted` points come off a profile's rule (指标偏离); they do not make the row unachieved.
 */
function scoreComputed(
  ind: Indicator,
  w: number,
  raw: number,
  overCause: ReasonCause | null,
  profile: Profile,
  f: FindingDraft[],
  deducted = 0
): IndicatorScore {
  const tol = profile.tolerance;
  const computed = roundHalfUp(raw - deducted, profile.decimals);
  const s = ind.score.value;
  const achieved = roundHalfUp(raw, profile.decimals) >= w - tol;
  const full = computed >= w - tol;
  let counted = computed;
  let write: number | null = null;
  let cause: ReasonCause | null = overCause ?? (achieved ? null : "not-achieved");
  if (s === null) {
    if (!ind.score.formula) write = computed;
  } else if (!sameScore(s, computed, tol)) {
    if (s < computed && s >= 0 && hasReason(ind)) {
      f.push(finding("score.adjusted", "info", ind.score.address, { entered: s, computed }));
      counted = s;
      cause = "adjusted";
    } else {
      f.push(
        finding(
          "score.wrong",
          "error",
          ind.score.address,
          { entered: ind.score.raw, computed },
          !ind.score.formula
        )
      );
      if (!ind.score.formula) write = computed;
    }
  }
  requireReason(ind, cause, f);
  return {
    applicable: true,
    computed,
    counted,
    write,
    full: full && counted >= w - tol,
    reasonCause: cause,
    findings: f,
  };
}

/** R7: a qualitative tier's score must lie in its band; an achieved tier with no score gets w. */
function scoreTier(
  ind: Indicator,
  w: number,
  tier: Tier,
  profile: Profile,
  f: FindingDraft[]
): IndicatorScore {
  const band: [number, number] =
    tier === "achieved" ? [0.8 * w, w] : tier === "partly" ? [0.6 * w, 0.8 * w] : [0, 0.6 * w];
  const s = ind.score.value;
  if (tier === "achieved" && s === null && ind.score.raw === "") {
    const computed = roundHalfUp(w, profile.decimals);
    return {
      applicable: true,
      computed,
      counted: computed,
      write: ind.score.formula ? null : computed,
      full: true,
      reasonCause: null,
      findings: f,
    };
  }
  return scoreBand(
    ind,
    band,
    tier === "achieved",
    tier === "achieved" ? null : "tier",
    profile,
    f,
    tier
  );
}

/**
 * A score the user sets inside a band: [lo, hi] when the top is reachable (achieved),
 * [lo, hi) otherwise (partly, not achieved, a late period).
 */
function scoreBand(
  ind: Indicator,
  band: [number, number],
  topInclusive: boolean,
  cause: ReasonCause | null,
  profile: Profile,
  f: FindingDraft[],
  tier: ScoreBand = "late"
): IndicatorScore {
  const [lo, hi] = band;
  const tol = profile.tolerance;
  const s = ind.score.value;
  if (s === null) {
    if (ind.score.raw === "")
      f.push(finding("score.needs-judgement", "warning", ind.score.address, { tier }));
  } else if (s < lo - tol || (topInclusive ? s > hi + tol : s > hi - tol)) {
    f.push(
      finding("score.out-of-band", "error", ind.score.address, {
        entered: ind.score.raw,
        tier,
        low: roundHalfUp(lo, profile.decimals),
        high: roundHalfUp(hi, profile.decimals),
      })
    );
  }
  requireReason(ind, cause, f);
  const w = ind.weight.value ?? 0;
  return {
    applicable: true,
    computed: null,
    counted: s,
    write: null,
    full: s !== null && s >= w - tol,
    reasonCause: cause,
    findings: f,
  };
}

function requireReason(ind: Indicator, cause: ReasonCause | null, f: FindingDraft[]): void {
  if (cause === null || cause === "adjusted" || hasReason(ind)) return;
  f.push(
    finding("reason.required", "error", ind.reason?.address ?? ind.score.address, {
      cause,
      name: ind.name.text,
    })
  );
}
