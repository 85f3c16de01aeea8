import type { FaultLanguage } from "../faults";

const sheet = (p: { sheet?: string }) => ("sheet" in p ? `“${p.sheet}”` : "");

/** Faults of the Excel shell in zh-CN: what went wrong and what to do. */
export const zhCN: FaultLanguage = {
  faults: {
    "cell-edit": () => "Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。",
    protected: (p) => `工作表${sheet(p)}受保护，无法写入。请在“审阅 > 撤消工作表保护”后重试。`,
    "sheet-missing": (p) => `找不到工作表${sheet(p)}：它可能已被重命名或删除。请重新校验。`,
    "payload-too-large": (p) =>
      `工作表${sheet(p)}的数据超出 Excel 单次传输的上限（5 MB）。请删除多余的行、列或格式以缩小已用区域后重试。`,
    "api-missing": (p) =>
      `此版本的 Excel 不支持所需的功能${"version" in p ? `（ExcelApi ${p.version}）` : ""}。请更新 Office，或使用 Excel 网页版。`,
    "journal-unsaved": () => "无法把恢复记录保存到工作簿（文档可能是只读的）。",
    "selection-unreadable": () =>
      "无法读取所选内容。请在工作表中单击选中一个单元格（不要选图表、形状或多个区域）后重试。",
    unknown: (p) => `Excel 报告了错误${"code" in p ? `（${p.code}）` : ""}。请稍后重试。`,
  },
  outcomes: {
    unchanged: "工作表未被修改。",
    journaled: "写入可能只完成了一部分；修改前的内容已记录，可点击“恢复”还原。",
    "journaled-unsaved":
      "写入可能只完成了一部分；修改前的内容只记录在内存中：关闭任务窗格之前仍可点击“恢复”还原，关闭后将无法恢复。",
    "written-unsaved":
      "内容已经写入；修改前的内容只记录在内存中：关闭任务窗格之前仍可点击“恢复”还原，关闭后将无法恢复。",
    "record-kept": "操作未完成；恢复记录仍保留，可稍后再试。",
  },
  withOutcome: (fault, outcome) => `${fault}${outcome}`,
};
