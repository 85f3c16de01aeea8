import type { Finding, FindingCode, FindingParams } from "./findings";

export type Lang = "zh-CN" | "en-US";
type Words = (p: FindingParams) => string;

const PART_NAMES: Record<string, [string, string]> = {
  header: ["表头（项目名称）", "header (项目名称)"],
  funds: ["项目资金", "funds (项目资金)"],
  goals: ["年度总体目标", "goals (年度总体目标)"],
  indicators: ["绩效指标", "indicators (绩效指标)"],
  total: ["总分", "total (总分)"],
};

const CAUSES: Record<string, [string, string]> = {
  "not-achieved": ["指标未完全完成", "the indicator was not fully achieved"],
  "over-achieved": ["超额完成 30% 以上", "it was over-achieved by 30% or more"],
  adjusted: ["得分经人工调整", "the score was adjusted by hand"],
  late: ["未按期完成", "it was completed late"],
  tier: ["定性指标未达成", "the qualitative indicator was not achieved"],
};

/** What a missing part or column keeps from being checked (check-form.ts MissingEffect). */
const EFFECTS: Record<string, [string, string]> = {
  "not-read": ["该部分未读取，也不会写入", "it is neither read nor written"],
  "weights-unknown": [
    "各指标分值未知：得分无法按分值核对或计算，只核对其他内容",
    "the weights are unknown: scores are neither checked against them nor computed",
  ],
  "reasons-unchecked": [
    "无法核对偏差原因是否填写",
    "whether a 偏差原因分析 is filled in cannot be checked",
  ],
  "total-not-written": ["总分照常计算，但无处写入", "the total is computed but has nowhere to go"],
  "goals-unchecked": ["年度总体目标无法核对", "the goals cannot be checked"],
  "funds-unread": [
    "预算执行情况无法读取，执行率无法核对",
    "the funds cannot be read, so the execution rate is not checked",
  ],
  "rate-not-written": ["执行率照常计算，但无处写入", "the rate is computed but has nowhere to go"],
  "scores-unchecked": [
    "各指标得分无法读取和核对，也不会写入",
    "the scores are neither read, checked nor written",
  ],
  "score-not-written": [
    "资金得分照常计算，但无处写入",
    "the funds score is computed but has nowhere to go",
  ],
};

const v = (p: FindingParams, k: string) => String(p[k] ?? "");
const effect = (p: FindingParams, i: 0 | 1) => EFFECTS[v(p, "effect")]?.[i] ?? "";
/** "（查找了：分值、权重…；最接近的是 G12“配分”）" */
const looked = (p: FindingParams, i: 0 | 1) => {
  if (p.looked === undefined) return "";
  const nearest =
    p.nearest === undefined
      ? ""
      : i === 0
        ? `；最接近的是 ${v(p, "nearest")}`
        : `; nearest: ${v(p, "nearest")}`;
  return i === 0
    ? `（查找了：${v(p, "looked")}${nearest}）`
    : ` (looked for: ${v(p, "looked")}${nearest})`;
};
const then = (p: FindingParams, i: 0 | 1) => {
  const e = effect(p, i);
  if (e === "") return i === 0 ? "。" : ".";
  return i === 0 ? `，${e}。` : `: ${e}.`;
};
const part = (p: FindingParams, i: 0 | 1) => PART_NAMES[v(p, "part")]?.[i] ?? v(p, "part");
const cause = (p: FindingParams, i: 0 | 1) => CAUSES[v(p, "cause")]?.[i] ?? v(p, "cause");

