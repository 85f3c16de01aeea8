/**
 * The one dictionary of the form's labels: for every field, the wordings real forms use
 * (layout.md, and the regional forms in test/fixtures). docs/rules.md lists it as implemented.
 *
 * A label is matched on its compacted text (half-width, no spaces or line breaks, no
 * trailing colon) after its decorations are taken off: a leading number ("二、", "1."), a
 * leading "其中:", and trailing brackets that carry a unit ("(万元)"), a weight ("(20分)",
 * "(20分*执行率)"), a formula mark ("(A)", "(B/A)", "(全年执行数/全年预算数)"), a percent
 * sign ("(%)") or a note ("(盖章)", "(调整后)", "(文字描述)"). What is left must equal one of
 * the field's wordings exactly, so a long text that merely contains a label is never taken
 * for one.
 */
import { compactLabel, memoizeText } from "./normalize";

export type FieldKey =
  // header
  | "title"
  | "yearLine"
  | "name"
  | "dept"
  | "unit"
  // the labels that head a block
  | "fundsBlock"
  | "goalsBlock"
  | "indicatorsBlock"
  // funds columns
  | "initial"
  | "adjustment"
  | "budget"
  | "executed"
  | "rate"
  // funds rows
  | "fundTotal"
  | "fundCurrent"
  | "fundCarryover"
  | "fundOther"
  | "fundSpecial"
  | "fundUnit"
  // goals
  | "expected"
  | "achieved"
  // indicator columns (分值 and 得分 head funds columns too)
  | "level1"
  | "level2"
  | "level3"
  | "target"
  | "actual"
  | "weight"
  | "score"
  | "reason"
  | "comparator"
  | "measure"
  // the 总分 row
  | "total";

/** Which part of the form a field belongs to. */
export type FieldPart = "title" | "header" | "funds" | "goals" | "indicators" | "total";

interface FieldWords {
  part: FieldPart;
  /** What the pane and the messages call the field. */
  name: string;
  /** Wordings after decorations are removed, the preferred first. */
  words: readonly string[];
  /** Patterns for wordings that vary too much to list (titles, years). */
  patterns?: readonly RegExp[];
}

/**
 * Every field and its wordings. Order within `words` is preference: when two columns of one
 * table both match a field, the earlier wording wins (see header-band.ts).
 */
