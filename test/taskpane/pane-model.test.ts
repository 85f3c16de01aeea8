import {
  groupFindings,
  listReasonRows,
  summarizeForm,
  isSamePreview,
  formatRate,
  formatScalar,
} from "../../src/taskpane/pane-model";
import { evaluation, finding, indicator } from "./fake-actions";

describe("pane model", () => {
  const findings = [
    finding("total.grade", "info", 20, 7),
    finding("reason.required", "error", 14, 8),
    finding("funds.rate-wrong", "error", 5, 7, true),
    finding("score.wrong", "error", 13, 7, true),
    finding("goals.copied", "warning", 10, 5),
  ];

  it("groups findings errors first, then by part of the form in reading order", () => {
    const groups = groupFindings(findings);
    expect(
      groups.map((g) => [g.severity, g.parts.map((p) => [p.part, p.findings.map((f) => f.code)])])
    ).toEqual([
      [
        "error",
        [
          ["funds", ["funds.rate-wrong"]],
          ["indicators", ["score.wrong", "reason.required"]],
        ],
      ],
      ["warning", [["goals", ["goals.copied"]]]],
      ["info", [["total", ["total.grade"]]]],
    ]);
  });

  it("counts findings by severity and reads the headline figures", () => {
    const e = evaluation({ sheet: "S", name: " 项目甲 ", findings, total: 91.25, rate: 0.8619 });
    expect(summarizeForm(e)).toEqual({
      name: "项目甲",
      total: 91.25,
      grade: "优",
      executionRate: 0.8619,
      counts: { error: 3, warning: 1, info: 1 },
    });
  });

  it("lists one reason box per row that needs a 偏差原因分析, at the row's reason cell", () => {
    const e = evaluation({
      sheet: "S",
      name: "甲",
      findings: [...findings, finding("reason.required", "error", 14, 8)],
      indicators: [indicator(13, "培训人次"), indicator(14, "演练次数", "无")],
    });
    expect(listReasonRows(e)).toEqual([
      { key: "S!I15", indicator: "演练次数", cell: { row: 14, col: 8 }, current: "无" },
    ]);
  });

  it("formats rates and cell values for the preview", () => {
    expect(formatRate(0.98195)).toBe("98.20%");
    expect(formatRate(null)).toBeNull();
    expect(formatScalar(0.95, true)).toBe("95.00%");
    expect(formatScalar("10分")).toBe("10分");
    expect(formatScalar("  ")).toBeNull();
    expect(formatScalar(null)).toBeNull();
  });

  it("tells a preview that would write the same cells from one that changed", () => {
    const row = {
      sheet: "S",
      cell: "H14",
      kind: "indicator-score" as const,
      previous: 10,
      value: 5,
    };
    const preview = { rows: [row], marks: 2, plans: [] };
    expect(isSamePreview(preview, { ...preview, plans: [] })).toBe(true);
    expect(isSamePreview(preview, { ...preview, rows: [{ ...row, previous: 9 }] })).toBe(false);
    expect(isSamePreview(preview, { ...preview, marks: 3 })).toBe(false);
    expect(isSamePreview(preview, { ...preview, rows: [] })).toBe(false);
  });
});
