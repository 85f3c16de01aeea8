import type { ProfileLanguage } from "../profile-words";

/** The field an issue names: the profile as a whole when its path is empty. */
const at = (field: string) => (field === "" ? "评分规则" : field);

/** Rule profiles in zh-CN: why one is refused, what each built-in is for, each rule's name. */
export const zhCN: ProfileLanguage = {
  names: {
    type: {
      number: "数字",
      integer: "整数",
      text: "文本",
      boolean: "true 或 false",
      object: "对象（{ … }）",
      list: "列表（[ … ]）",
    },
  },
  issues: {
    "profile.unknown-field": (p) => `${at(p.field)}中有未知的字段：${p.keys.join("、")}`,
    "profile.wrong-type": (p, n) => `${at(p.field)} 应为${n.type[p.expected]}`,
    "profile.not-one-of": (p) => `${at(p.field)} 应为 ${p.options.join("、")} 之一`,
    "profile.too-small": (p) =>
      p.inclusive ? `${at(p.field)} 不能小于 ${p.minimum}` : `${at(p.field)} 须大于 ${p.minimum}`,
    "profile.too-big": (p) =>
      p.inclusive ? `${at(p.field)} 不能大于 ${p.maximum}` : `${at(p.field)} 须小于 ${p.maximum}`,
    "profile.too-many": (p) => `${at(p.field)} 最多 ${p.maximum} 项`,
    "profile.unknown-base": (p) =>
      `${at(p.field)}：“${p.name}”不是内置评分规则（可选：${p.known.join("、")}）`,
    "profile.name-taken": (p) =>
      `${at(p.field)}：“${p.name}”是内置评分规则的名称，不能再扩展另一套规则；请另起名称`,
    "profile.invalid": (p) => `${at(p.field)} 无效`,
    "profile.bands-order": (p) =>
      `${at(p.field)} 须满足 优 > 良 > 中（现为 ${p.excellent} / ${p.good} / ${p.fair}）`,
    "profile.reason-below-warning": (p) =>
      `${at(p.field)}（${p.reason}）不能低于超额完成提示阈值 overAchievedWarn（${p.warn}）`,
    "profile.split-total": (p) =>
      `${at(p.field)}：一级指标分值合计 ${p.indicators} 加资金分值 ${p.funds} 为 ${p.sum}，应为 100`,
    "profile.funds-weight": (p) =>
      `${at(p.field)}（${p.fundsWeight}）须等于 expectedSplit.funds（${p.funds}）`,
    "profile.caps-order": (p) =>
      `${at(p.field)}：第 ${p.index} 档（执行率低于 ${p.below} 时上限 ${p.cap}）须比上一档（低于 ${p.previousBelow} 时上限 ${p.previousCap}）的执行率和上限都低`,
  },
  profiles: {
    "mof-2020": "财预〔2020〕10号及常见预算系统的规则",
    "mof-2020-cost": "mof-2020，成本指标为一级指标：产出 40、效益 30、成本 10、满意度 10、资金 10",
    "province-2022":
      "省级一体化规则：按执行率封顶总分、指标偏离扣分、按调整后预算计算执行率、反向指标线性计分、成本指标为一级指标",
  },
  rules: {
    reverseMode: "反向指标计分方式",
    equalStrict: "“＝”指标严格相等",
    overAchievedWarn: "超额完成提示阈值",
    overAchievedReason: "超额完成须说明原因阈值",
    executionLow: "执行率预警阈值",
    performanceAheadOfSpending: "指标完成度领先资金执行的容差",
    gradeBands: "等级下限",
    expectedSplit: "一级指标分值分配",
    fundsWeight: "资金分值（表中未填时）",
    decimals: "得分小数位",
    tolerance: "比较容差",
    copiedSimilarity: "目标照抄相似度阈值",
    executionBasis: "执行率分母",
    rateDecimals: "执行率取整位数",
    executionCaps: "按执行率封顶总分",
    deviationDeduction: "指标偏离扣分",
  },
};
