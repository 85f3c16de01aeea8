// zod/mini rather than the classic API: the ribbon commands load this module, and classic zod
// alone is about 23 KB of their 40 KB gzip budget.
import * as z from "zod/mini";
import type { BuiltinProfileName } from "./builtin-profiles";
import type { ProfileIssueCode, ProfileIssueParams } from "./profile-issues";

const Positive = z.number().check(z.positive());
const NonNegative = z.number().check(z.minimum(0));
const Fraction = z.number().check(z.minimum(0), z.maximum(1));
const Points = z.number().check(z.minimum(0), z.maximum(100));
const Decimals = z.int().check(z.minimum(0), z.maximum(4));

/** A total cap by execution band: a rate below `below` caps the total at `cap`. */
const ExecutionCap = z.strictObject({
  below: z.number().check(z.positive(), z.maximum(1)),
  cap: Points,
});

/**
 * Every rule of rules.md and of the provinces' profiles (issue 14) as a field with the default
 * of mof-2020. docs/rules.md describes each; a profile overrides only what differs.
 */
const RULES = {
  /** R5: how a reverse (≤) indicator over its target is scored. */
  reverseMode: z._default(z.enum(["ratio", "linear"]), "ratio"),
  /** R4: with strict equality any B ≠ A is not achieved. */
  equalStrict: z._default(z.boolean(), false),
  /** R8: B/A at which over-achievement is flagged, and at which a reason is required. */
  overAchievedWarn: z._default(Positive, 1.2),
  overAchievedReason: z._default(Positive, 1.3),
  /** Execution rate below which funds.execution-low is a warning (info below 1). */
  executionLow: z._default(Fraction, 0.8),
  /** Section 4: relative gap between indicator completion and spending. */
  performanceAheadOfSpending: z._default(NonNegative, 0.05),
  /** R10: lower bounds (inclusive) of 优, 良, 中. */
  gradeBands: z._default(z.strictObject({ excellent: Points, good: Points, fair: Points }), {
    excellent: 90,
    good: 80,
    fair: 60,
  }),
  /**
   * R11: expected weights of each 一级 and of the funds row; `cost` is the newer framework's
   * 成本 一级 (0: the profile has none, and a form's 成本 一级 is not held to a share).
   */
  expectedSplit: z._default(
    z.strictObject({
      output: Points,
      benefit: Points,
      satisfaction: Points,
      cost: z._default(Points, 0),
      funds: Points,
    }),
    { output: 50, benefit: 30, satisfaction: 10, cost: 0, funds: 10 }
  ),
  /** Default funds 分值 when the sheet has none; equal to the split's funds weight. */
  fundsWeight: z._default(Positive, 10),
  /** Decimals scores are rounded to (half up) and the comparison tolerance. */
  decimals: z._default(Decimals, 2),
  tolerance: z._default(NonNegative, 0.005),
  /** goals.copied: similarity at or above which the achieved text counts as copied. */
  copiedSimilarity: z._default(Fraction, 0.95),
  /**
   * R1: the 执行率's denominator: 全年预算数 (`budget`), or 年初预算数 + 调整数 (`adjusted`,
   * a national budget system's 实际执行数/调整后预算).
   */
  executionBasis: z._default(z.enum(["budget", "adjusted"]), "budget"),
  /** R1: decimals of a percent the rate is rounded to (half up) before use; null: unrounded. */
  rateDecimals: z._default(z.nullable(Decimals), null),
  /**
   * A provincial cap of the total by execution band: the lowest cap whose `below` the rate is
   * under applies (total.capped-by-execution). Empty: no cap.
   */
  executionCaps: z._default(z.array(ExecutionCap).check(z.maxLength(10)), []),
  /**
   * A provincial deduction for an indicator whose actual is `above` or more over its target
   * (B/A − 1 ≥ above): `points` off its score (score.deviation-deducted). Null: none.
   */
  deviationDeduction: z._default(
    z.nullable(
      z.strictObject({ above: Positive, points: z.number().check(z.positive(), z.maximum(100)) })
    ),
    null
  ),
};

