import * as z from "zod/mini";

/** What the user gives for a new project sheet (新建项目表); everything but the name is optional. */

const Text = z.string().check(z.trim());
const NonEmptyText = Text.check(z.minLength(1));
/** Fund amounts in 万元; the form's cells only take numbers ≥ 0. */
const Amount = z.number().check(z.minimum(0), z.maximum(1e12));
const Points = z.number().check(z.minimum(0), z.maximum(100));

/** One column triple of the funds block: 年初预算数, 全年预算数, 全年执行数. */
export const FundAmounts = z.object({
  initial: z.optional(Amount),
  budget: z.optional(Amount),
  executed: z.optional(Amount),
});
export type FundAmounts = z.infer<typeof FundAmounts>;

/** The 年度资金总额 row at the top level, and the three rows below it when known. */
export const TemplateFunds = z.extend(FundAmounts, {
  current: z.optional(FundAmounts),
  carryover: z.optional(FundAmounts),
  other: z.optional(FundAmounts),
});
export type TemplateFunds = z.infer<typeof TemplateFunds>;

/** An indicator row; 分值 defaults to the group's share of the profile's split. */
export const IndicatorInput = z.object({
  level1: NonEmptyText,
  level2: NonEmptyText,
  name: z.optional(Text),
  target: z.optional(Text),
  actual: z.optional(z.union([Text, z.number()])),
  weight: z.optional(Points),
  score: z.optional(Points),
  reason: z.optional(Text),
});
export type IndicatorInput = z.infer<typeof IndicatorInput>;

const ShortText = Text.check(z.maxLength(200));

export const TemplateInput = z.object({
  /** 项目名称 */
  name: NonEmptyText.check(z.maxLength(200)),
  /** 主管部门 */
  dept: z.optional(ShortText),
  /** 实施单位 */
  unit: z.optional(ShortText),
  year: z.optional(z.int().check(z.minimum(1990), z.maximum(2100))),
  funds: z.optional(TemplateFunds),
  goals: z.optional(z.object({ expected: z.optional(Text), actual: z.optional(Text) })),
  /** Rows of the indicator table; the default rows when absent. */
  indicators: z.optional(z.array(IndicatorInput).check(z.minLength(1), z.maxLength(200))),
  /** The sheet to create; the project name when absent (made valid either way). */
  sheetName: z.optional(Text),
});
export type TemplateInput = z.infer<typeof TemplateInput>;

export interface TemplateInputIssue {
  /** Dotted path of the field, e.g. "funds.budget" or "indicators.2.level1". */
  path: string;
  "zh-CN": string;
  "en-US": string;
}

const FIELD_NAMES: Record<string, [string, string]> = {
  name: ["项目名称", "project name"],
  dept: ["主管部门", "主管部门 (department)"],
  unit: ["实施单位", "实施单位 (implementing unit)"],
  year: ["年度", "year"],
  initial: ["年初预算数", "年初预算数 (initial budget)"],
  budget: ["全年预算数", "全年预算数 (annual budget)"],
  executed: ["全年执行数", "全年执行数 (executed)"],
  current: ["当年财政拨款", "当年财政拨款"],
  carryover: ["上年结转资金", "上年结转资金"],
  other: ["其他资金", "其他资金"],
  expected: ["预期目标", "预期目标 (expected goal)"],
  actual: ["实际完成值", "实际完成值 (actual)"],
  level1: ["一级指标", "一级指标"],
  level2: ["二级指标", "二级指标"],
  target: ["年度指标值", "年度指标值 (target)"],
  weight: ["分值", "分值 (weight)"],
  score: ["得分", "得分 (score)"],
  indicators: ["绩效指标", "indicators"],
  sheetName: ["工作表名称", "sheet name"],
};

/** Names the field of a path in both languages: indicators.2.weight → 第 3 行指标的分值. */
function nameField(path: PropertyKey[]): [string, string] {
  const keys = path.filter((p): p is string => typeof p === "string");
  const last = keys[keys.length - 1] ?? "";
  const [zh, en] = FIELD_NAMES[last] ?? [last || "输入", last || "input"];
  const rowIndex = path[0] === "indicators" ? path[1] : undefined;
  if (typeof rowIndex === "number" && keys.length > 1) {
    return [`第 ${rowIndex + 1} 个指标的${zh}`, `${en} of indicator ${rowIndex + 1}`];
  }
  return [zh, en];
}

function wordIssue(issue: z.core.$ZodIssue): TemplateInputIssue {
  const [zh, en] = nameField(issue.path);
  const path = issue.path.map(String).join(".");
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "number"
        ? { path, "zh-CN": `${zh}应为数字`, "en-US": `${en} must be a number` }
        : { path, "zh-CN": `${zh}格式不对`, "en-US": `${en} has the wrong type` };
    case "too_small":
      if (issue.origin === "string" || issue.origin === "array") {
        return { path, "zh-CN": `${zh}不能为空`, "en-US": `${en} is empty` };
      }
      return {
        path,
        "zh-CN": `${zh}不能小于 ${String(issue.minimum)}`,
        "en-US": `${en} must be at least ${String(issue.minimum)}`,
      };
    case "too_big":
      if (issue.origin === "string" || issue.origin === "array") {
        return { path, "zh-CN": `${zh}太长`, "en-US": `${en} is too long` };
      }
      return {
        path,
        "zh-CN": `${zh}不能大于 ${String(issue.maximum)}`,
        "en-US": `${en} must be at most ${String(issue.maximum)}`,
      };
    default:
      return { path, "zh-CN": `${zh}无效`, "en-US": `${en} is not valid` };
  }
}

/** Validates what the pane or the CLI collected; problems are returned worded, never thrown. */
export function parseTemplateInput(
  input: unknown
): { success: true; data: TemplateInput } | { success: false; issues: TemplateInputIssue[] } {
  const result = TemplateInput.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: result.error.issues.map(wordIssue) };
}
