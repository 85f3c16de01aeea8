import type { Lang } from "../core/lang";
import type { OpenStage } from "./opened";

/** The web page's own text (the pane inside it words itself), zh-CN first. */
export interface PageWords {
  title: string;
  tagline: string;
  privacy: string;
  open: string;
  download: string;
  dropHere: string;
  noFile: string;
  openFailed: string;
  stage: Record<OpenStage, string>;
  /** The file name and what to do for an old or WPS format, by extension. */
  oldFormat: (file: string) => string;
  unkeptTitle: string;
  unkeptBody: (features: string) => string;
  unkeptConfirm: string;
  unkeptCancel: string;
  sheets: string;
  sheetView: string;
  downloaded: (file: string) => string;
  saveFailed: string;
  unsaved: string;
}

const zhCN: PageWords = {
  title: "绩效自评助手 · 网页版",
  tagline:
    "适用于 WPS 表格、Office 2016/2019 等无法使用加载项的电脑：打开自评表工作簿，校验、评分、填写偏差原因后下载。",
  privacy: "工作簿只在本机浏览器中处理，不会上传到任何服务器。",
  open: "打开工作簿",
  download: "下载评分后的工作簿",
  dropHere: "也可以把 .xlsx 文件拖到本页。",
  noFile: "尚未打开工作簿。",
  openFailed: "无法打开工作簿",
  stage: {
    reading: "正在读取文件…",
    checking: "正在检查文件格式…",
    parsing: "正在解析工作簿（工作表较多时需要一些时间）…",
    ready: "已打开。",
  },
  oldFormat: (file) =>
    `“${file}”是旧版 .xls 或 WPS .et 格式，网页版只能读取 .xlsx。请在 Excel 中“另存为 Excel 工作簿 (*.xlsx)”，或在 WPS 表格中“另存为 → Excel 工作簿 (*.xlsx)”，再打开另存的文件。`,
  unkeptTitle: "下载的工作簿将缺少部分内容",
  unkeptBody: (features) =>
    `此工作簿含有网页版无法保留的内容：${features}。下载的副本中将没有这些内容；原文件不会被修改。`,
  unkeptConfirm: "仍然下载",
  unkeptCancel: "取消",
  sheets: "工作表",
  sheetView: "工作表内容",
  downloaded: (file) => `已下载“${file}”。`,
  saveFailed: "无法生成工作簿文件",
  unsaved: "有尚未下载的修改",
};

const enUS: PageWords = {
  title: "Self-evaluation assistant · Web",
  tagline:
    "For computers that cannot run the add-in (WPS, Office 2016/2019): open a workbook of self-evaluation forms, check and score it, type the reasons, and download it.",
  privacy: "The workbook is processed in this browser only; nothing is uploaded.",
  open: "Open workbook",
  download: "Download the scored workbook",
  dropHere: "Or drop an .xlsx file on this page.",
  noFile: "No workbook open.",
  openFailed: "Cannot open the workbook",
  stage: {
    reading: "Reading the file…",
    checking: "Checking the file format…",
    parsing: "Parsing the workbook (a workbook with many sheets takes a while)…",
    ready: "Opened.",
  },
  oldFormat: (file) =>
    `"${file}" is an old .xls or a WPS .et file; the web page reads .xlsx only. Save it as an Excel workbook (*.xlsx) in Excel, or in WPS (另存为 → Excel 工作簿), and open the saved copy.`,
  unkeptTitle: "The downloaded workbook will lack some content",
  unkeptBody: (features) =>
    `This workbook holds what the web page cannot keep: ${features}. The downloaded copy will not have it; the original file is not changed.`,
  unkeptConfirm: "Download anyway",
  unkeptCancel: "Cancel",
  sheets: "Sheets",
  sheetView: "Sheet content",
  downloaded: (file) => `Downloaded "${file}".`,
  saveFailed: "Cannot make the workbook file",
  unsaved: "Changes not downloaded yet",
};

export function pageWords(lang: Lang): PageWords {
  return lang === "en-US" ? enUS : zhCN;
}