export const FIELDS: Readonly<Record<FieldKey, FieldWords>> = {
  title: {
    part: "title",
    name: "项目支出绩效自评表",
    words: [],
    // "项目支出绩效自评表", "2022年度项目支出绩效自评表", "部门预算项目支出绩效自评表",
    // "成安县民政局2020年度预算项目绩效自评表", "财政项目支出绩效自评表".
    patterns: [/^.{0,24}?(绩效自评表|绩效目标自评表|绩效自评报表)$/],
  },
  yearLine: { part: "title", name: "年度", words: [], patterns: [/^\(?\d{4}年度?\)?$/] },
  name: {
    part: "header",
    name: "项目名称",
    words: ["项目名称", "项目全称", "专项资金名称", "资金名称", "专项名称"],
  },
  dept: {
    part: "header",
    name: "主管部门",
    words: [
      "主管部门",
      "主管部门及代码",
      "主管单位",
      "预算主管部门",
      "部门名称",
      "主管部门名称",
      "县级主管部门",
      "项目主管单位",
      "市级主管部门",
      "省级主管部门",
      "区级主管部门",
    ],
  },
  unit: {
    part: "header",
    name: "实施单位",
    words: [
      "实施单位",
      "项目实施单位",
      "实施单位名称",
      "实施(主管)单位",
      "项目单位",
      "预算单位",
      "单位名称",
    ],
  },
  fundsBlock: {
    part: "funds",
    name: "项目资金",
    words: [
      "项目资金",
      "资金情况",
      "预算执行情况",
      "项目资金情况",
      "项目资金使用情况",
      "资金使用情况",
      "预算资金情况",
      "年度资金情况",
      "资金投入情况",
      "项目预算执行情况",
      "年度预算执行情况",
    ],
  },
  goalsBlock: {
    part: "goals",
    name: "年度总体目标",
    words: [
      "年度总体目标",
      "年度总体目标完成情况",
      "总体目标",
      "总体目标完成情况",
      "年度目标",
      "目标完成情况",
      "项目年度目标完成情况",
      "年度绩效目标完成情况",
      "项目基本情况",
    ],
  },
  indicatorsBlock: {
    part: "indicators",
    name: "绩效指标",
    words: [
      "年度绩效指标完成情况",
      "绩效指标",
      "年度绩效指标",
      "绩效指标完成情况",
      "年度绩效目标",
      "绩效指标评价",
    ],
  },
  initial: { part: "funds", name: "年初预算数", words: ["年初预算数", "年初预算", "年初预算金额"] },
  adjustment: {
    part: "funds",
    name: "调整数",
    words: ["调整数", "预算调整数", "调整预算数", "年中调整数", "追加调整数"],
  },
  budget: {
    part: "funds",
    name: "全年预算数",
    words: [
      "全年预算数",
      "全年预算",
      "调整后预算数",
      "调整后预算",
      "预算数",
      "年度预算数",
      "预算安排情况",
      "预算金额",
      "全年预算金额",
      // A 合计 column over the sources (中央 / 省 / 本级 / 其他) is the year's budget (广水).
      "合计",
    ],
  },
  executed: {
    part: "funds",
    name: "全年执行数",
    words: [
      "全年执行数",
      "执行数",
      "预算执行数",
      "全年执行",
      "实际执行数",
      "实际支出",
      "实际支出数",
      "全年实际支出",
      "支出数",
      "资金执行情况",
      "执行金额",
    ],
  },
  rate: {
    part: "funds",
    name: "执行率",
    words: ["执行率", "预算执行率", "项目预算执行率", "资金执行率", "预算执行进度", "执行进度"],
  },
  fundTotal: {
    part: "funds",
    name: "年度资金总额",
    words: [
      "年度资金总额",
      "年度财政资金总额",
      "资金总额",
      "总额",
      "年度预算资金总额",
      "预算资金总额",
      "项目资金总额",
      "合计",
    ],
  },
  fundCurrent: {
    part: "funds",
    name: "当年财政拨款",
    words: ["当年财政拨款", "本年财政拨款", "财政拨款", "财政资金", "财政拨款资金", "当年财政资金"],
  },
  fundCarryover: {
    part: "funds",
    name: "上年结转资金",
    words: ["上年结转资金", "上年结转", "上年结余结转资金", "结转资金"],
  },
  fundOther: { part: "funds", name: "其他资金", words: ["其他资金", "其他"] },
  fundSpecial: {
    part: "funds",
    name: "财政专户管理资金",
    words: ["财政专户管理资金", "财政专户资金"],
  },
  fundUnit: { part: "funds", name: "单位资金", words: ["单位资金", "单位自有资金", "自有资金"] },
  expected: {
    part: "goals",
    name: "预期目标",
    words: [
      "预期目标",
      "年初预期目标",
      "年初设定目标",
      "年度绩效目标",
      "项目年度目标",
      "年度预期目标",
      "绩效目标",
      "预期总体目标",
    ],
  },
  achieved: {
    part: "goals",
    name: "实际完成情况",
    words: [
      "实际完成情况",
      "年度实际完成情况",
      "年度总体目标完成情况综述",
      "年度目标完成情况",
      "具体完成情况",
      "总体目标完成情况",
      "完成情况",
      "实际完成情况综述",
      "目标完成情况",
      "目标实际完成情况",
      "年度总体目标完成情况",
      "全年实际完成情况",
    ],
  },
  level1: { part: "indicators", name: "一级指标", words: ["一级指标", "一级绩效指标"] },
  level2: { part: "indicators", name: "二级指标", words: ["二级指标", "二级绩效指标"] },
  level3: {
    part: "indicators",
    name: "三级指标",
    words: ["三级指标", "三级绩效指标", "三级指标名称", "指标名称", "绩效指标名称", "具体指标"],
  },
  target: {
    part: "indicators",
    name: "年度指标值",
    words: [
      "年度指标值",
      "年初目标值",
      "指标值",
      "目标值",
      "年度目标值",
      "预期指标值",
      "年初指标值",
      "计划指标值",
      "预期目标值",
      "年初设定指标值",
      "预期值",
    ],
  },
  actual: {
    part: "indicators",
    name: "实际完成值",
    words: [
      "实际完成值",
      "全年实际值",
      "实际值",
      "完成值",
      "单项指标实际完成值",
      "实际完成指标值",
      "全年完成值",
      "年度实际完成值",
      "年终完成值",
      "实际完成情况",
    ],
  },
  weight: {
    part: "indicators",
    name: "分值",
    words: [
      "分值",
      "权重",
      "权重设定值",
      "权重占比",
      "指标分值",
      "指标权重",
      "权重分值",
      "标准分值",
    ],
  },
  score: {
    part: "indicators",
    name: "得分",
    words: [
      "得分",
      "指标得分",
      "单项指标折算得分",
      "折算得分",
      "自评得分",
      "自评分",
      "实际得分",
      "评分",
      "单项指标得分",
    ],
  },
  reason: {
    part: "indicators",
    name: "偏差原因分析及改进措施",
    words: [
      "偏差原因分析及改进措施",
      "偏差原因分析",
      "偏差原因及改进措施",
      "未完成原因分析",
      "未完成原因及拟采取的改进措施",
      "偏差大或目标未完成的原因分析",
      "偏差原因分析及整改措施",
      "未完成原因分析及改进措施",
      "未完成原因和改进措施",
      "未完成原因及改进措施",
      "偏差原因和改进措施",
      "偏差原因",
      "未完成原因",
      "原因分析",
      "原因",
    ],
  },
  comparator: {
    part: "indicators",
    name: "指标性质",
    words: ["指标性质", "计算符号", "符号", "比较符号"],
  },
  measure: {
    part: "indicators",
    name: "计量单位",
    words: ["计量单位", "度量单位", "单位", "指标单位"],
  },
  total: { part: "total", name: "总分", words: ["总分", "合计", "总计", "自评总分", "综合得分"] },
};

