import type { Lang } from "../core";
import type { Tally } from "./report";

/** The CLI's own wording (findings and file problems are worded by core and xlsx). */

type Text = Record<Lang, string>;

const pick = (text: Text, lang: Lang): string => text[lang];

export const TEXT = {
  blankSheet: { "zh-CN": "空白工作表，已跳过", "en-US": "blank sheet, skipped" },
  noForm: { "zh-CN": "未找到自评表", "en-US": "no form found" },
  total: { "zh-CN": "总分", "en-US": "total" },
  grade: { "zh-CN": "等级", "en-US": "grade" },
  rate: { "zh-CN": "执行率", "en-US": "execution rate" },
  none: { "zh-CN": "无", "en-US": "none" },
  sheet: { "zh-CN": "工作表", "en-US": "sheet" },
  noFindings: { "zh-CN": "未发现问题", "en-US": "no findings" },
  checking: { "zh-CN": "正在检查", "en-US": "checking" },
} satisfies Record<string, Text>;

export function say(key: keyof typeof TEXT, lang: Lang): string {
  return pick(TEXT[key], lang);
}

/** The closing line: files, forms and findings by severity. */
export function summaryLine(t: Tally, lang: Lang): string {
  if (lang === "zh-CN") {
    const unreadable = t.unreadable > 0 ? `（${t.unreadable} 个无法读取）` : "";
    return `共检查 ${t.files} 个工作簿${unreadable}、${t.forms} 张自评表：错误 ${t.error} 项，警告 ${t.warning} 项，提示 ${t.info} 项。`;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const unreadable = t.unreadable > 0 ? ` (${t.unreadable} could not be read)` : "";
  return `Checked ${plural(t.files, "workbook")}${unreadable}, ${plural(t.forms, "form")}: ${plural(t.error, "error")}, ${plural(t.warning, "warning")}, ${t.info} info.`;
}

export function writtenLine(file: string, writes: number, marks: number, lang: Lang): string {
  return lang === "zh-CN"
    ? `已写入 ${file}（填写 ${writes} 个计算单元格，标记 ${marks} 个单元格）`
    : `Wrote ${file} (${writes} computed cells filled, ${marks} cells marked)`;
}

export function inPlaceLine(
  file: string,
  backup: string,
  writes: number,
  marks: number,
  lang: Lang
): string {
  return lang === "zh-CN"
    ? `已修改 ${file}（填写 ${writes} 个计算单元格，标记 ${marks} 个单元格），原文件备份为 ${backup}`
    : `Updated ${file} (${writes} computed cells filled, ${marks} cells marked); the original is kept as ${backup}`;
}

export function backupLine(backup: string, lang: Lang): string {
  return lang === "zh-CN" ? `原文件备份为 ${backup}` : `The original is kept as ${backup}`;
}

export function createdLine(file: string, sheets: string[], lang: Lang): string {
  return lang === "zh-CN"
    ? `已创建 ${file}，新增工作表：${sheets.join("、")}`
    : `Created ${file} with the sheet${sheets.length === 1 ? "" : "s"} ${sheets.join(", ")}`;
}

export function existsLine(file: string, lang: Lang): string {
  return lang === "zh-CN"
    ? `${file}：文件已存在，未写入；请用 --out 指定其他文件名，或加 --force 覆盖`
    : `${file}: the file exists, nothing written; choose another name with --out, or add --force to overwrite it`;
}

export function internalErrorLine(message: string, lang: Lang): string {
  return lang === "zh-CN"
    ? `selfeval：内部错误：${message}（设置 DEBUG=1 可查看详细信息，请将其报告给维护者）`
    : `selfeval: internal error: ${message} (set DEBUG=1 for details and report it to the maintainers)`;
}

export const USAGE_HINT: Text = {
  "zh-CN": "用法错误：运行 selfeval --help 查看用法。",
  "en-US": "Usage error: run selfeval --help for usage.",
};
