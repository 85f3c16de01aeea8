import type { FormSummary } from "../../src/commands/command-result";
import { describeResult } from "../../src/commands/result-text";

const base = {
  kind: "checked" as const,
  sheet: "项目A",
  writes: 3,
  marks: 2,
  notes: ["C7：预算执行率应为 95.00%"],
};
const clean: FormSummary = {
  project: "农村道路养护",
  total: 95.456,
  grade: "优",
  errors: 0,
  warnings: 0,
  infos: 1,
};

describe("describeResult", () => {
  test("a clean sheet in Chinese: no problems, the score and grade, what was written", () => {
    const text = describeResult({ ...base, lang: "zh-CN", forms: [clean] });
    expect(text.tone).toBe("ok");
    expect(text.title).toBe("“项目A”校验完成，未发现问题");
    expect(text.lines[0]).toBe("农村道路养护：总分 95.46（优）；错误 0 项，警告 0 项，提示 1 项");
    expect(text.lines[1]).toMatch(/^已写入 3 个计算单元格，标出 2 个需要处理的单元格。/);
    expect(text.lines[2]).toBe("C7：预算执行率应为 95.00%");
    expect(text.close).toBe("确定");
  });

  test("findings to look at in English, a form without a name or total", () => {
    const text = describeResult({
      ...base,
      lang: "en-US",
      writes: 0,
      marks: 0,
      notes: [],
      forms: [{ project: null, total: null, grade: null, errors: 2, warnings: 1, infos: 0 }],
    });
    expect(text.tone).toBe("attention");
    expect(text.title).toBe('"项目A" checked');
    expect(text.lines).toEqual([
      "(no project name): total not computable; 2 errors, 1 warnings, 0 notes",
      "The sheet was not changed.",
    ]);
    expect(text.close).toBe("OK");
  });

  test("says when cells of earlier writes left the restore record, and only then", () => {
    const pruned = describeResult({ ...base, lang: "zh-CN", forms: [clean], pruned: 12 });
    expect(pruned.lines.join("\n")).toContain("已删除较早写入的 12 个单元格的记录");
    const english = describeResult({ ...base, lang: "en-US", forms: [clean], pruned: 3 });
    expect(english.lines.join("\n")).toContain("the record of 3 cells of earlier writes");
    const none = describeResult({ ...base, lang: "zh-CN", forms: [clean] });
    expect(none.lines.join("\n")).not.toContain("较早写入");
  });

  test("names the rules when not the default, and says when the document's were refused", () => {
    const named = describeResult({
      ...base,
      lang: "zh-CN",
      forms: [clean],
      profile: "province-2022",
    });
    expect(named.lines).toContain("评分规则：province-2022（在“打开助手” › 设置 中选择）。");
    const refused = describeResult({
      ...base,
      lang: "en-US",
      forms: [clean],
      profileRefused: true,
    });
    expect(refused.lines.join("\n")).toMatch(
      /not valid, so this check scored by the default rules, mof-2020/
    );
    const plain = describeResult({ ...base, lang: "zh-CN", forms: [clean] });
    expect(plain.lines.join("\n")).not.toMatch(/评分规则/);
  });

  test("no form on the sheet points to 新建项目表", () => {
    const text = describeResult({ kind: "no-form", lang: "zh-CN", sheet: "Sheet1" });
    expect(text.tone).toBe("attention");
    expect(text.title).toBe("“Sheet1”中没有找到自评表");
    expect(text.lines[0]).toMatch(/新建项目表/);
  });

  test("a failure carries the message it was given", () => {
    const text = describeResult({
      kind: "failed",
      lang: "en-US",
      sheet: null,
      message: "The sheet is protected.",
    });
    expect(text).toEqual({
      tone: "error",
      title: "The check did not complete",
      lines: ["The sheet is protected."],
      close: "OK",
    });
  });
});
