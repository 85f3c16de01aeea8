// zod/mini rather than the classic API: the ribbon commands load this module, and classic zod
// alone is about 23 KB of their 40 KB gzip budget.
import * as z from "zod/mini";

const Positive = z.number().check(z.positive());
const NonNegative = z.number().check(z.minimum(0));
const Fraction = z.number().check(z.minimum(0), z.maximum(1));

/**
 * Every threshold of rules.md is a setting of a rule profile; `mof-2020` is the default.
 * The schema validates the settings the task pane stores with a document.
 */
export const Profile = z.object({
  id: z._default(z.string(), "mof-2020"),
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
  gradeBands: z._default(z.object({ excellent: z.number(), good: z.number(), fair: z.number() }), {
    excellent: 90,
    good: 80,
    fair: 60,
  }),
  /** R11: expected weights of each 一级 and of the funds row. */
  expectedSplit: z._default(
    z.object({
      output: z.number(),
      benefit: z.number(),
      satisfaction: z.number(),
      funds: z.number(),
    }),
    { output: 50, benefit: 30, satisfaction: 10, funds: 10 }
  ),
  /** Default funds 分值 when the sheet has none. */
  fundsWeight: z._default(Positive, 10),
  /** Decimals scores are rounded to (half up) and the comparison tolerance. */
  decimals: z._default(z.int().check(z.minimum(0), z.maximum(4)), 2),
  tolerance: z._default(NonNegative, 0.005),
  /** goals.copied: similarity at or above which the achieved text counts as copied. */
  copiedSimilarity: z._default(Fraction, 0.95),
});
export type Profile = z.infer<typeof Profile>;

/** The default profile, mof-2020. */
export const MOF_2020: Profile = Profile.parse({});

/** Validates partial settings over the default profile; problems are returned, not thrown. */
export function parseProfile(input: unknown): ReturnType<typeof Profile.safeParse> {
  const base = typeof input === "object" && input !== null ? input : {};
  return Profile.safeParse({ ...MOF_2020, ...base });
}
