/**
 * The labels that find each part of the form (layout.md, "Label variants").
 * Patterns run on compacted text: half-width, no spaces, no trailing colon.
 */

export type LabelKey =
  | "title"
  | "yearLine"
  | "name"
  | "dept"
  | "unit"
  | "funds"
  | "initial"
  | "budget"
  | "executed"
  | "weight"
  | "rate"
  | "score"
  | "fundTotal"
  | "fundCurrent"
  | "fundCarryover"
  | "fundOther"
  | "goals"
  | "expected"
  | "achieved"
  | "indicators"
  | "level1"
  | "level2"
  | "level3"
  | "target"
  | "actual"
  | "reason"
  | "comparator"
  | "measure"
  | "total";

// Order matters: the first pattern that matches wins.
const PATTERNS: readonly (readonly [LabelKey, RegExp])[] = [
  ["title", /^(\d{4}年度?)?(财政)?(项目支出绩效自评表|项目绩效自评表|绩效目标自评表)$/],
  ["yearLine", /^\(?\d{4}年度?\)?$/],
  ["name", /^项目名称$/],
  ["dept", /^主管部门(及代码)?$/],
  ["unit", /^实施单位$/],
  ["funds", /^项目资金(\((万元|元)\))?$/],
  ["initial", /^年初预算数(\([A-Z]\))?$/],
  ["budget", /^全年预算数(\([A-Z]\))?$/],
  ["executed", /^全年执行数(\([A-Z]\))?$/],
  ["weight", /^(分值|权重|权重设定值)(\(分\))?$/],
  ["rate", /^(项目)?(预算)?执行率(\([A-Z]\/[A-Z]\))?$/],
  ["score", /^(指标)?得分$/],
  ["fundTotal", /^年度资金总额$/],
  ["fundCurrent", /^(其中:)?(当年|本年)?财政拨款$/],
  ["fundCarryover", /^(其中:)?上年结转(资金)?$/],
  ["fundOther", /^(其中:)?其他资金$/],
  ["goals", /^年度总体目标$/],
  ["expected", /^(预期目标|年初预期目标|年初设定目标|年度绩效目标)$/],
  ["achieved", /^(实际完成情况|年度实际完成情况|年度总体目标完成情况综述)$/],
  ["indicators", /^(年度绩效指标完成情况|绩效指标)$/],
  ["level1", /^一级(绩效)?指标$/],
  ["level2", /^二级(绩效)?指标$/],
  ["level3", /^(三级(绩效)?指标(名称)?|指标名称)$/],
  ["target", /^(年度指标值|指标值|目标值)(\([A-Z]\))?$/],
  ["actual", /^(实际完成值|全年实际值)(\([A-Z]\))?$/],
  [
    "reason",
    /^(偏差原因分析及改进措施|偏差原因分析|偏差原因及改进措施|未完成原因分析|未完成原因及拟采取的改进措施|偏差大或目标未完成的原因分析)$/,
  ],
  ["comparator", /^(计算符号|指标性质)$/],
  ["measure", /^(计量单位|度量单位)$/],
  ["total", /^(总分|合计)$/],
];

/** Longer texts are content (goals, indicator names), never labels. */
const MAX_LABEL_LENGTH = 32;

/** The label a compacted cell text stands for, or null. */
export function matchLabel(compact: string): LabelKey | null {
  if (compact.length === 0 || compact.length > MAX_LABEL_LENGTH) return null;
  const known = matched.get(compact);
  if (known !== undefined) return known;
  let found: LabelKey | null = null;
  for (const [key, pattern] of PATTERNS)
    if (pattern.test(compact)) {
      found = key;
      break;
    }
  // Forms repeat the same texts; the cache is bounded and dropped when full.
  if (matched.size >= MATCH_CACHE_LIMIT) matched.clear();
  matched.set(compact, found);
  return found;
}

const MATCH_CACHE_LIMIT = 20000;
const matched = new Map<string, LabelKey | null>();

/** 元 amounts are converted to 万元 so that 万元 targets compare with them. */
export function fundsScale(compactFundsLabel: string): number {
  return /\(元\)$/.test(compactFundsLabel) ? 0.0001 : 1;
}

/** The year written in a title or year line: "（2021年度）", "2022年度项目支出绩效自评表". */
export function yearOf(compact: string): number | null {
  const m = /(\d{4})年/.exec(compact);
  return m && m[1] ? Number(m[1]) : null;
}
