/**
 * Reading a 实际完成值 (actual) cell against its target, rules.md §2 and R6/R7: a measured
 * number, a value written like a target, a period, a tier phrase, 不适用, or a label
 * that is not a value. Unit agreement is checked in scoring, not here.
 */
import type { Cell } from "./grid";
import {
  compactLabel,
  formatPlainNumber,
  isDateFormat,
  isPercentFormat,
  normalizeText,
} from "./normalize";
import { isDashOrBlank } from "./parse-number";
import { compareDays, dayFromSerial } from "./calendar";
import { isNotApplicableText, parsePeriodText, parseQuantityText } from "./parse-target";
import { readTier } from "./tiers";
import type { Actual, Day, Target, Tier } from "./values";

/** Indicator category names and column labels: an actual holding one is not a value. */
const NOT_A_VALUE = new Set([
  ...[
    "产出",
    "效益",
    "满意度",
    "成本",
    "数量",
    "质量",
    "时效",
    "经济效益",
    "社会效益",
    "生态效益",
    "可持续影响",
    "服务对象满意度",
    "经济成本",
    "社会成本",
    "生态环境成本",
  ].flatMap((name) => [name, `${name}指标`]),
  "一级指标",
  "二级指标",
  "三级指标",
  "指标名称",
  "三级指标名称",
  "年度指标值",
  "指标值",
  "目标值",
  "实际完成值",
  "全年实际值",
  "实际值",
  "完成值",
  "实际完成情况",
  "预期目标",
  "分值",
  "权重",
  "得分",
  "指标得分",
  "偏差原因分析及改进措施",
  "偏差原因分析",
]);

/** Words saying a deadline was kept ("按期完成", "已完成") or missed ("延期"). */
const ON_TIME = /^已?(?:(?:提前|按期|按时|如期|准时|及时)(?:完成)?|完成)$/;
const LATE = /^(?:未按期|未按时|未如期|未及时|延期|逾期|超期|推迟|滞后)(?:完成)?$/;

/** True when the text is an indicator category or a column label ("社会效益指标", "实际完成值(B)"). */
export function isNotAValueText(text: string): boolean {
  return NOT_A_VALUE.has(compactLabel(text).replace(/\([A-Za-z]\)$/, ""));
}

function period(end: Day | null, target: Target): Actual {
  const onTime = end !== null && target.kind === "period" && compareDays(end, target.end) <= 0;
  return { kind: "period", end, onTime };
}

function fromTier(tier: Tier, target: Target): Actual {
  if (target.kind === "period" && tier !== "partly") {
    return { kind: "period", end: null, onTime: tier === "achieved" };
  }
  return { kind: "tier", tier };
}

function readNumber(v: number, format: string | undefined, target: Target): Actual {
  if (target.kind === "period") {
    const day = isDateFormat(format) ? dayFromSerial(v) : null;
    if (day !== null) return period(day, target);
    const year = Number.isInteger(v) ? parsePeriodText(String(v)) : null;
    if (year !== null && !isPercentFormat(format)) return period(year.end, target);
  }
  const percent = isPercentFormat(format);
  const value = percent ? Number((v * 100).toPrecision(15)) : v;
  if (!Number.isFinite(value)) return { kind: "not-a-value", text: formatPlainNumber(v) };
  return { kind: "number", value, unit: percent ? "%" : null };
}

function readText(raw: string, target: Target): Actual {
  const text = normalizeText(raw);
  const compact = text.replace(/ /g, "").replace(/[。.]+$/, "");
  if (isNotApplicableText(text)) return { kind: "not-applicable", text };
  if (isNotAValueText(text)) return { kind: "not-a-value", text };
  if (target.kind === "qualitative" && compact === target.text.replace(/ /g, "")) {
    return { kind: "tier", tier: "achieved" };
  }
  if (target.kind === "period") {
    if (ON_TIME.test(compact)) return { kind: "period", end: null, onTime: true };
    if (LATE.test(compact)) return { kind: "period", end: null, onTime: false };
    const read = parsePeriodText(text, target.end.year);
    if (read !== null) return period(read.end, target);
  }
  const tier = readTier(text);
  if (tier !== null) return fromTier(tier, target);
  const q = parseQuantityText(text);
  if (q === null) return { kind: "text", text };
  return q.comparator === null
    ? { kind: "number", value: q.value, unit: q.unit }
    : { kind: "with-comparator", value: q.value, unit: q.unit };
}

/**
 * Reads an actual cell against its target: 0.95 with format "0%" → 95 %, "7家" → 7 家,
 * "≥266米" → with-comparator, "已完成" → tier (or on time against a period target),
 * "2021.01-2021.12" against a period target → its end and whether it is on time.
 */
export function parseActual(cell: Cell, target: Target): Actual {
  if (cell.error !== undefined) return { kind: "not-a-value", text: cell.error };
  if (isDashOrBlank(cell)) return { kind: "empty" };
  const v = cell.value;
  if (typeof v === "number") {
    return readNumber(v, cell.format, target);
  }
  if (typeof v === "boolean") return fromTier(v ? "achieved" : "not-achieved", target);
  return readText(v ?? "", target);
}
