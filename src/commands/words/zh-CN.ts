import type { ResultWording } from "../result-words";

/** The result dialog of 一键校验 in zh-CN. */
export const zhCN: ResultWording = {
  close: () => "确定",
  noFormTitle: (p) => `“${p.sheet}”中没有找到自评表`,
  noFormHint: () =>
    "请切换到填有项目支出绩效自评表的工作表后再点“一键校验”，或用“新建项目表”新建一张空白表。",
  failedTitle: () => "校验未完成",
  checkedTitle: (p) => `“${p.sheet}”校验完成` + (p.clean ? "，未发现问题" : ""),
  form: (p) => {
    const name = p.project ?? "（未填项目名称）";
    const score =
      p.total === null ? "总分无法计算" : `总分 ${p.total}` + (p.grade ? `（${p.grade}）` : "");
    return `${name}：${score}；错误 ${p.errors} 项，警告 ${p.warnings} 项，提示 ${p.infos} 项`;
  },
  changes: (p) =>
    p.writes === 0 && p.marks === 0
      ? "工作表没有改动。"
      : `已写入 ${p.writes} 个计算单元格，标出 ${p.marks} 个需要处理的单元格。在“打开助手”中可查看详情，或恢复原值。`,
  pruned: (p) =>
    `恢复记录接近工作簿的容量上限，已删除较早写入的 ${p.cells} 个单元格的记录：“恢复”仍可撤销这次写入，但不再还原那些单元格。`,
  profile: (p) => `评分规则：${p.id}（在“打开助手” › 设置 中选择）。`,
  profileRefused: () =>
    "本工作簿保存的评分规则无效，本次按默认规则 mof-2020 评分。请在“打开助手” › 设置 中查看原因并重新选择规则。",
};
