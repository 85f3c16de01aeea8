import { quoteSheetName, roundHalfUp, severityName, type Lang } from "../core";
import { label } from "./messages";
import type { FileReport, FormReport } from "./report-schema";

/** The human-readable output: per workbook and form, the result, then the findings. */

/** C0 and C1 controls but the line feed: from a cell, an ESC or CR could rewrite the user's terminal. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** Text from a workbook made safe to print: each control character shown as \uXXXX. */
export function visibleText(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function formatNumber(x: number): string {
  return String(roundHalfUp(x, 2));
}

function formatRate(rate: number): string {
  return `${formatNumber(rate * 100)}%`;
}

function formLines(sheet: string, form: FormReport, lang: Lang): string[] {
  const lines: string[] = [];
  const where = `${label("sheet", lang)} ${quoteSheetName(sheet)}!${form.range}`;
  const title = form.project ?? label("noForm", lang);
  lines.push(lang === "zh-CN" ? `  ${title}（${where}）` : `  ${title} (${where})`);
  if (form.total !== null || form.executionRate !== null) {
    const total = form.total === null ? "—" : formatNumber(form.total);
    const grade = form.grade ?? "—";
    const rate = form.executionRate === null ? "—" : formatRate(form.executionRate);
    lines.push(
      `    ${label("total", lang)} ${total}  ${label("grade", lang)} ${grade}  ${label("rate", lang)} ${rate}`
    );
  }
  if (form.findings.length === 0) lines.push(`    ${label("noFindings", lang)}`);
  const width = lang === "zh-CN" ? 2 : 7;
  for (const f of form.findings) {
    const severity = severityName(f.severity, lang).padEnd(width, " ");
    lines.push(`    ${severity}  ${quoteSheetName(sheet)}!${f.cell}  ${f.message}`);
  }
  return lines;
}

/** The lines for one checked workbook. */
export function renderFile(report: FileReport, lang: Lang): string {
  if (report.error !== null) return `${visibleText(`${report.file}: ${report.error}`)}\n`;
  const lines = [report.file];
  for (const sheet of report.sheets) {
    if (sheet.skipped !== null) {
      const why = label(sheet.skipped === "summary" ? "summarySheet" : "blankSheet", lang);
      lines.push(`  ${label("sheet", lang)} ${sheet.sheet}: ${why}`);
      continue;
    }
    for (const form of sheet.forms) lines.push(...formLines(sheet.sheet, form, lang));
  }
  return `${visibleText(lines.join("\n"))}\n`;
}
