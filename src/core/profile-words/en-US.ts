import type { ProfileLanguage } from "../profile-words";

/** The field an issue names: the profile as a whole when its path is empty. */
const at = (field: string) => (field === "" ? "the profile" : field);

/** Rule profiles in en-US: why one is refused, what each built-in is for, each rule's name. */
export const enUS: ProfileLanguage = {
  names: {
    type: {
      number: "a number",
      integer: "a whole number",
      text: "a text",
      boolean: "true or false",
      object: "an object ({ … })",
      list: "a list ([ … ])",
    },
  },
  issues: {
    "profile.unknown-field": (p) => `${at(p.field)} has unknown fields: ${p.keys.join(", ")}`,
    "profile.wrong-type": (p, n) => `${at(p.field)} must be ${n.type[p.expected]}`,
    "profile.not-one-of": (p) => `${at(p.field)} must be one of ${p.options.join(", ")}`,
    "profile.too-small": (p) =>
      `${at(p.field)} must be ${p.inclusive ? "at least" : "above"} ${p.minimum}`,
    "profile.too-big": (p) =>
      `${at(p.field)} must be ${p.inclusive ? "at most" : "below"} ${p.maximum}`,
    "profile.too-many": (p) => `${at(p.field)} has more than ${p.maximum} entries`,
    "profile.unknown-base": (p) =>
      `${at(p.field)}: "${p.name}" is no built-in profile (one of ${p.known.join(", ")})`,
    "profile.name-taken": (p) =>
      `${at(p.field)}: "${p.name}" is the name of a built-in profile and cannot extend another; choose another name`,
    "profile.invalid": (p) => `${at(p.field)} is not valid`,
    "profile.bands-order": (p) =>
      `${at(p.field)} must descend, 优 > 良 > 中 (they are ${p.excellent} / ${p.good} / ${p.fair})`,
    "profile.reason-below-warning": (p) =>
      `${at(p.field)} (${p.reason}) must not be below overAchievedWarn (${p.warn})`,
    "profile.split-total": (p) =>
      `${at(p.field)}: the 一级 shares add up to ${p.indicators}, with the funds weight ${p.funds} to ${p.sum}, not 100`,
    "profile.funds-weight": (p) =>
      `${at(p.field)} (${p.fundsWeight}) must equal expectedSplit.funds (${p.funds})`,
    "profile.caps-order": (p) =>
      `${at(p.field)}: band ${p.index} (below ${p.below}, cap ${p.cap}) must have a lower rate and a lower cap than the band before it (below ${p.previousBelow}, cap ${p.previousCap})`,
  },
  profiles: {
    "mof-2020": "the 2020 measures (财预〔2020〕10号) and common budget systems",
    "mof-2020-cost":
      "mof-2020 with 成本指标 as a 一级: 产出 40, 效益 30, 成本 10, 满意度 10, funds 10",
    "province-2022":
      "a province's integrated-budget rules: total capped by execution, 指标偏离 deduction, rate over the adjusted budget, linear reverse scoring, 成本指标 as a 一级",
  },
  rules: {
    reverseMode: "reverse indicators scored by",
    equalStrict: "strict equality for ＝",
    overAchievedWarn: "over-achievement flagged from",
    overAchievedReason: "over-achievement needs a reason from",
    executionLow: "low execution warning below",
    performanceAheadOfSpending: "completion ahead of spending by more than",
    gradeBands: "grade bands",
    expectedSplit: "一级 weight split",
    fundsWeight: "funds weight when the sheet has none",
    decimals: "score decimals",
    tolerance: "comparison tolerance",
    copiedSimilarity: "copied-goal similarity",
    executionBasis: "execution rate denominator",
    rateDecimals: "execution rate rounded to",
    executionCaps: "total capped by execution",
    deviationDeduction: "指标偏离 deduction",
  },
};
