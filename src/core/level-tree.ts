import { compactLabel } from "./normalize";
import type { Profile } from "./profile";

/** The standard 一级/二级 tree of rules.md §1, matched after stripping the suffix 指标. */
export type Level1Kind = "output" | "benefit" | "satisfaction" | "cost" | "process";

const LEVEL1: Record<string, Level1Kind> = {
  产出: "output",
  效益: "benefit",
  // The older framework's name for 效益 (河北 2020: 效果指标 over 社会效益指标).
  效果: "benefit",
  满意度: "satisfaction",
  成本: "cost",
  // The 2020 evaluation framework's 一级 (决策, 过程, 产出, 效益), used by some self-evaluations.
  项目产出: "output",
  项目效益: "benefit",
  项目决策: "process",
  项目管理: "process",
  决策: "process",
  // Some provinces add 过程指标 (资金管理, 组织实施 …) to 项目 forms.
  过程: "process",
};

const LEVEL2: Record<Level1Kind, readonly string[]> = {
  // 经济/社会/生态环境成本 stand under 产出 on forms that keep 成本 a 二级 (四川 2023).
  output: ["数量", "质量", "时效", "成本", "经济成本", "社会成本", "生态环境成本"],
  benefit: ["经济效益", "社会效益", "生态效益", "可持续影响", "生态环境效益"],
  satisfaction: ["服务对象满意度"],
  cost: ["经济成本", "社会成本", "生态环境成本"],
  process: [
    "资金管理",
    "组织实施",
    "预算执行",
    "业务管理",
    "财务管理",
    "项目管理",
    "决策",
    "项目目标",
    "项目立项",
    "投入管理",
    "项目实施",
    "决策过程",
    "绩效目标",
    "资金投入",
  ],
};

/** The standard 一级 names with their suffix, in the order of the tree: 产出指标, 效益指标 … */
/**
 * The official tree of rules.md §1 as a new form offers it in its drop-down lists: each 一级
 * with its 二级. The reader accepts these and the other names above (older frameworks,
 * provinces' variants); a new form offers only these.
 */
const OFFICIAL_TREE: readonly { level1: string; level2: readonly string[] }[] = [
  { level1: "产出", level2: ["数量", "质量", "时效", "成本"] },
  { level1: "效益", level2: ["经济效益", "社会效益", "生态效益", "可持续影响"] },
  { level1: "满意度", level2: ["服务对象满意度"] },
  { level1: "成本", level2: ["经济成本", "社会成本", "生态环境成本"] },
];

/** The official 一级 names with their suffix: 产出指标, 效益指标, 满意度指标, 成本指标. */
export const STANDARD_LEVEL1: readonly string[] = OFFICIAL_TREE.map((t) => `${t.level1}指标`);

/** The official 二级 names with their suffix, 一级 by 一级: 数量指标 … 生态环境成本指标. */
export const STANDARD_LEVEL2: readonly string[] = OFFICIAL_TREE.flatMap((t) =>
  t.level2.map((name) => `${name}指标`)
);

/**
 * R11: the points each 一级 should carry under a profile's split, for a form with the given
 * 一级 kinds. A form without a 满意度 row gives its share to 效益; one without a 成本 一级 (its
 * 成本 a 二级 of 产出, as in 2020) gives the 成本 share to 产出. A profile with no 成本 share
 * (mof-2020) holds no 成本 一级 to one: the caller does not check such a form's split.
 */
export function expectedShares(
  split: Profile["expectedSplit"],
  kinds: ReadonlySet<Level1Kind | null>
): Partial<Record<Level1Kind, number>> {
  const satisfaction = kinds.has("satisfaction");
  const cost = split.cost > 0 && kinds.has("cost");
  return {
    output: cost ? split.output : split.output + split.cost,
    benefit: satisfaction ? split.benefit : split.benefit + split.satisfaction,
    ...(satisfaction ? { satisfaction: split.satisfaction } : {}),
    ...(cost ? { cost: split.cost } : {}),
  };
}

/** The kinds indicator.missing-kind looks for, each found by a 二级 containing it. */
export const REQUIRED_KINDS = ["数量", "质量", "时效", "成本", "满意度"] as const;

/** A weight written after a 一级 or 二级 name: "(50分)", "（15分）", " 15 分". */
// Bounded digit runs: an unbounded one made a 100,000-digit 二级 cell take seconds (backtracking).
const WEIGHT_SUFFIX = /(?:\((\d{1,4}(?:\.\d{1,3})?)分?\)|(\d{1,4}(?:\.\d{1,3})?)分)$/;

function stripSuffix(text: string): string {
  return compactLabel(text)
    .replace(WEIGHT_SUFFIX, "")
    .replace(/(绩效)?指标$/, "");
}

/** The kind of a 一级 label, or null when it is not one of the standard four. */
export function level1Kind(text: string): Level1Kind | null {
  return LEVEL1[stripSuffix(text)] ?? null;
}

/** Whether a 二级 belongs to its 一级 (any 二级 containing 满意度 belongs to 满意度指标). */
export function isStandardLevel2(kind: Level1Kind, level2: string): boolean {
  const name = stripSuffix(level2);
  if (kind === "satisfaction") return name.includes("满意度");
  return LEVEL2[kind].includes(name);
}

/** Infers a lost 一级 from its 二级 ("(50分)" alone): 数量 → 产出指标, 社会效益 → 效益指标 … */
export function inferLevel1(level2: string): string | null {
  const name = stripSuffix(level2);
  if (name.includes("满意度")) return "满意度指标";
  // 经济成本 alone under "(20分)" is the newer framework's 成本 一级.
  if (LEVEL2.cost.includes(name)) return "成本指标";
  if (LEVEL2.output.includes(name)) return "产出指标";
  if (LEVEL2.benefit.includes(name)) return "效益指标";
  if (LEVEL2.process.includes(name)) return "过程指标";
  return null;
}

/** The 一级 name and the weight written inside it: "产出指标(50分)" or "产出指标 40 分" → ["产出指标", 50]. */
export function splitLevel1Weight(text: string): { name: string; weight: number | null } {
  const compact = compactLabel(text);
  const m = WEIGHT_SUFFIX.exec(compact);
  if (!m) return { name: compact, weight: null };
  return { name: compact.slice(0, m.index), weight: Number(m[1] ?? m[2]) };
}
