import type { TemplateField } from "../template-input";
import type { TemplateLanguage } from "../template-words";

/** The wording of a new form's input in en-US: its issues and the changes to sheet names. */
export const enUS: TemplateLanguage = {
  fields: {
    input: "input",
    name: "project name",
    dept: "主管部门 (department)",
    unit: "实施单位 (implementing unit)",
    year: "year",
    funds: "项目资金 (funds)",
    initial: "年初预算数 (initial budget)",
    budget: "全年预算数 (annual budget)",
    executed: "全年执行数 (executed)",
    current: "当年财政拨款",
    carryover: "上年结转资金",
    other: "其他资金",
    goals: "年度总体目标 (goals)",
    expected: "预期目标 (expected goal)",
    actual: "实际完成值 (actual)",
    indicators: "indicators",
    level1: "一级指标",
    level2: "二级指标",
    target: "年度指标值 (target)",
    weight: "分值 (weight)",
    score: "得分 (score)",
    reason: "偏差原因分析 (reason)",
    sheetName: "sheet name",
  },
  issues: {
    "not-a-number": (p, f) => `${fieldOf(p, f)} must be a number`,
    "wrong-type": (p, f) => `${fieldOf(p, f)} has the wrong type`,
    empty: (p, f) => `${fieldOf(p, f)} is empty`,
    "too-small": (p, f) => `${fieldOf(p, f)} must be at least ${p.minimum}`,
    "too-long": (p, f) => `${fieldOf(p, f)} is too long`,
    "too-big": (p, f) => `${fieldOf(p, f)} must be at most ${p.maximum}`,
    invalid: (p, f) => `${fieldOf(p, f)} is not valid`,
  },
  sheetNameIssues: {
    whitespace: () => "removed spaces or line breaks at the ends",
    "forbidden-chars": () =>
      "contained characters not allowed (: \\ / ? * [ ]), replaced by full-width ones",
    apostrophe: () => "cannot begin or end with an apostrophe ('), removed",
    empty: (p) => `the name was empty, “${p.name}” used instead`,
    reserved: () => "History is reserved by Excel, numbered",
    "too-long": (p) => `longer than ${p.max} characters, shortened`,
    duplicate: () => "another sheet has this name (ignoring case), numbered",
  },
  joinReasons: (reasons) => {
    const text = reasons.join("; ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  },
};

/** The field of a template-input issue: "weight of indicator 3" inside the indicator list. */
function fieldOf(
  p: { field: TemplateField; indicator?: number },
  n: TemplateLanguage["fields"]
): string {
  const name = n[p.field];
  return "indicator" in p && p.indicator !== undefined
    ? `${name} of indicator ${p.indicator}`
    : name;
}
