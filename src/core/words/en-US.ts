import type { CoreLanguage } from "../messages";

/** The core's wording in en-US; labels of the form keep their Chinese names. */
export const enUS: CoreLanguage = {
  names: {
    severity: { error: "error", warning: "warning", info: "info" },
    part: {
      layout: "Layout",
      header: "Header",
      funds: "Funds",
      goals: "Annual goals",
      indicators: "Indicators",
      total: "Total",
    },
    tier: {
      achieved: "achieved",
      partly: "partly achieved",
      "not-achieved": "not achieved",
      late: "late",
    },
    cause: {
      "not-achieved": "the indicator was not fully achieved",
      "over-achieved": "it was over-achieved by 30% or more",
      adjusted: "the score was adjusted by hand",
      late: "it was completed late",
      tier: "the qualitative indicator was not achieved",
    },

    effect: {
      "not-read": "it is neither read nor written",
      "weights-unknown":
        "the weights are unknown: scores are neither checked against them nor computed",
      "reasons-unchecked": "whether a 偏差原因分析 is filled in cannot be checked",
      "total-not-written": "the total is computed but has nowhere to go",
      "goals-unchecked": "the goals cannot be checked",
      "funds-unread": "the funds cannot be read, so the execution rate is not checked",
      "rate-not-written": "the rate is computed but has nowhere to go",
      "scores-unchecked": "the scores are neither read, checked nor written",
      "score-not-written": "the funds score is computed but has nowhere to go",
    },
    basis: {
      budget: "全年执行数 / 全年预算数",
      adjusted: "全年执行数 / (年初预算数 + 调整数)",
    },
  },

  findings: {
    "layout.not-a-form": (p) =>
      `No 项目支出绩效自评表 found on sheet "${p.sheet}" (no labels such as 项目名称 or 一级指标); nothing was written.`,
    "layout.missing-part": (p, n) => {
      const looked = ` (looked for: ${p.looked}${"nearest" in p ? `; nearest: ${p.nearest}` : ""})`;
      const then = `: ${n.effect[p.effect]}.`;
      return "column" in p
        ? `The "${n.part[p.part]}" part has no "${p.column}"${looked}${then}`
        : `The form has no "${n.part[p.part]}" part${looked}${then}`;
    },
    "layout.hint-unused": (p) =>
      `"${p.text || p.cell}" was set as ${p.column}, but no such label is on this sheet: the setting is unused.`,
    "header.field-empty": (p) => `${p.field} is empty.`,
    "header.year-missing": () => `The year line (e.g. （2021年度）) is missing.`,
    "funds.not-a-number": (p) => `${p.row} ${p.column} "${p.value}" is not a number.`,
    "funds.negative": (p) => `${p.row} ${p.column} is negative (${p.value}).`,
    "funds.sum-mismatch": (p) => `${p.column}: 年度资金总额 ${p.total} ≠ ${p.parts} = ${p.sum}.`,
    "funds.budget-zero": () => `全年预算数 is 0 or blank: no execution rate can be computed.`,
    "funds.over-budget": (p) => `全年执行数 ${p.executed} exceeds 全年预算数 ${p.budget}.`,
    "funds.execution-low": (p) =>
      `Budget execution rate ${p.rate} is below 100% (below ${p.threshold} needs explaining).`,
    "funds.rate-wrong": (p, n) =>
      `执行率 is ${p.entered}; ${n.basis[p.basis]} gives ${p.computed}.`,
    "funds.adjusted-budget": (p) =>
      `The execution rate is over the adjusted budget: 年初预算数 ${p.initial} + 调整数 ${p.adjustment} = ${p.adjusted}${"budget" in p ? ` (全年预算数 is ${p.budget})` : ""}.`,
    "funds.score-wrong": (p) =>
      `Funds 得分 is ${p.entered}; 分值 × execution rate gives ${p.computed}.`,
    "goals.empty": (p) => `年度总体目标 ${p.field} is empty.`,
    "goals.copied": (p) =>
      `实际完成情况 repeats 预期目标 (${p.similarity}% similar): describe what was actually achieved.`,
    "indicator.level-unknown": (p) =>
      p.level === "一级"
        ? `一级指标 "${p.value}" is not 产出, 效益, 满意度 or 成本指标.`
        : `二级指标 "${p.value}" is not a standard 二级 of ${p.parent}.`,
    "indicator.none": () => `The indicator table has no indicator rows.`,
    "indicator.name-empty": () => `三级指标 name is empty.`,
    "indicator.missing-kind": (p) => `No ${p.kind} indicator.`,
    "target.empty": () => `年度指标值 (target) is empty.`,
    "target.comparator-missing": (p) =>
      `Target "${p.target}" has no comparator; scored as "${p.assumed}".`,
    "target.comparator-nonstandard": (p) =>
      `Comparator "${p.written}" is non-standard; use "${p.canonical}".`,
    "actual.empty": () => `实际完成值 (actual) is empty.`,
    "actual.not-a-value": (p) => `Actual "${p.actual}" is a category or column name, not a value.`,
    "actual.has-comparator": (p) =>
      `Actual "${p.actual}" is written like a target: enter the measured value.`,
    "actual.not-a-number": (p) =>
      `Quantitative target "${p.target}" has a non-numeric actual "${p.actual}": it cannot be scored by formula.`,
    "actual.unit-missing": (p) => `Actual "${p.actual}" has no unit; read as "${p.unit}".`,
    "actual.unit-mismatch": (p) =>
      `Actual unit "${p.actual}" does not match target unit "${p.target}".`,
    "actual.qualitative-unclear": (p) =>
      `Qualitative target "${p.target}": actual "${p.actual}" is no tier (达成/部分达成/未达成); the score is a judgement.`,
    "actual.over-achieved": (p) =>
      `Actual is ${p.ratio} of the target: the target was probably set too low.`,
    "weight.invalid": (p) => `Weight "${p.value}" is missing, not a number, or not above 0.`,
    "weight.total": (p) => `Weights add up to ${p.sum}, not 100.`,
    "weight.split": (p) => `一级 weights are ${p.actual}; the usual split is ${p.expected}.`,
    "score.invalid": (p) => `Score "${p.value}" is not a number, below 0, or above the weight.`,
    "score.wrong": (p) => `Score is ${p.entered}; the formula gives ${p.computed}.`,
    "score.out-of-band": (p, n) =>
      `A "${n.tier[p.tier]}" score must lie in ${p.low}–${p.high}; it is ${p.entered}.`,
    "score.needs-judgement": () => `The score must be set by judgement.`,
    "score.adjusted": (p) =>
      `Score ${p.entered} is below the formula's ${p.computed} and is explained: kept.`,
    "score.deviation-deducted": (p) =>
      `The actual is ${p.deviation} above the target (指标偏离 from ${p.threshold}): ${p.points} points off, scored ${p.score}.`,
    "reason.required": (p, n) =>
      `"${p.name}": ${n.cause[p.cause]}, so 偏差原因分析及改进措施 is required.`,
    "total.wrong": (p) => `Total is ${p.entered}; it should be ${p.computed}.`,
    "total.grade": (p) => `Total ${p.total}, grade ${p.grade}.`,
    "total.grade-wrong": (p) =>
      `Grade is written as ${p.entered}; with a total of ${p.total} it should be ${p.grade}.`,
    "total.all-full-marks": () =>
      `Every indicator has full marks while problems stand: the self-evaluation may be inflated.`,
    "total.capped-by-execution": (p) =>
      `Execution rate ${p.rate} is below ${p.below}: the total is capped at ${p.cap} (${p.total} counted as ${p.cap}).`,
    "consistency.performance-ahead-of-spending": (p) =>
      `Indicator completion ${p.completion} runs ahead of spending ${p.spending}: please check.`,
    "consistency.cost-restates-budget": (p) =>
      `Cost indicator "${p.name}" only repeats the budget or amount spent.`,
  },
};
