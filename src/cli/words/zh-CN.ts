import type { CliLanguage } from "../messages";

/** The command line's own wording in zh-CN. */
export const zhCN: CliLanguage = {
  labels: {
    blankSheet: "空白工作表，已跳过",
    summarySheet: "绩效自评助手生成的汇总表，已跳过",
    noForm: "未找到自评表",
    total: "总分",
    grade: "等级",
    rate: "执行率",
    sheet: "工作表",
    noFindings: "未发现问题",
    checking: "正在检查",
  },
  messages: {
    summary: (t) => {
      const unreadable = t.unreadable > 0 ? `（${t.unreadable} 个无法读取）` : "";
      return `共检查 ${t.files} 个工作簿${unreadable}、${t.forms} 张自评表：错误 ${t.error} 项，警告 ${t.warning} 项，提示 ${t.info} 项。`;
    },
    written: (p) => `已写入 ${p.file}（填写 ${p.writes} 个计算单元格，标记 ${p.marks} 个单元格）`,
    inPlace: (p) =>
      `已修改 ${p.file}（填写 ${p.writes} 个计算单元格，标记 ${p.marks} 个单元格），原文件备份为 ${p.backup}`,
    backup: (p) => `原文件备份为 ${p.backup}`,
    created: (p) => `已创建 ${p.file}，新增工作表：${p.sheets.join("、")}`,
    exists: (p) => `${p.file}：文件已存在，未写入；请用 --out 指定其他文件名，或加 --force 覆盖`,
    internalError: (p) =>
      `selfeval：内部错误：${p.message}（设置 DEBUG=1 可查看详细信息，请将其报告给维护者）`,
    summaryWritten: (p) =>
      `已写入汇总表 ${p.file}（${p.forms} 张自评表${p.unread > 0 ? `；${p.unread} 个工作表或文件未能读取，见表末` : ""}）`,
    summaryIsInput: (p) =>
      `${p.file}：汇总表文件也是要检查的工作簿之一，未写入；请把汇总表写到被检查的文件和文件夹之外`,
    usageHint: () => "用法错误：运行 selfeval --help 查看用法。",
    layoutUnreadable: () => "无法读取布局文件",
    layoutNotJson: () => "布局文件不是有效的 JSON",
    profileUsed: (p) => `评分规则：${p.name}（${p.hash.slice(0, 19)}）`,
    profileUnknown: (p) =>
      `不是内置评分规则，也找不到该文件；内置评分规则有 ${p.known.join("、")}（运行 selfeval profiles 查看）`,
    profileUnreadable: () => "无法读取评分规则文件",
    profileNotJson: () => "评分规则文件不是有效的 JSON",
    profileMore: (p) => `${p.problem}（另有 ${p.more} 处问题）`,
    profileHeading: (p) =>
      `${p.name}${p.base === null ? "（默认）" : `（基于 ${p.base}）`}：${p.summary}`,
    profileRule: (p) => `  ${p.rule}（${p.key}）：${p.value}；mof-2020 为 ${p.root}`,
  },
};
