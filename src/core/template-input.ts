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

/** The fields an issue can name (the keys of the input's schema); "input" for the whole. */
export type TemplateField =
  | "input"
  | "name"
  | "dept"
  | "unit"
  | "year"
  | "funds"
  | "initial"
  | "budget"
  | "executed"
  | "current"
  | "carryover"
  | "other"
  | "goals"
  | "expected"
  | "actual"
  | "indicators"
  | "level1"
  | "level2"
  | "target"
  | "weight"
  | "score"
  | "reason"
  | "sheetName";

function isTemplateField(key: string): key is TemplateField {
  return key in TEMPLATE_FIELD_KEYS;
}

/** Every field, for the run-time check of a zod path (the record makes the list complete). */
const TEMPLATE_FIELD_KEYS: Record<TemplateField, true> = {
  input: true,
  name: true,
  dept: true,
  unit: true,
  year: true,
  funds: true,
  initial: true,
  budget: true,
  executed: true,
  current: true,
  carryover: true,
  other: true,
  goals: true,
  expected: true,
  actual: true,
  indicators: true,
  level1: true,
  level2: true,
  target: true,
  weight: true,
  score: true,
  reason: true,
  sheetName: true,
};

/** The field an issue is about, and the indicator row (1-based) when it is inside one. */
type FieldRef = { field: TemplateField; indicator?: number };

/** The parameters of each template-input issue code; words/*.ts word them. */
export interface TemplateIssueParams {
  "not-a-number": FieldRef;
  "wrong-type": FieldRef;
  empty: FieldRef;
  "too-small": FieldRef & { minimum: number };
  "too-long": FieldRef;
  "too-big": FieldRef & { maximum: number };
  invalid: FieldRef;
}

export type TemplateIssueCode = keyof TemplateIssueParams;

/** A problem with the input: where (dotted path, e.g. "indicators.2.weight"), its code and parameters. */
export type TemplateInputIssue = {
  [C in TemplateIssueCode]: { path: string; code: C; params: TemplateIssueParams[C] };
}[TemplateIssueCode];

/** The field a zod path points at: indicators.2.weight → the weight of indicator 3. */
function fieldOfPath(path: PropertyKey[]): FieldRef {
  const keys = path.filter((p): p is string => typeof p === "string");
  const last = keys[keys.length - 1] ?? "";
  const field: TemplateField = isTemplateField(last) ? last : "input";
  const rowIndex = path[0] === "indicators" ? path[1] : undefined;
  return typeof rowIndex === "number" && keys.length > 1
    ? { field, indicator: rowIndex + 1 }
    : { field };
}

function issueOf(issue: z.core.$ZodIssue): TemplateInputIssue {
  const at = fieldOfPath(issue.path);
  const path = issue.path.map(String).join(".");
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "number"
        ? { path, code: "not-a-number", params: at }
        : { path, code: "wrong-type", params: at };
    case "too_small":
      return issue.origin === "string" || issue.origin === "array"
        ? { path, code: "empty", params: at }
        : { path, code: "too-small", params: { ...at, minimum: Number(issue.minimum) } };
    case "too_big":
      return issue.origin === "string" || issue.origin === "array"
        ? { path, code: "too-long", params: at }
        : { path, code: "too-big", params: { ...at, maximum: Number(issue.maximum) } };
    default:
      return { path, code: "invalid", params: at };
  }
}

/** Validates what the pane or the CLI collected; problems are returned as coded issues, never thrown. */
export function parseTemplateInput(
  input: unknown
): { success: true; data: TemplateInput } | { success: false; issues: TemplateInputIssue[] } {
  const result = TemplateInput.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: result.error.issues.map(issueOf) };
}