/** The rule fields' names, as profiles, files and docs/rules.md spell them. */
export type RuleKey = keyof typeof RULES;
export const RULE_KEYS = Object.keys(RULES) as RuleKey[];

type Rules = z.infer<z.ZodMiniObject<typeof RULES>>;

/** Adds an issue of a profile code at a path, with its typed parameters. */
function addIssue<C extends ProfileIssueCode>(
  ctx: z.core.$RefinementCtx<Rules>,
  path: (string | number)[],
  code: C,
  params: Omit<ProfileIssueParams[C], "field">
): void {
  ctx.addIssue({ code: "custom", input: ctx.value, path, message: code, params: { code, params } });
}

/** How far two sums may differ and still be equal (weights are typed to two decimals). */
const EPSILON = 1e-6;

/**
 * The rules that span several fields (issue 17): each refuses a profile with a code of its
 * own at the field it names, wherever the profile comes from (a document, a file, the pane).
 */
const crossFieldRules = z.superRefine<Rules>((rules, ctx) => {
  const { excellent, good, fair } = rules.gradeBands;
  if (!(excellent > good && good > fair))
    addIssue(ctx, ["gradeBands"], "profile.bands-order", { excellent, good, fair });
  if (rules.overAchievedReason < rules.overAchievedWarn)
    addIssue(ctx, ["overAchievedReason"], "profile.reason-below-warning", {
      warn: rules.overAchievedWarn,
      reason: rules.overAchievedReason,
    });
  const s = rules.expectedSplit;
  const sum = s.output + s.benefit + s.satisfaction + s.cost + s.funds;
  if (Math.abs(sum - 100) > EPSILON)
    addIssue(ctx, ["expectedSplit"], "profile.split-total", {
      indicators: roundSum(sum - s.funds),
      funds: s.funds,
      sum: roundSum(sum),
    });
  if (Math.abs(rules.fundsWeight - s.funds) > EPSILON)
    addIssue(ctx, ["fundsWeight"], "profile.funds-weight", {
      fundsWeight: rules.fundsWeight,
      funds: s.funds,
    });
  rules.executionCaps.forEach((cap, i) => {
    const previous = rules.executionCaps[i - 1];
    if (previous && !(cap.below < previous.below && cap.cap < previous.cap))
      addIssue(ctx, ["executionCaps", i], "profile.caps-order", {
        index: i + 1,
        below: cap.below,
        cap: cap.cap,
        previousBelow: previous.below,
        previousCap: previous.cap,
      });
  });
});

function roundSum(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * The rules of a profile: every field present, unknown fields refused, the cross-field rules
 * checked. A profile as a document, a file or the pane gives it is resolved over the profile
 * it extends first (resolve-profile.ts).
 */
export const ProfileRules = z.strictObject(RULES).check(crossFieldRules);
export type ProfileRules = z.infer<typeof ProfileRules>;

/** R1's denominator: 全年预算数, or 年初预算数 + 调整数. */
export type ExecutionBasis = ProfileRules["executionBasis"];

/** A resolved profile: its rules, its name, and the built-in profile it starts from. */
export type Profile = ProfileRules & {
  /** The profile's name: a built-in's, a file's `id` (else the file's name), or its base's. */
  id: string;
  /** The built-in profile whose rules this one overrides (its own name for a built-in). */
  base: BuiltinProfileName;
};

/** The default profile, mof-2020: every rule at its default. */
export const MOF_2020: Profile = { ...ProfileRules.parse({}), id: "mof-2020", base: "mof-2020" };

/** The rules of a profile without its name. */
export function rulesOf(profile: Profile): ProfileRules {
  const { id: _id, base: _base, ...rules } = profile;
  return rules;
}

/**
 * JSON of a value with every object's keys sorted: equal rules give equal text, whatever order
 * a file wrote them in. The command line hashes it (node:crypto) to name the rules it scored by.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
