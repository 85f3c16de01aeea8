import { roundHalfUp } from "../core/normalize";
import type { CommandResult, FormSummary, Lang } from "./command-result";

/** The wording of the result dialog: a title, the lines under it, and how it should look. */
export interface ResultText {
  title: string;
  lines: string[];
  /** "ok" nothing to do, "attention" findings to look at, "error" the check did not run. */
  tone: "ok" | "attention" | "error";
  close: string;
}

const CLOSE: Record<Lang, string> = { "zh-CN": "确定", "en-US": "OK" };

/** Words a command result for the dialog in the result's language. */
export function describeResult(result: CommandResult): ResultText {
  const zh = result.lang === "zh-CN";
  const close = CLOSE[result.lang];
  switch (result.kind) {
    case "no-form":
      return {
        tone: "attention",
        close,
        title: zh
          ? `“${result.sheet}”中没有找到自评表`
          : `No self-evaluation form on "${result.sheet}"`,
        lines: [
          zh
            ? "请切换到填有项目支出绩效自评表的工作表后再点“一键校验”，或用“新建项目表”新建一张空白表。"
            : "Switch to a sheet that holds a 项目支出绩效自评表 and choose Validate Sheet again, or use New Project Sheet to add a blank form.",
        ],
      };
    case "failed":
      return {
        tone: "error",
        close,
        title: zh ? "校验未完成" : "The check did not complete",
        lines: [result.message],
      };
    case "checked": {
      const errors = sum(result.forms, "errors");
      const warnings = sum(result.forms, "warnings");
      const tone = errors + warnings === 0 ? "ok" : "attention";
      const title = zh
        ? `“${result.sheet}”校验完成` + (tone === "ok" ? "，未发现问题" : "")
        : `"${result.sheet}" checked` + (tone === "ok" ? ": no problems found" : "");
      const lines = result.forms.map((form) => describeForm(form, zh));
      lines.push(describeChanges(result.writes, result.marks, zh));
      lines.push(...result.notes);
      return { tone, close, title, lines };
    }
  }
}

function sum(forms: FormSummary[], key: "errors" | "warnings" | "infos"): number {
  return forms.reduce((total, form) => total + form[key], 0);
}

function describeForm(form: FormSummary, zh: boolean): string {
  const name = form.project ?? (zh ? "（未填项目名称）" : "(no project name)");
  const score =
    form.total === null
      ? zh
        ? "总分无法计算"
        : "total not computable"
      : zh
        ? `总分 ${formatScore(form.total)}` + (form.grade ? `（${form.grade}）` : "")
        : `total ${formatScore(form.total)}` + (form.grade ? ` (${form.grade})` : "");
  const counts = zh
    ? `错误 ${form.errors} 项，警告 ${form.warnings} 项，提示 ${form.infos} 项`
    : `${form.errors} errors, ${form.warnings} warnings, ${form.infos} notes`;
  return zh ? `${name}：${score}；${counts}` : `${name}: ${score}; ${counts}`;
}

function formatScore(total: number): string {
  return String(roundHalfUp(total, 2));
}

function describeChanges(writes: number, marks: number, zh: boolean): string {
  if (writes === 0 && marks === 0) {
    return zh ? "工作表没有改动。" : "The sheet was not changed.";
  }
  return zh
    ? `已写入 ${writes} 个计算单元格，标出 ${marks} 个需要处理的单元格。在“打开助手”中可查看详情，或恢复原值。`
    : `Wrote ${writes} computed cells and marked ${marks} cells that need attention. Open Assistant shows the details and can restore the previous values.`;
}
