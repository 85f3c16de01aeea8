import { z } from "zod";

/**
 * Every threshold of rules.md is a setting of a rule profile; `mof-2020` is the default.
 * The schema validates settings stored with a document or passed on the command line.
 */
export const Profile = z.object({
  id: z.string().default("mof-2020"),
  /** R5: how a reverse (≤) indicator over its target is scored. */
  reverseMode: z.enum(["ratio", "linear"]).default("ratio"),
  /** R4: with strict equality any B ≠ A is not achieved. */
  equalStrict: z.boolean().default(false),
  /** R8: B/A at which over-achievement is flagged, and at which a reason is required. */
  overAchievedWarn: z.number().positive().default(1.2),
  overAchievedReason: z.number().positive().default(1.3),
  /** Execution rate below which funds.execution-low is a warning (info below 1). */
  executionLow: z.number().min(0).max(1).default(0.8),
  /** Section 4: relative gap between indicator completion and spending. */
  performanceAheadOfSpending: z.number().min(0).default(0.05),
  /** R10: lower bounds (inclusive) of 优, 良, 中. */
  gradeBands: z
    .object({ excellent: z.number(), good: z.number(), fair: z.number() })
    .default({ excellent: 90, good: 80, fair: 60 }),
  /** R11: expected weights of each 一级 and of the funds row. */
  expectedSplit: z
    .object({
      output: z.number(),
      benefit: z.number(),
      satisfaction: z.number(),
      funds: z.number(),
    })
    .default({ output: 50, benefit: 30, satisfaction: 10, funds: 10 }),
  /** Default funds 分值 when the sheet has none. */
  fundsWeight: z.number().positive().default(10),
  /** Decimals scores are rounded to (half up) and the comparison tolerance. */
  decimals: z.number().int().min(0).max(4).default(2),
  tolerance: z.number().min(0).default(0.005),
  /** goals.copied: similarity at or above which the achieved text counts as copied. */
  copiedSimilarity: z.number().min(0).max(1).default(0.95),
});
export type Profile = z.infer<typeof Profile>;

/** The default profile, mof-2020. */
export const MOF_2020: Profile = Profile.parse({});

/** Validates partial settings over the default profile; problems are returned, not thrown. */
export function parseProfile(input: unknown): ReturnType<typeof Profile.safeParse> {
  const base = typeof input === "object" && input !== null ? input : {};
  return Profile.safeParse({ ...MOF_2020, ...base });
}
