import { formatProfileIssue } from "../../core/profile-words";
import type { PaneLanguage } from "../i18n";

/** The task pane in zh-CN. */
export const zhCN: PaneLanguage = {
  labels: {
    appTitle: "绩效自评助手",
    tabValidate: "校验",
    tabTemplate: "新建项目表",
    tabSettings: "设置",
    validateActive: "校验本表",
    validateAll: "校验全部工作表",
    generateSummary: "生成汇总表",
    summaryNothing: "工作簿中没有找到自评表，未生成汇总表。",
    summarySheet:
      "这是绩效自评助手生成的汇总表，无需校验。再次点击“生成汇总表”即可按各表的当前内容更新它。",
    validating: "正在校验…",
    loading: "正在加载…",
    noResults: "点击“校验本表”检查当前工作表中的项目支出绩效自评表。",
    noForm: "此工作表中未找到自评表",
    unnamedProject: "（未填写项目名称）",
    total: "总分",
    grade: "等级",
    executionRate: "执行率",
    notAvailable: "—",
    fixedTag: "写入时更正",
    noFindings: "未发现问题。",
    reasonsTitle: "偏差原因分析",
    reasonPlaceholder: "说明未完成或超额完成的原因及改进措施",
    reasonSave: "保存",
    reasonEmpty: "请先填写原因再保存。",
    writeSection: "写入与恢复",
    previewWrites: "预览写入",
    previewTitle: "将写入以下单元格",
    previewCell: "单元格",
    previewOld: "原值",
    previewNew: "新值",
    previewSheet: "工作表",
    previewNothing: "没有需要写入的内容。",
    write: "写入",
    previewChanged: "工作表在预览后有改动，写入预览已按当前内容更新。请核对后再点击“写入”。",
    cancel: "取消",
    restore: "恢复",
    nothingToRestore: "没有可恢复的写入。",
    clearMarks: "清除标记",
    nothingToClear: "没有可清除的标记。",
    emptyCell: "（空）",
    settingsTitle: "设置（随工作簿保存）",
    language: "语言",
    profile: "评分规则",
    reverseMode: "反向指标超出目标时的计分方式",
    reverseRatio: "比例法：分值 × 目标值 / 实际值",
    reverseLinear: "线性法：分值 × (1 − 超出比例)",
    equalStrict: "“＝”指标严格相等（任何偏差都视为未达成）",
    overAchievedWarn: "超额完成提示阈值（%）",
    overAchievedReason: "超额完成须说明原因阈值（%）",
    executionLow: "执行率预警阈值（%）",
    gradeBands: "等级下限（分）",
    gradeExcellent: "优",
    gradeGood: "良",
    gradeFair: "中",
    saveSettings: "保存设置",
    settingsSaved: "设置已保存到工作簿。",
    resetSettings: "恢复默认",
    invalidNumber: "请输入数字",
    bandsOrder: "须满足 优 > 良 > 中 ≥ 0",
    reasonAboveWarn: "须不低于超额完成提示阈值",
    percentRange: "须在 0 到 100 之间",
    mustBePositive: "须大于 0",
    templateTitle: "新建项目表",
    templateModeOne: "一个项目",
    templateModeList: "多个项目（每行一个名称）",
    projectName: "项目名称",
    dept: "主管部门",
    unit: "实施单位",
    year: "年度",
    fundsInitial: "年初预算数（万元）",
    fundsBudget: "全年预算数（万元）",
    fundsExecuted: "全年执行数（万元）",
    projectList: "项目名称（每行一个）",
    planNames: "预览工作表名称",
    nameRequired: "请至少填写一个项目名称。",
    yearInvalid: "年度须为四位数字，如 2021",
    outsideTitle: "请在 Excel 中使用",
    outsideWeb: "使用 WPS 表格或 Office 2016/2019？请打开网页版",
    outsideBody:
      "绩效自评助手是 Excel 加载项，需要在 Excel（桌面版或网页版）中通过“开始 → 加载项”打开任务窗格后使用。",
    oldExcelTitle: "此版本的 Excel 无法运行任务窗格",
    errorTitle: "操作未完成",
    dismiss: "关闭",
    mapColumn: "指定列…",
    mapPart: "指定区域…",
    mappingTitle: "指定表头",
    mappingConfirm: "确认",
    hintsTitle: "已指定的表头",
    hintClear: "清除",
    hintBlank: "（空白单元格）",
  },
  messages: {
    progress: ({ done, total }) => `已校验 ${done} / ${total} 个工作表`,
    sheetLabel: ({ sheet }) => `工作表：${sheet}`,
    selectCellHint: ({ cell }) => `定位到单元格 ${cell}`,
    reasonLabel: ({ indicator, cell }) => `${indicator}（${cell}）`,
    reasonSaved: ({ cell }) => `已写入 ${cell} 并重新校验。`,
    previewMarks: ({ marks }) => `并用底色标记 ${marks} 个有问题的单元格。`,
    written: ({ cells, marks }) =>
      `已写入 ${cells} 个单元格，标记 ${marks} 个单元格。可点击“恢复”撤销。`,
    writtenPruned: ({ cells, marks, pruned }) =>
      `已写入 ${cells} 个单元格，标记 ${marks} 个单元格。恢复记录接近工作簿的容量上限，已删除较早写入的 ${pruned} 个单元格的记录：“恢复”仍可撤销这次写入，但不再还原那些单元格。`,
    restored: ({ cells }) => `已恢复 ${cells} 个单元格到写入前的状态。`,
    marksCleared: ({ cells }) => `已清除 ${cells} 个单元格的标记。`,
    plannedNames: ({ count }) => `将新建 ${count} 个工作表：`,
    createSheets: ({ count }) => `新建 ${count} 个工作表`,
    created: ({ names }) => `已新建：${names}`,
    summaryWritten: ({ sheet, forms, withErrors }) =>
      `已生成汇总表“${sheet}”：共 ${forms} 张自评表` +
      (withErrors > 0 ? `，其中 ${withErrors} 张有错误，已在汇总表中标红。` : "，均无错误。"),
    oldExcelBody: ({ version }) =>
      `任务窗格需要支持 ExcelApi ${version} 的 Excel：Microsoft 365、Office 2021 或更高版本，或已更新的 Office 2016/2019 零售版。批量许可版 Office 2016/2019 不支持。不升级也可以校验：用命令行 selfeval check 检查 .xlsx 文件，结果与任务窗格相同。`,
    mapFor: ({ name }) => `在表格中指定「${name}」所在的单元格`,
    mappingPrompt: ({ sheet, name, kind }) =>
      kind === "column"
        ? `请在工作表“${sheet}”中单击「${name}」列的表头单元格（表头是空白的也可以选它），然后点击“确认”。`
        : `请在工作表“${sheet}”中单击「${name}」部分的标题单元格，然后点击“确认”。`,
    mappingSaved: ({ cell, text, name }) =>
      text === ""
        ? `已将空白单元格 ${cell} 记为「${name}」的表头，并重新校验。可在“已指定的表头”中清除。`
        : `已将 ${cell}「${text}」记为「${name}」，并重新校验。可在“已指定的表头”中清除。`,
    mappingOtherSheet: ({ sheet, picked }) =>
      `所选单元格在工作表“${picked}”中。请在工作表“${sheet}”中选择，然后再点击“确认”。`,
    mappingRefused: ({ cell, refusal }) =>
      refusal === "number"
        ? `${cell} 中是数字，不是表头。请选中写着列名的表头单元格。`
        : `${cell} 中的文字过长，不像表头。请选中写着列名的表头单元格。`,
    hintRemoved: ({ name, text }) =>
      text === ""
        ? `已清除「${name}」的指定，并重新校验。`
        : `已清除「${text}」→「${name}」，并重新校验。`,
    hintFor: ({ text, name }) => `「${text}」→「${name}」`,
    hintWhere: ({ sheet, cell }) => `工作表“${sheet}” ${cell}`,
    profileRefused: ({ issue }) =>
      `工作簿中保存的评分规则无效（${formatProfileIssue(issue, "zh-CN")}），已按 mof-2020 校验。请在“设置”中重新选择评分规则并保存。`,
    profileNamed: ({ name, base }) => `当前为“${name}”，基于 ${base} 调整。`,
  },
  kind: {
    rate: "执行率",
    "funds-score": "资金得分",
    "indicator-score": "指标得分",
    "total-score": "总分",
  },
};
