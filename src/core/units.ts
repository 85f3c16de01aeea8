/**
 * Units written after indicator values (rules.md §2): one spelling per unit, so that a
 * target "≥2次" and an actual "2 次" agree, and conversion where units are multiples
 * of each other (万元 and 元). Everything else is compared as written.
 */
import { memoizeText, normalizeText } from "./normalize";

/** Alternative spellings (lower-cased) and their normalised unit. */
const ALIASES = new Map<string, string>([
  ["%", "%"],
  ["百分比", "%"],
  ["km", "公里"],
  ["千米", "公里"],
  ["m", "米"],
  ["m2", "平方米"],
  ["m²", "平方米"],
  ["㎡", "平方米"],
  ["平米", "平方米"],
  ["kg", "公斤"],
  ["千克", "公斤"],
  ["t", "吨"],
  ["日", "天"],
  ["月", "个月"],
  ["h", "小时"],
]);

/** Units recognised as such (in normalised spelling); unknown ones are kept as written. */
const KNOWN_UNITS = new Set([
  "万元",
  "元",
  "千元",
  "亿元",
  "%",
  "分",
  "人",
  "人次",
  "次",
  "家",
  "个",
  "项",
  "台",
  "套",
  "天",
  "个月",
  "年",
  "小时",
  "分钟",
  "公里",
  "米",
  "平方米",
  "亩",
  "户",
  "场",
  "期",
  "份",
  "篇",
  "册",
  "辆",
  "件",
  "所",
  "座",
  "吨",
  "公斤",
  "名",
  "批",
  "处",
  "条",
  "本",
  "张",
  "间",
  "棵",
  "株",
  "头",
  "只",
  "组",
  "支",
  "队",
  "村",
  "乡",
  "镇",
  "个工作日",
  "工作日",
]);

/** Units that are multiples of one another: dimension and size in the dimension's base unit. */
const SCALES = new Map<string, { dimension: string; factor: number }>([
  ["元", { dimension: "money", factor: 1 }],
  ["千元", { dimension: "money", factor: 1e3 }],
  ["万元", { dimension: "money", factor: 1e4 }],
  ["亿元", { dimension: "money", factor: 1e8 }],
  ["米", { dimension: "length", factor: 1 }],
  ["公里", { dimension: "length", factor: 1e3 }],
  ["公斤", { dimension: "mass", factor: 1 }],
  ["吨", { dimension: "mass", factor: 1e3 }],
]);

/** One spelling per unit ("KM" → 公里, "（万元）" → 万元, "日" → 天); null when blank; unknown units as written. */
export const normalizeUnit: (u: string) => string | null = memoizeText((u) => {
  const compact = normalizeText(u)
    .replace(/ /g, "")
    .replace(/^\((.*)\)$/, "$1");
  if (compact === "") return null;
  return ALIASES.get(compact.toLowerCase()) ?? compact;
});

/** True when the (normalised) unit is one the engine knows. */
export function isKnownUnit(u: string): boolean {
  const unit = normalizeUnit(u);
  return unit !== null && KNOWN_UNITS.has(unit);
}

/**
 * Converts a value between units (万元 ↔ 元 ↔ 千元, 公里 ↔ 米, 吨 ↔ 公斤). The same unit, or a
 * missing unit on either side, keeps the value; null when the units do not convert (人 vs 人次).
 */
export function convertUnit(value: number, from: string | null, to: string | null): number | null {
  const source = from === null ? null : normalizeUnit(from);
  const target = to === null ? null : normalizeUnit(to);
  if (source === null || target === null || source === target) return value;
  const a = SCALES.get(source);
  const b = SCALES.get(target);
  if (a === undefined || b === undefined || a.dimension !== b.dimension) return null;
  return Number(((value * a.factor) / b.factor).toPrecision(15));
}