export const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];

/** The field's name as the form calls it. */
export function fieldName(key: FieldKey): string {
  return FIELDS[key].name;
}

/** What a label's brackets, numbering and prefix say besides its wording. */
export interface Decoration {
  /** A weight written in the label: "(20分)", "得分(20分*执行率)", "(50分)". */
  weight: number | null;
  /** 1 for 万元 (or no unit), 0.0001 for 元. */
  toWanYuan: number | null;
  /** "(%)": the column holds percent numbers (100 for 100%). */
  percent: boolean;
}

export interface LabelMatch extends Decoration {
  /** Fields the label may stand for, the likelier first (context decides among them). */
  keys: FieldKey[];
  /** The wording that matched, for messages and the layout report. */
  words: string;
  /** Position of the wording in its field's list: lower is preferred. */
  rank: number;
}

/** Longer texts are content (goals, indicator names), never labels. */
const MAX_LABEL_LENGTH = 40;

const NUMBERING =
  /^(?:[一二三四五六七八九十]+[、.]|\d{1,2}[.、](?!\d)|\(\d{1,2}\)|\([一二三四五六七八九十]+\))/;
const TRAILING_BRACKETS = /\(([^()]*)\)$/;

/** Splits the decorations off a compacted label; the wording is what remains. */
export const decorate: (compact: string) => Decoration & { words: string } = memoizeText(
  (compact) => {
    let words = compact.replace(NUMBERING, "").replace(/^其中[:,]?/, "");
    let weight: number | null = null;
    let toWanYuan: number | null = null;
    let percent = false;
    // "(万元)(20分)": several bracket groups, read from the right.
    for (let guard = 0; guard < 4; guard++) {
      const m = TRAILING_BRACKETS.exec(words);
      if (!m || m.index === 0) break;
      const inside = m[1] ?? "";
      const w = /^(\d+(?:\.\d+)?)分/.exec(inside);
      if (w?.[1]) weight = Number(w[1]);
      else if (inside === "万元") toWanYuan = 1;
      else if (inside === "元") toWanYuan = 0.0001;
      else if (inside === "%" || inside === "百分比") percent = true;
      words = words.slice(0, m.index);
    }
    // "金额单位:万元" beside a block, "得分20分" without brackets.
    const bare = /^(.+?)(\d+(?:\.\d+)?)分$/.exec(words);
    if (bare?.[1] && bare[2] && weight === null) {
      weight = Number(bare[2]);
      words = bare[1];
    }
    return { words, weight, toWanYuan, percent };
  }
);

/** Wording → the fields it names, in the order of FIELDS, with its rank in each. */
const BY_WORDS = new Map<string, { key: FieldKey; rank: number }[]>();
for (const key of FIELD_KEYS)
  FIELDS[key].words.forEach((w, rank) => {
    const list = BY_WORDS.get(w) ?? [];
    list.push({ key, rank });
    BY_WORDS.set(w, list);
  });

/** A label's own wording (with the "指标" suffix of a 一级 header stripped by the caller if needed). */
function matchWords(compact: string): LabelMatch | null {
  const d = decorate(compact);
  const hits = BY_WORDS.get(d.words);
  if (hits && hits.length > 0)
    return { ...d, keys: hits.map((h) => h.key), words: d.words, rank: hits[0]?.rank ?? 0 };
  // "部门预算项目支出绩效自评表(2023年度)": the year may close the title.
  const bare = compact.replace(/\(\d{4}年度?\)$/, "");
  for (const key of ["title", "yearLine"] as const)
    if (FIELDS[key].patterns?.some((p) => p.test(key === "title" ? bare : compact)))
      return {
        weight: null,
        toWanYuan: null,
        percent: false,
        keys: [key],
        words: compact,
        rank: 0,
      };
  return null;
}

/** "项目实施单位/项目负责人": a label naming two fields, read as the first. */
function matchWordsOrFirst(compact: string): LabelMatch | null {
  const whole = matchWords(compact);
  if (whole || !compact.includes("/")) return whole;
  const first = compact.split("/")[0] ?? "";
  return first.length >= 2 ? matchWords(first) : null;
}

const matchCompact = memoizeText(matchWordsOrFirst);

/** The fields a compacted cell text may stand for, or null when it is no label. */
export function matchLabel(compact: string): LabelMatch | null {
  if (compact.length === 0 || compact.length > MAX_LABEL_LENGTH) return null;
  return matchCompact(compact);
}

/** Compacts a raw cell text and matches it. */
export function matchText(text: string): LabelMatch | null {
  return matchLabel(compactLabel(text));
}

/** The year written in a title or year line: "（2021年度）", "2022年度项目支出绩效自评表". */
export function yearOf(compact: string): number | null {
  const m = /((?:19|20)\d{2})年/.exec(compact);
  return m && m[1] ? Number(m[1]) : null;
}

/** The wordings a missing field was looked for by, for messages: "分值、权重、权重设定值…". */
export function wordsOf(key: FieldKey, max = 4): string {
  const words = FIELDS[key].words;
  const shown = words.slice(0, max).join("、");
  return words.length > max ? `${shown}…` : shown;
}
