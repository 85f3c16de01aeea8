/**
 * The three qualitative tiers (rules.md §2): the official phrases and their usual
 * synonyms. Matching is on the whole text, so 未完成 is never read as 完成 and
 * 部分达成 never as 达成.
 */
import { normalizeText } from "./normalize";
import type { Tier } from "./values";

/** The official wording of each tier, as the form's instructions give it. */
export const OFFICIAL_TIER_PHRASES: Readonly<Record<Tier, string>> = {
  achieved: "达成年度指标",
  partly: "部分达成年度指标并具有一定效果",
  "not-achieved": "未达成年度指标且效果较差",
};

/** Every wording of each tier the reader accepts (docs/rules.md lists them from here). */
export const TIER_PHRASES: Readonly<Record<Tier, readonly string[]>> = {
  achieved: [
    "达成年度指标",
    "达成年度目标",
    // Real forms write achievement against 预期 rather than 年度 (贵池2022 in the regions
    // fixture; issue 14).
    "达成预期指标",
    "达成预期目标",
    "完成年度指标",
    "完成年度目标",
    "达成",
    "已达成",
    "已完成",
    "完成",
    "已实现",
    "实现",
    "达到",
    "已达到",
    "是",
  ],
  partly: [
    "部分达成年度指标并具有一定效果",
    "部分达成年度指标",
    "部分达成年度目标",
    "部分达成预期指标",
    "部分达成预期目标",
    "部分达成",
    "部分完成",
    "基本完成",
    "基本达成",
    "基本实现",
    "基本达到",
  ],
  "not-achieved": [
    "未达成年度指标且效果较差",
    "未达成年度指标",
    "未达成年度目标",
    "未达成预期指标",
    "未达成预期目标",
    "未完成年度指标",
    "未完成年度目标",
    "未达成",
    "未完成",
    "未实现",
    "未达到",
    "否",
  ],
};

const TIER_BY_PHRASE = new Map<string, Tier>(
  (Object.keys(TIER_PHRASES) as Tier[]).flatMap((tier) =>
    TIER_PHRASES[tier].map((phrase) => [phrase, tier] as const)
  )
);

/** The tier a text names ("已完成" → achieved, "基本完成" → partly, "未完成" → not-achieved), else null. */
export function readTier(text: string): Tier | null {
  const key = normalizeText(text)
    .replace(/ /g, "")
    .replace(/[。.!]+$/, "");
  return TIER_BY_PHRASE.get(key) ?? null;
}
