import type { SummaryLanguage } from "../summary-words";

/** The 汇总表 in zh-CN. */
export const zhCN: SummaryLanguage = {
  labels: {
    sheetName: "汇总",
    title: "项目支出绩效自评汇总表",
    totals: "合计",
    unnamed: "（未填写项目名称）",
    hasErrors: "有错误，请打开该表核对",
    unreadTitle: "未能读取的工作表",
    unreadFile: "文件",
    unreadSheet: "工作表",
    unreadReason: "原因",
    wholeFile: "（整个文件）",
    notAForm: "未找到项目支出绩效自评表（没有“项目名称”“一级指标”等标签）",
    separator: "；",
    legendErrors: "底色标红的行有错误。",
    legendLinks: "点击项目名称可打开该表。",
  },
  columns: {
    index: "序号",
    file: "文件",
    sheet: "工作表",
    project: "项目名称",
    dept: "主管部门",
    unit: "实施单位",
    budget: "全年预算数（万元）",
    executed: "全年执行数（万元）",
    rate: "执行率",
    fundsWeight: "资金分值",
    fundsScore: "资金得分",
    total: "总分",
    writtenTotal: "表内填写的总分（与计算不同时）",
    grade: "等级",
    errors: "错误",
    warnings: "警告",
    missingReasons: "缺偏差原因的指标",
    notes: "备注",
  },
  messages: {
    unitLine: ({ converted }) =>
      converted > 0
        ? `金额单位：万元（其中 ${converted} 张表原以其他单位填列，已换算，见备注）`
        : "金额单位：万元",
    converted: ({ unit, divisor }) => `原表金额以${unit}填列，已除以 ${divisor} 换算为万元`,
    totalsNote: ({ forms, rateForms, scoreForms }) =>
      `合计行：执行率 = 全年执行数合计 ÷ 全年预算数合计（${rateForms}/${forms} 张表有预算数和执行数）；` +
      `总分为按全年预算数加权的平均分（${scoreForms}/${forms} 张表有总分和预算数）。`,
    mark: ({ sheet }) =>
      `本表由绩效自评助手生成（工作表“${sheet}”），再次生成汇总表时将整表替换，请勿在此表中填写。`,
  },
};