/** The one place findings are worded, keyed by code: [zh-CN, en-US]. */
export const MESSAGES: Record<FindingCode, [Words, Words]> = {
  "layout.not-a-form": [
    (p) =>
      `工作表“${v(p, "sheet")}”中没有找到项目支出绩效自评表（未识别到“项目名称”“一级指标”等标签），未写入任何内容。`,
    (p) =>
      `No 项目支出绩效自评表 found on sheet "${v(p, "sheet")}" (no labels such as 项目名称 or 一级指标); nothing was written.`,
  ],
  "layout.missing-part": [
    (p) =>
      p.column === undefined
        ? `表格缺少“${part(p, 0)}”部分${looked(p, 0)}${then(p, 0)}`
        : `${part(p, 0)}部分缺少“${v(p, "column")}”${looked(p, 0)}${then(p, 0)}`,
    (p) =>
      p.column === undefined
        ? `The form has no ${part(p, 1)} part${looked(p, 1)}${then(p, 1)}`
        : `The ${part(p, 1)} part has no "${v(p, "column")}"${looked(p, 1)}${then(p, 1)}`,
  ],
  "layout.hint-unused": [
    (p) =>
      `已指定“${v(p, "text") || v(p, "cell")}”为“${v(p, "column")}”，但本表中没有这个标签，该指定未使用。`,
    (p) =>
      `"${v(p, "text") || v(p, "cell")}" was set as ${v(p, "column")}, but no such label is on this sheet: the setting is unused.`,
  ],
  "header.field-empty": [(p) => `“${v(p, "field")}”未填写。`, (p) => `${v(p, "field")} is empty.`],
  "header.year-missing": [
    () => `缺少年度（如“（2021年度）”）。`,
    () => `The year line (e.g. （2021年度）) is missing.`,
  ],
  "funds.not-a-number": [
    (p) => `${v(p, "row")}的${v(p, "column")}“${v(p, "value")}”不是数字。`,
    (p) => `${v(p, "row")} ${v(p, "column")} "${v(p, "value")}" is not a number.`,
  ],
  "funds.negative": [
    (p) => `${v(p, "row")}的${v(p, "column")}为负数（${v(p, "value")}）。`,
    (p) => `${v(p, "row")} ${v(p, "column")} is negative (${v(p, "value")}).`,
  ],
  "funds.sum-mismatch": [
    (p) => `${v(p, "column")}：年度资金总额 ${v(p, "total")} ≠ ${v(p, "parts")} = ${v(p, "sum")}。`,
    (p) => `${v(p, "column")}: 年度资金总额 ${v(p, "total")} ≠ ${v(p, "parts")} = ${v(p, "sum")}.`,
  ],
  "funds.budget-zero": [
    () => `全年预算数为 0 或未填写，无法计算执行率。`,
    () => `全年预算数 is 0 or blank: no execution rate can be computed.`,
  ],
  "funds.over-budget": [
    (p) => `全年执行数 ${v(p, "executed")} 超过全年预算数 ${v(p, "budget")}。`,
    (p) => `全年执行数 ${v(p, "executed")} exceeds 全年预算数 ${v(p, "budget")}.`,
  ],
  "funds.execution-low": [
    (p) => `预算执行率 ${v(p, "rate")}，低于 100%（低于 ${v(p, "threshold")} 需重点说明）。`,
    (p) =>
      `Budget execution rate ${v(p, "rate")} is below 100% (below ${v(p, "threshold")} needs explaining).`,
  ],
  "funds.rate-wrong": [
    (p) => `执行率填写为 ${v(p, "entered")}，按 全年执行数/全年预算数 应为 ${v(p, "computed")}。`,
    (p) => `执行率 is ${v(p, "entered")}; 全年执行数 / 全年预算数 gives ${v(p, "computed")}.`,
  ],
  "funds.score-wrong": [
    (p) => `资金执行得分填写为 ${v(p, "entered")}，应为 ${v(p, "computed")}（分值 × 执行率）。`,
    (p) => `Funds 得分 is ${v(p, "entered")}; 分值 × execution rate gives ${v(p, "computed")}.`,
  ],
  "goals.empty": [
    (p) => `年度总体目标的“${v(p, "field")}”未填写。`,
    (p) => `年度总体目标 ${v(p, "field")} is empty.`,
  ],
  "goals.copied": [
    (p) =>
      `“实际完成情况”与“预期目标”几乎相同（相似度 ${v(p, "similarity")}%），请写明实际完成了什么。`,
    (p) =>
      `实际完成情况 repeats 预期目标 (${v(p, "similarity")}% similar): describe what was actually achieved.`,
  ],
  "indicator.level-unknown": [
    (p) =>
      v(p, "level") === "一级"
        ? `一级指标“${v(p, "value")}”不是产出、效益、满意度或成本指标。`
        : `二级指标“${v(p, "value")}”不属于“${v(p, "parent")}”的标准二级指标。`,
    (p) =>
      v(p, "level") === "一级"
        ? `一级指标 "${v(p, "value")}" is not 产出, 效益, 满意度 or 成本指标.`
        : `二级指标 "${v(p, "value")}" is not a standard 二级 of ${v(p, "parent")}.`,
  ],
  "indicator.none": [
    () => `绩效指标表中没有填写任何指标。`,
    () => `The indicator table has no indicator rows.`,
  ],
  "indicator.name-empty": [() => `三级指标名称未填写。`, () => `三级指标 name is empty.`],
  "indicator.missing-kind": [
    (p) => `没有${v(p, "kind")}类指标。`,
    (p) => `No ${v(p, "kind")} indicator.`,
  ],
  "target.empty": [() => `年度指标值未填写。`, () => `年度指标值 (target) is empty.`],
  "target.comparator-missing": [
    (p) => `年度指标值“${v(p, "target")}”没有写明比较符号，按“${v(p, "assumed")}”计算。`,
    (p) => `Target "${v(p, "target")}" has no comparator; scored as "${v(p, "assumed")}".`,
  ],
  "target.comparator-nonstandard": [
    (p) => `比较符号“${v(p, "written")}”不规范，建议改为“${v(p, "canonical")}”。`,
    (p) => `Comparator "${v(p, "written")}" is non-standard; use "${v(p, "canonical")}".`,
  ],
  "actual.empty": [() => `实际完成值未填写。`, () => `实际完成值 (actual) is empty.`],
  "actual.not-a-value": [
    (p) => `实际完成值“${v(p, "actual")}”是指标类别或栏目名称，不是完成值。`,
    (p) => `Actual "${v(p, "actual")}" is a category or column name, not a value.`,
  ],
  "actual.has-comparator": [
    (p) => `实际完成值“${v(p, "actual")}”写成了目标形式，请填写实际测得的数值。`,
    (p) => `Actual "${v(p, "actual")}" is written like a target: enter the measured value.`,
  ],
  "actual.not-a-number": [
    (p) => `定量指标“${v(p, "target")}”的实际完成值“${v(p, "actual")}”不是数值，无法按公式计分。`,
    (p) =>
      `Quantitative target "${v(p, "target")}" has a non-numeric actual "${v(p, "actual")}": it cannot be scored by formula.`,
  ],
  "actual.unit-missing": [
    (p) => `实际完成值“${v(p, "actual")}”缺少单位，按“${v(p, "unit")}”理解。`,
    (p) => `Actual "${v(p, "actual")}" has no unit; read as "${v(p, "unit")}".`,
  ],
  "actual.unit-mismatch": [
    (p) => `实际完成值单位“${v(p, "actual")}”与指标值单位“${v(p, "target")}”不一致。`,
    (p) => `Actual unit "${v(p, "actual")}" does not match target unit "${v(p, "target")}".`,
  ],
  "actual.qualitative-unclear": [
    (p) =>
      `定性指标“${v(p, "target")}”的完成值“${v(p, "actual")}”不是“达成/部分达成/未达成”，得分只能人工判断。`,
    (p) =>
      `Qualitative target "${v(p, "target")}": actual "${v(p, "actual")}" is no tier (达成/部分达成/未达成); the score is a judgement.`,
  ],
  "actual.over-achieved": [
    (p) => `完成值为指标值的 ${v(p, "ratio")}，超额较多，指标值可能设定偏低。`,
    (p) => `Actual is ${v(p, "ratio")} of the target: the target was probably set too low.`,
  ],
  "weight.invalid": [
    (p) => `分值“${v(p, "value")}”缺失、不是数字或不大于 0。`,
    (p) => `Weight "${v(p, "value")}" is missing, not a number, or not above 0.`,
  ],
  "weight.total": [
    (p) => `分值合计为 ${v(p, "sum")}，应为 100。`,
    (p) => `Weights add up to ${v(p, "sum")}, not 100.`,
  ],
  "weight.split": [
    (p) => `一级指标分值为 ${v(p, "actual")}，与原则上的 ${v(p, "expected")} 不同。`,
    (p) => `一级 weights are ${v(p, "actual")}; the usual split is ${v(p, "expected")}.`,
  ],
  "score.invalid": [
    (p) => `得分“${v(p, "value")}”不是数字、小于 0 或大于分值。`,
    (p) => `Score "${v(p, "value")}" is not a number, below 0, or above the weight.`,
  ],
  "score.wrong": [
    (p) => `得分填写为 ${v(p, "entered")}，按公式应为 ${v(p, "computed")}。`,
    (p) => `Score is ${v(p, "entered")}; the formula gives ${v(p, "computed")}.`,
  ],
  "score.out-of-band": [
    (p) =>
      `“${v(p, "tier")}”的得分应在 ${v(p, "low")}–${v(p, "high")} 之间，填写为 ${v(p, "entered")}。`,
    (p) =>
      `A "${v(p, "tier")}" score must lie in ${v(p, "low")}–${v(p, "high")}; it is ${v(p, "entered")}.`,
  ],
  "score.needs-judgement": [
    () => `得分需要根据完成情况人工确定。`,
    () => `The score must be set by judgement.`,
  ],
  "score.adjusted": [
    (p) => `得分 ${v(p, "entered")} 低于公式得分 ${v(p, "computed")}，已有说明，予以保留。`,
    (p) =>
      `Score ${v(p, "entered")} is below the formula's ${v(p, "computed")} and is explained: kept.`,
  ],
  "reason.required": [
    (p) => `“${v(p, "name")}”${cause(p, 0)}，需填写偏差原因分析及改进措施。`,
    (p) => `"${v(p, "name")}": ${cause(p, 1)}, so 偏差原因分析及改进措施 is required.`,
  ],
  "total.wrong": [
    (p) => `总分填写为 ${v(p, "entered")}，应为 ${v(p, "computed")}。`,
    (p) => `Total is ${v(p, "entered")}; it should be ${v(p, "computed")}.`,
  ],
  "total.grade": [
    (p) => `总分 ${v(p, "total")}，等级“${v(p, "grade")}”。`,
    (p) => `Total ${v(p, "total")}, grade ${v(p, "grade")}.`,
  ],
  "total.grade-wrong": [
    (p) => `等级填写为“${v(p, "entered")}”，按总分 ${v(p, "total")} 应为“${v(p, "grade")}”。`,
    (p) =>
      `Grade is written as ${v(p, "entered")}; with a total of ${v(p, "total")} it should be ${v(p, "grade")}.`,
  ],
  "total.all-full-marks": [
    () => `所有指标均为满分，但仍有问题未解决，自评得分可能虚高。`,
    () =>
      `Every indicator has full marks while problems stand: the self-evaluation may be inflated.`,
  ],
  "consistency.performance-ahead-of-spending": [
    (p) => `指标完成度 ${v(p, "completion")} 明显高于资金执行 ${v(p, "spending")}，请核实。`,
    (p) =>
      `Indicator completion ${v(p, "completion")} runs ahead of spending ${v(p, "spending")}: please check.`,
  ],
  "consistency.cost-restates-budget": [
    (p) => `成本指标“${v(p, "name")}”只是重复了预算或执行金额，未反映成本控制。`,
    (p) => `Cost indicator "${v(p, "name")}" only repeats the budget or amount spent.`,
  ],
};

/** The message of a finding in a language. */
export function formatFinding(f: Finding, lang: Lang = "zh-CN"): string {
  const words = MESSAGES[f.code];
  return words[lang === "zh-CN" ? 0 : 1](f.params);
}

const SEVERITY_NAMES: Record<Finding["severity"], [string, string]> = {
  error: ["错误", "error"],
  warning: ["警告", "warning"],
  info: ["提示", "info"],
};

export function severityName(s: Finding["severity"], lang: Lang = "zh-CN"): string {
  return SEVERITY_NAMES[s][lang === "zh-CN" ? 0 : 1];
}
