import type { TemplateField } from "../template-input";
import type { TemplateLanguage } from "../template-words";

/** The wording of a new form's input in zh-CN: its issues and the changes to sheet names. */
export const zhCN: TemplateLanguage = {
  fields: {
    input: "输入",
    name: "项目名称",
    dept: "主管部门",
    unit: "实施单位",
    year: "年度",
    funds: "项目资金",
    initial: "年初预算数",
    budget: "全年预算数",
    executed: "全年执行数",
    current: "当年财政拨款",
    carryover: "上年结转资金",
    other: "其他资金",
    goals: "年度总体目标",
    expected: "预期目标",
    actual: "实际完成值",
    indicators: "绩效指标",
    level1: "一级指标",
    level2: "二级指标",
    target: "年度指标值",
    weight: "分值",
    score: "得分",
    reason: "偏差原因分析",
    sheetName: "工作表名称",
  },
  issues: {
    "not-a-number": (p, f) => `${fieldOf(p, f)}应为数字`,
    "wrong-type": (p, f) => `${fieldOf(p, f)}格式不对`,
    empty: (p, f) => `${fieldOf(p, f)}不能为空`,
    "too-small": (p, f) => `${fieldOf(p, f)}不能小于 ${p.minimum}`,
    "too-long": (p, f) => `${fieldOf(p, f)}太长`,
    "too-big": (p, f) => `${fieldOf(p, f)}不能大于 ${p.maximum}`,
    invalid: (p, f) => `${fieldOf(p, f)}无效`,
  },
  sheetNameIssues: {
    whitespace: () => "去掉了首尾空白或换行",
    "forbidden-chars": () => "含不允许的字符 : \\ / ? * [ ]，已换成全角字符",
    apostrophe: () => "不能以单引号 ' 开头或结尾，已去掉",
    empty: (p) => `名称为空，已使用“${p.name}”`,
    reserved: () => "History 是 Excel 保留的名称，已加序号",
    "too-long": (p) => `超过 ${p.max} 个字符，已截短`,
    duplicate: () => "与其他工作表重名（不区分大小写），已加序号",
  },
  joinReasons: (reasons) => reasons.join("；"),
};

/** The field of a template-input issue: 第 3 个指标的分值 inside the indicator list. */
function fieldOf(
  p: { field: TemplateField; indicator?: number },
  n: TemplateLanguage["fields"]
): string {
  const name = n[p.field];
  return "indicator" in p && p.indicator !== undefined ? `第 ${p.indicator} 个指标的${name}` : name;
}
