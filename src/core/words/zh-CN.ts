import type { CoreLanguage } from "../messages";

/** The core's wording in zh-CN: every finding, template-input issue and sheet-name change. */
export const zhCN: CoreLanguage = {
  names: {
    severity: { error: "错误", warning: "警告", info: "提示" },
    part: {
      layout: "版式",
      header: "表头",
      funds: "项目资金",
      goals: "年度总体目标",
      indicators: "绩效指标",
      total: "总分",
    },
    tier: { achieved: "达成", partly: "部分达成", "not-achieved": "未达成", late: "逾期" },
    cause: {
      "not-achieved": "指标未完全完成",
      "over-achieved": "超额完成 30% 以上",
      adjusted: "得分经人工调整",
      late: "未按期完成",
      tier: "定性指标未达成",
    },

    effect: {
      "not-read": "该部分未读取，也不会写入",
      "weights-unknown": "各指标分值未知：得分无法按分值核对或计算，只核对其他内容",
      "reasons-unchecked": "无法核对偏差原因是否填写",
      "total-not-written": "总分照常计算，但无处写入",
      "goals-unchecked": "年度总体目标无法核对",
      "funds-unread": "预算执行情况无法读取，执行率无法核对",
      "rate-not-written": "执行率照常计算，但无处写入",
      "scores-unchecked": "各指标得分无法读取和核对，也不会写入",
      "score-not-written": "资金得分照常计算，但无处写入",
    },
    basis: {
      budget: "全年执行数/全年预算数",
      adjusted: "全年执行数/（年初预算数+调整数）",
    },
  },

  findings: {
    "layout.not-a-form": (p) =>
      `工作表“${p.sheet}”中没有找到项目支出绩效自评表（未识别到“项目名称”“一级指标”等标签），未写入任何内容。`,
    "layout.missing-part": (p, n) => {
      const looked = `（查找了：${p.looked}${"nearest" in p ? `；最接近的是 ${p.nearest}` : ""}）`;
      const then = `，${n.effect[p.effect]}。`;
      return "column" in p
        ? `${n.part[p.part]}部分缺少“${p.column}”${looked}${then}`
        : `表格缺少“${n.part[p.part]}”部分${looked}${then}`;
    },
    "layout.hint-unused": (p) =>
      `已指定“${p.text || p.cell}”为“${p.column}”，但本表中没有这个标签，该指定未使用。`,
    "header.field-empty": (p) => `“${p.field}”未填写。`,
    "header.year-missing": () => `缺少年度（如“（2021年度）”）。`,
    "funds.not-a-number": (p) => `${p.row}的${p.column}“${p.value}”不是数字。`,
    "funds.negative": (p) => `${p.row}的${p.column}为负数（${p.value}）。`,
    "funds.sum-mismatch": (p) => `${p.column}：年度资金总额 ${p.total} ≠ ${p.parts} = ${p.sum}。`,
    "funds.budget-zero": () => `全年预算数为 0 或未填写，无法计算执行率。`,
    "funds.over-budget": (p) => `全年执行数 ${p.executed} 超过全年预算数 ${p.budget}。`,
    "funds.execution-low": (p) =>
      `预算执行率 ${p.rate}，低于 100%（低于 ${p.threshold} 需重点说明）。`,
    "funds.rate-wrong": (p, n) =>
      `执行率填写为 ${p.entered}，按 ${n.basis[p.basis]} 应为 ${p.computed}。`,
    "funds.score-wrong": (p) =>
      `资金执行得分填写为 ${p.entered}，应为 ${p.computed}（分值 × 执行率）。`,
    "funds.adjusted-budget": (p) =>
      `执行率按调整后预算计算：年初预算数 ${p.initial} + 调整数 ${p.adjustment} = ${p.adjusted}${"budget" in p ? `（全年预算数为 ${p.budget}）` : ""}。`,
    "goals.empty": (p) => `年度总体目标的“${p.field}”未填写。`,
    "goals.copied": (p) =>
      `“实际完成情况”与“预期目标”几乎相同（相似度 ${p.similarity}%），请写明实际完成了什么。`,
    "indicator.level-unknown": (p) =>
      p.level === "一级"
        ? `一级指标“${p.value}”不是产出、效益、满意度或成本指标。`
        : `二级指标“${p.value}”不属于“${p.parent}”的标准二级指标。`,
    "indicator.none": () => `绩效指标表中没有填写任何指标。`,
    "indicator.name-empty": () => `三级指标名称未填写。`,
    "indicator.missing-kind": (p) => `没有${p.kind}类指标。`,
    "target.empty": () => `年度指标值未填写。`,
    "target.comparator-missing": (p) =>
      `年度指标值“${p.target}”没有写明比较符号，按“${p.assumed}”计算。`,
    "target.comparator-nonstandard": (p) =>
      `比较符号“${p.written}”不规范，建议改为“${p.canonical}”。`,
    "actual.empty": () => `实际完成值未填写。`,
    "actual.not-a-value": (p) => `实际完成值“${p.actual}”是指标类别或栏目名称，不是完成值。`,
    "actual.has-comparator": (p) => `实际完成值“${p.actual}”写成了目标形式，请填写实际测得的数值。`,
    "actual.not-a-number": (p) =>
      `定量指标“${p.target}”的实际完成值“${p.actual}”不是数值，无法按公式计分。`,
    "actual.unit-missing": (p) => `实际完成值“${p.actual}”缺少单位，按“${p.unit}”理解。`,
    "actual.unit-mismatch": (p) => `实际完成值单位“${p.actual}”与指标值单位“${p.target}”不一致。`,
    "actual.qualitative-unclear": (p) =>
      `定性指标“${p.target}”的完成值“${p.actual}”不是“达成/部分达成/未达成”，得分只能人工判断。`,
    "actual.over-achieved": (p) => `完成值为指标值的 ${p.ratio}，超额较多，指标值可能设定偏低。`,
    "weight.invalid": (p) => `分值“${p.value}”缺失、不是数字或不大于 0。`,
    "weight.total": (p) => `分值合计为 ${p.sum}，应为 100。`,
    "weight.split": (p) => `一级指标分值为 ${p.actual}，与原则上的 ${p.expected} 不同。`,
    "score.invalid": (p) => `得分“${p.value}”不是数字、小于 0 或大于分值。`,
    "score.wrong": (p) => `得分填写为 ${p.entered}，按公式应为 ${p.computed}。`,
    "score.out-of-band": (p, n) =>
      `“${n.tier[p.tier]}”的得分应在 ${p.low}–${p.high} 之间，填写为 ${p.entered}。`,
    "score.needs-judgement": () => `得分需要根据完成情况人工确定。`,
    "score.adjusted": (p) => `得分 ${p.entered} 低于公式得分 ${p.computed}，已有说明，予以保留。`,
    "score.deviation-deducted": (p) =>
      `实际完成值超出指标值 ${p.deviation}（超出 ${p.threshold} 及以上为指标偏离），扣 ${p.points} 分，得分按 ${p.score} 计。`,
    "reason.required": (p, n) => `“${p.name}”${n.cause[p.cause]}，需填写偏差原因分析及改进措施。`,
    "total.wrong": (p) => `总分填写为 ${p.entered}，应为 ${p.computed}。`,
    "total.grade": (p) => `总分 ${p.total}，等级“${p.grade}”。`,
    "total.grade-wrong": (p) => `等级填写为“${p.entered}”，按总分 ${p.total} 应为“${p.grade}”。`,
    "total.all-full-marks": () => `所有指标均为满分，但仍有问题未解决，自评得分可能虚高。`,
    "total.capped-by-execution": (p) =>
      `执行率 ${p.rate} 低于 ${p.below}，总分不超过 ${p.cap}，已由 ${p.total} 按 ${p.cap} 计。`,
    "consistency.performance-ahead-of-spending": (p) =>
      `指标完成度 ${p.completion} 明显高于资金执行 ${p.spending}，请核实。`,
    "consistency.cost-restates-budget": (p) =>
      `成本指标“${p.name}”只是重复了预算或执行金额，未反映成本控制。`,
  },
};
