import type { ProfileRules, RuleKey } from "./profile";

/**
 * The rule profiles the product ships, as data: each names the profile it extends and only the
 * rules that differ from it, with where each of its rules comes from. docs/rules.md gives a
 * section per profile and the table of their differences, generated from here.
 */

export const BUILTIN_PROFILE_NAMES = ["mof-2020", "mof-2020-cost", "province-2022"] as const;
export type BuiltinProfileName = (typeof BUILTIN_PROFILE_NAMES)[number];

/**
 * The public sources the rules rest on (issue 14 and rules.md §7 of the design notes), as
 * docs/rules.md names them.
 */
export const RULE_SOURCES = {
  "mof-2020-measures":
    "财政部《项目支出绩效评价管理办法》(财预〔2020〕10号), 2020: the principle weights of the 一级",
  "mof-grade-bands":
    "the report that 财政部预算司 fixed the central departments' grade bands at 优 90–100, 良 80–89, 中 60–79, 差 0–59",
  "budget-system":
    "a budget system's self-evaluation module deployed for several provinces: the formulas, the 120% / 130% flags, the 80% execution warning, the funds score capped at its weight of 10, 全年执行数 / 全年预算数",
  "central-template":
    "the notes of the earlier central self-evaluation template: reverse indicators as target / actual × 分值",
  engine: "this product's choice where no source fixes a value",
  off: "none: no source of this profile has the rule, so it is off",
  "province-manual-2022":
    "a provincial 预算管理一体化 manual (2022): the total capped by execution band (70–80% → 89, 60–70% → 79, below 60% → 69, below 50% → 59), 2 points off an indicator 30% or more above its target (指标偏离)",
  "national-budget-system":
    "a national budget system's performance module: 实际执行数 / 调整后预算 (年初 + 调整), rates rounded to two decimals of a percent, reverse indicators scored w·(1 − (B − A)/A), 0 from B ≥ 2A",
  "newer-forms":
    "newer forms that put 成本指标 at the 一级 level; no public source fixes their split, so the 2020 shares of 效益, 满意度 and funds are kept and 10 points move from 产出 to 成本",
} as const;
export type RuleSource = keyof typeof RULE_SOURCES;

export interface BuiltinProfile {
  /** The profile whose rules this one overrides; null for the root, mof-2020. */
  extends: BuiltinProfileName | null;
  /** The rules that differ from the profile it extends. */
  rules: Partial<ProfileRules>;
  /** Where each rule it sets comes from (for the root: every rule). */
  sources: Partial<Record<RuleKey, RuleSource>>;
}

export const BUILTIN_PROFILES: Readonly<Record<BuiltinProfileName, BuiltinProfile>> = {
  "mof-2020": {
    extends: null,
    rules: {},
    sources: {
      reverseMode: "central-template",
      equalStrict: "budget-system",
      overAchievedWarn: "budget-system",
      overAchievedReason: "budget-system",
      executionLow: "budget-system",
      performanceAheadOfSpending: "budget-system",
      gradeBands: "mof-grade-bands",
      expectedSplit: "mof-2020-measures",
      fundsWeight: "budget-system",
      decimals: "engine",
      tolerance: "engine",
      copiedSimilarity: "engine",
      executionBasis: "budget-system",
      rateDecimals: "engine",
      executionCaps: "off",
      deviationDeduction: "off",
    },
  },
  "mof-2020-cost": {
    extends: "mof-2020",
    rules: {
      expectedSplit: { output: 40, benefit: 30, satisfaction: 10, cost: 10, funds: 10 },
    },
    sources: { expectedSplit: "newer-forms" },
  },
  "province-2022": {
    extends: "mof-2020-cost",
    rules: {
      // 执行率 70–80% → total ≤ 89; 60–70% → ≤ 79; below 60% → ≤ 69; below 50% → ≤ 59.
      executionCaps: [
        { below: 0.8, cap: 89 },
        { below: 0.7, cap: 79 },
        { below: 0.6, cap: 69 },
        { below: 0.5, cap: 59 },
      ],
      // 2 points off an indicator whose actual is 30% or more above its target (指标偏离).
      deviationDeduction: { above: 0.3, points: 2 },
      // 实际执行数 / 调整后预算 (年初 + 调整), rounded to two decimals of a percent.
      executionBasis: "adjusted",
      rateDecimals: 2,
      // w·(1 − (B − A)/A), 0 from B ≥ 2A.
      reverseMode: "linear",
    },
    sources: {
      executionCaps: "province-manual-2022",
      deviationDeduction: "province-manual-2022",
      executionBasis: "national-budget-system",
      rateDecimals: "national-budget-system",
      reverseMode: "national-budget-system",
    },
  },
};

export function isBuiltinProfileName(name: unknown): name is BuiltinProfileName {
  return typeof name === "string" && (BUILTIN_PROFILE_NAMES as readonly string[]).includes(name);
}
