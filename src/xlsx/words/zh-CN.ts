import type { Wording } from "../../core";
import type { UnkeptFeature } from "../package-audit";
import type { ProblemParams } from "../problems";
import { mb } from "./mb";

/** What exceljs cannot carry into a file it writes, as a user would name it. */
const FEATURES: Record<UnkeptFeature, string> = {
  chart: "图表",
  "chart-sheet": "图表工作表",
  shape: "形状、文本框等绘图对象",
  picture: "部分图片",
  "pivot-table": "数据透视表",
  slicer: "切片器或日程表",
  "form-control": "表单控件",
  macro: "宏",
  "external-link": "指向其他工作簿的链接",
  "header-footer-image": "页眉页脚中的图片",
  "threaded-comment": "批注回复（新版批注）",
  "hidden-zeros": "“不显示零值”设置",
  "base-column-width": "默认列宽（Excel for Mac 的设置）",
  "link-target": "指向工作簿内位置的超链接及链接提示",
  "large-validation": "整列或整表的数据验证（副本中只保留在已用区域）",
};

/** The features named in a list, as the messages below name them. */
export const features = (list: UnkeptFeature[]) => list.map((f) => FEATURES[f]).join("、");

/** Why a file could not be checked, in zh-CN: what is wrong, then what to do. */
export const zhCN: Wording<ProblemParams> = {
  "not-found": () => "找不到该文件或文件夹，请检查路径",
  unreadable: (p) => `无法读取（${p.detail}），请检查文件权限`,
  "folder-empty": () => "文件夹中没有 .xlsx 工作簿，请指定包含自评表的文件或文件夹",
  "empty-file": () => "文件是空的（0 字节），不是工作簿；请重新获取该文件",
  "too-large": (p) =>
    `文件过大（${mb(p.bytes)} MB，上限 ${mb(p.limit)} MB），请删去与自评表无关的工作表后再检查`,
  "old-xls": () => "旧版 .xls 格式，请在 Excel 中另存为 .xlsx",
  encrypted: () =>
    "工作簿设有打开密码（已加密），无法读取；请在 Excel 中删除密码（文件 › 信息 › 保护工作簿）后另存为 .xlsx",
  ole2: () => "旧版 .xls 或设有打开密码的工作簿，无法读取；请在 Excel 中取消密码并另存为 .xlsx",
  markup: () =>
    "文件实际是网页（HTML/XML）格式，并非真正的 Excel 工作簿；请在 Excel 中打开并另存为 .xlsx",
  "not-a-workbook": () => "不是 Excel 工作簿（.xlsx），请确认选对了文件",
  corrupt: (p) =>
    `文件已损坏或不完整（${p.detail}），请在 Excel 中打开、修复并另存为 .xlsx，或重新获取该文件`,
  "zip-bomb": (p) =>
    "part" in p
      ? `压缩包内的部件 ${p.part} 解压后超过其声明的 ${p.declared} 字节，可能是损坏或恶意的文件，未读取；请确认文件来源`
      : `解压后的内容过大（至少 ${mb(p.bytes)} MB，上限 ${mb(p.limit)} MB），可能是损坏或恶意的文件，未读取；请确认文件来源`,
  "too-many-parts": (p) =>
    `压缩包内部件过多（${p.count} 个，上限 ${p.limit} 个），不像正常的工作簿，未读取；请确认文件来源`,
  "empty-workbook": () =>
    "工作簿中没有任何内容（没有工作表或工作表都是空的），请确认是否选错了文件",
  "would-overwrite": () =>
    "输出文件会覆盖原文件，未写入；请为 --write 换一个文件夹，或使用 --in-place（会先备份）",
  "macro-in-place": () =>
    "启用宏的工作簿（.xlsm）不能原地修改（写入后会丢失宏），未写入；请改为写出 .xlsx 副本（check 用 --write，new 用 --out）",
  "unkept-in-place": (p) =>
    `工作簿含有写入后无法保留的内容（${features(p.features)}），为免丢失未原地修改；请改为写出副本（check 用 --write，new 用 --out），原文件保持不变`,
  "unkept-in-copy": (p) => `副本中没有原工作簿的${features(p.features)}（无法保留）；原文件不变`,
  "write-failed": (p) =>
    `无法写入输出文件（${p.detail}），请检查目标文件夹是否可写、文件是否在 Excel 中打开`,
};
