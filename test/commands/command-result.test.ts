import {
  decodeResult,
  encodeResult,
  MAX_QUERY_LENGTH,
  type CommandResult,
  type FormSummary,
} from "../../src/commands/command-result";

const form = (project: string, errors = 0): FormSummary => ({
  project,
  total: 92,
  grade: "优",
  errors,
  warnings: 1,
  infos: 2,
});

const checked = (
  forms: FormSummary[],
  notes: string[]
): Extract<CommandResult, { kind: "checked" }> => ({
  kind: "checked",
  lang: "zh-CN",
  sheet: "2021年项目",
  forms,
  writes: 5,
  marks: 2,
  notes,
});

describe("encodeResult / decodeResult", () => {
  test("a result comes back as it went in, Chinese text included", () => {
    const results: CommandResult[] = [
      checked([form("乡村振兴衔接资金", 2)], ["C7：预算执行率应为 95.00%", "F12：实际完成值为空"]),
      { ...checked([form("项目")], []), profile: "province-2022", pruned: 4 },
      { ...checked([form("项目")], []), profileRefused: true },
      { kind: "no-form", lang: "en-US", sheet: "Sheet1" },
      { kind: "failed", lang: "zh-CN", sheet: null, message: "工作表受保护，请先撤销保护。" },
    ];
    for (const result of results) {
      const query = encodeResult(result);
      expect(query.startsWith("r=")).toBe(true);
      expect(decodeResult("?" + query)).toEqual(result);
    }
  });

  test("a long result drops notes first, then forms, to stay under the dialog URL limit", () => {
    const notes = Array.from(
      { length: 30 },
      (_, i) => `第${i + 1}行：偏差原因分析为空，请说明未完成的原因和改进措施`
    );
    const forms = Array.from({ length: 40 }, (_, i) => form(`项目名称很长的第${i + 1}个项目支出`));
    const query = encodeResult(checked(forms, notes));
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    const back = decodeResult(query);
    expect(back?.kind).toBe("checked");
    if (back?.kind !== "checked") return;
    expect(back.notes).toEqual([]);
    expect(back.forms.length).toBeGreaterThan(0);
    expect(back.forms.length).toBeLessThan(forms.length);
    expect(back.forms[0]).toEqual(forms[0]);
  });

  test("notes are shortened, not lost, when a few fit", () => {
    const note = "甲".repeat(300);
    const back = decodeResult(encodeResult(checked([form("A")], [note])));
    expect(back?.kind === "checked" && back.notes[0]!.length).toBe(120);
  });

  test("a long failure message is shortened to fit", () => {
    const query = encodeResult({
      kind: "failed",
      lang: "zh-CN",
      sheet: "S",
      message: "错".repeat(1000),
    });
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    const back = decodeResult(query);
    expect(back?.kind === "failed" && back.message.endsWith("…")).toBe(true);
  });

  test("anything malformed or tampered with reads as null, never throws", () => {
    const tampered = (extra: Record<string, unknown>) =>
      "?r=" + encodeURIComponent(JSON.stringify({ ...checked([], []), ...extra }));
    const bad = [
      tampered({ profile: 7 }),
      tampered({ profile: "x".repeat(81) }),
      tampered({ profileRefused: "yes" }),
      "",
      "?x=1",
      "?r=not-json",
      "?r=" + encodeURIComponent("[]"),
      "?r=" +
        encodeURIComponent(
          JSON.stringify({
            kind: "checked",
            lang: "fr-FR",
            sheet: "S",
            forms: [],
            writes: 0,
            marks: 0,
            notes: [],
          })
        ),
      "?r=" +
        encodeURIComponent(
          JSON.stringify({
            kind: "checked",
            lang: "zh-CN",
            sheet: "S",
            forms: [{ project: 1 }],
            writes: 0,
            marks: 0,
            notes: [],
          })
        ),
      "?r=" +
        encodeURIComponent(
          JSON.stringify({
            kind: "checked",
            lang: "zh-CN",
            sheet: "S",
            forms: [],
            writes: -1,
            marks: 0,
            notes: [],
          })
        ),
      "?r=" + encodeURIComponent(JSON.stringify({ ...form("A"), grade: "甲" })),
      "?r=" + encodeURIComponent(JSON.stringify({ kind: "failed", lang: "zh-CN", sheet: null })),
      "?r=" + encodeURIComponent(JSON.stringify({ kind: "boom", lang: "zh-CN" })),
    ];
    for (const search of bad) expect(decodeResult(search)).toBeNull();
  });
});
