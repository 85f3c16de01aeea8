import {
  buildSummarySheet,
  evaluate,
  isOwnSummary,
  MARK_FILLS,
  placeSummary,
  specToGrid,
  summarize,
  summaryCsv,
  summaryMessage,
  summaryTable,
  totalsOf,
  type FormEvaluation,
  type Grid,
  type Summary,
  type SummaryInput,
  type SummaryRow,
} from "../../src/core";
import { cleanForm, layForm } from "../helpers/form-builder";
import { grid } from "../helpers/grid";
import { SUMMARY_SAMPLE_SHEETS, summarySample } from "../helpers/summary-sample";

let grids: Grid[];
let input: SummaryInput;
let summary: Summary;

beforeAll(async () => {
  grids = await summarySample();
  input = { sheets: grids.map((g) => ({ sheet: g.sheet, grid: g, evaluations: evaluate(g) })) };
  summary = summarize([input]);
});

const forms = (): FormEvaluation[] =>
  input.sheets.flatMap((s) => s.evaluations).filter((e): e is FormEvaluation => e.kind === "form");

/** An amount of the form in 万元, to 0.01 元. */
const wan = (value: number | null | undefined, toWanYuan: number): number | null =>
  value === null || value === undefined ? null : Math.round(value * toWanYuan * 1e6) / 1e6;

describe("the summary of a workbook", () => {
  it("has one row per form, in workbook and sheet order, for the eight forms of the sample", () => {
    expect(summary.rows).toHaveLength(8);
    expect(summary.rows.map((r) => r.sheet)).toEqual(forms().map((e) => e.sheet));
    expect(summary.rows.filter((r) => r.sheet === SUMMARY_SAMPLE_SHEETS.pair)).toHaveLength(2);
  });

  it("gives each form the figures its own evaluation computed, field by field", () => {
    forms().forEach((evaluation, i) => {
      const row = summary.rows[i]!;
      const { form, findings } = evaluation;
      const toWanYuan = form.funds?.toWanYuan ?? 1;
      expect(row.file).toBeNull();
      expect(row.sheet).toBe(evaluation.sheet);
      expect(row.range).toEqual(evaluation.range);
      expect(row.project).toBe(form.header.name?.text.trim() || null);
      expect(row.dept).toBe(form.header.dept?.text.trim() || null);
      expect(row.unit).toBe(form.header.unit?.text.trim() || null);
      expect(row.toWanYuan).toBe(toWanYuan);
      expect(row.budget).toBe(wan(form.funds?.rows.total.budget?.value, toWanYuan));
      expect(row.executed).toBe(wan(form.funds?.rows.total.executed?.value, toWanYuan));
      expect(row.executionRate).toBe(evaluation.executionRate);
      expect(row.fundsWeight).toBe(evaluation.funds?.weight ?? null);
      expect(row.fundsScore).toBe(evaluation.funds?.score ?? null);
      expect(row.total).toBe(evaluation.score?.total ?? null);
      expect(row.grade).toBe(evaluation.score?.grade ?? null);
      expect(row.errors).toBe(findings.filter((f) => f.severity === "error").length);
      expect(row.warnings).toBe(findings.filter((f) => f.severity === "warning").length);
      expect(row.missingReasons).toBe(
        new Set(findings.filter((f) => f.code === "reason.required").map((f) => f.address.row)).size
      );
    });
  });

  it("converts a form kept in 元 to 万元, to the 0.01 元", () => {
    const row = summary.rows.find((r) => r.sheet === SUMMARY_SAMPLE_SHEETS.yuan)!;
    expect(row.toWanYuan).toBe(0.0001);
    expect(row.budget).toBe(38.766462);
    expect(row.executed).toBe(38.766462);
    expect(row.executionRate).toBe(1);
  });

  it("marks the form with errors and shows the total written where the rules give another", () => {
    const row = summary.rows.find((r) => r.sheet === SUMMARY_SAMPLE_SHEETS.faulty)!;
    expect(row.dept).toBeNull();
    expect(row.errors).toBe(3);
    expect(row.missingReasons).toBe(1);
    expect(row.total).toBe(96);
    expect(row.writtenTotal).toBe(100);
    // Where the written total agrees, none is shown.
    expect(summary.rows.filter((r) => r.writtenTotal !== null)).toHaveLength(1);
  });

  it("leaves the 总分 empty while a score awaits judgement", () => {
    const pending = summary.rows.filter((r) => r.sheet === SUMMARY_SAMPLE_SHEETS.pair)[1]!;
    expect(pending.project).toBe("应急广播建设项目");
    expect(pending.total).toBeNull();
    expect(pending.grade).toBeNull();
    expect(pending.executionRate).toBe(0.8);
  });

  it("sums exactly: budget and spending to the 0.01 元, the department's rate, the budget-weighted score", () => {
    const { totals } = summary;
    expect(totals.forms).toBe(8);
    expect(totals.formsWithErrors).toBe(2);
    // 10 + 20 + 10 (the real forms) + 50 + 38.766462 + 12.5 + 8 + 30, added in 0.01 元.
    expect(totals.budget).toBe(179.266462);
    expect(totals.executed).toBe(168.266462);
    expect(totals.rateForms).toBe(8);
    expect(totals.executionRate).toBe(168266462 / 179266462);
    // Σ 总分 × 预算 / Σ 预算 over the seven forms with a 总分: 14826.6462 / 149.266462 = 99.3299…
    expect(totals.scoreForms).toBe(7);
    expect(totals.averageScore).toBe(99.33);
    expect(totals.errors).toBe(summary.rows.reduce((n, r) => n + r.errors, 0));
    expect(totals.warnings).toBe(summary.rows.reduce((n, r) => n + r.warnings, 0));
    expect(totals.missingReasons).toBe(2);
  });

  it("adds amounts without the drift of binary fractions", () => {
    const spec = cleanForm();
    spec.funds.initial = 0.1;
    spec.funds.budget = 0.1;
    spec.funds.executed = 0.1;
    spec.fundRows.current = [0.1, 0.1, 0.1];
    const sheets = Array.from({ length: 10 }, (_, i) => {
      const g = layForm(spec, { sheet: `S${i}` });
      return { sheet: g.sheet, grid: g, evaluations: evaluate(g) };
    });
    // 0.1 added ten times in binary floating point is 0.9999999999999999.
    expect(
      Array<number>(10)
        .fill(0.1)
        .reduce((s, x) => s + x, 0)
    ).not.toBe(1);
    expect(summarize([{ sheets }]).totals.budget).toBe(1);
  });

  describe("the budget-weighted score, exact where binary arithmetic is not", () => {
    const row = (budget: number, total: number): SummaryRow => ({
      ...summary.rows[0]!,
      budget,
      executed: budget,
      total,
    });

    it("rounds a tie half up: 80.06 and 80.07 on equal budgets average 80.07", () => {
      // In floating point (80.06 × 0.1 + 80.07 × 0.1) / 0.2 is 80.06499…, which rounds to 80.06.
      expect((80.06 * 0.1 + 80.07 * 0.1) / 0.2).toBeLessThan(80.065);
      expect(totalsOf([row(0.1, 80.06), row(0.1, 80.07)]).averageScore).toBe(80.07);
    });

    it("stays exact for a department of 900 亿元, past 2^53 of score × 0.01 元", () => {
      // 9,000,000 万元 is 9 × 10^12 units of 0.01 元; times 9,000 hundredths of a point, 8.1 × 10^16.
      // 90.00 and 90.01 on equal budgets tie at 90.005; one 0.01 元 form scored 100 tips it up.
      const totals = totalsOf([row(9_000_000, 90), row(9_000_000, 90.01), row(0.000001, 100)]);
      expect(9_000_000 * 1_000_000 * 9_000).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
      expect(totals.budget).toBe(18_000_000.000001);
      expect(totals.averageScore).toBe(90.01);
      // Scored 0 instead, it tips the average down.
      expect(
        totalsOf([row(9_000_000, 90), row(9_000_000, 90.01), row(0.000001, 0)]).averageScore
      ).toBe(90);
    });
  });

  it("lists a sheet of other content as unread, and leaves a blank sheet out", () => {
    expect(summary.unread).toEqual([
      { file: null, sheet: SUMMARY_SAMPLE_SHEETS.notes, reason: { code: "not-a-form" } },
    ]);
  });

  it("lists a file that could not be opened with the reason its shell gave, and names each row's file", () => {
    const both = summarize([
      { file: "a.xlsx", sheets: input.sheets },
      { file: "b.xlsx", sheets: [], error: "不是 Excel 工作簿" },
    ]);
    expect(both.rows.every((r) => r.file === "a.xlsx")).toBe(true);
    expect(both.unread).toContainEqual({
      file: "b.xlsx",
      sheet: null,
      reason: { code: "file", message: "不是 Excel 工作簿" },
    });
  });
});

/** The summary sheet as the pane writes it: in the forms' workbook, linked, named 汇总. */
const sheetOf = (of: Summary) =>
  buildSummarySheet(of, { lang: "zh-CN", files: false, links: true, name: "汇总" });

describe("the summary sheet", () => {
  const placed = () => placeSummary(grids, "zh-CN");

  it("is named 汇总 and goes first in a workbook that has none", () => {
    expect(placed()).toEqual({ name: "汇总", placement: { position: 0, replaces: [] } });
  });

  it("is formatted like the forms: borders, wrapped bold headers, 0.00 and 0.00%, A4 landscape one page wide", () => {
    const spec = sheetOf(summary);
    const header = spec.cells.filter((c) => c.row === 2);
    expect(header.map((c) => c.value)).toEqual(
      summaryTable(summary, { lang: "zh-CN", files: false }).header
    );
    expect(header.every((c) => c.style?.bold && c.style.wrap && c.style.border)).toBe(true);
    const budget = header.find((c) => c.value === "全年预算数（万元）")!.col;
    const rate = header.find((c) => c.value === "执行率")!.col;
    const body = spec.cells.filter((c) => c.row >= 3 && c.row <= 3 + summary.rows.length);
    expect(
      body.filter((c) => c.col === budget).every((c) => c.style?.numberFormat === "0.00")
    ).toBe(true);
    expect(body.filter((c) => c.col === rate).every((c) => c.style?.numberFormat === "0.00%")).toBe(
      true
    );
    expect(body.every((c) => c.style?.border)).toBe(true);
    expect(spec.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: 1 });
    expect(spec.print.printArea.right).toBe(spec.columnWidths.length - 1);
    expect(spec.print.titleRows).toEqual({ top: 2, bottom: 2 });
  });

  it("shades every cell of a row with errors, and only those rows", () => {
    const spec = sheetOf(summary);
    summary.rows.forEach((row, i) => {
      const cells = spec.cells.filter((c) => c.row === 3 + i);
      const fills = new Set(cells.map((c) => c.style?.fill));
      expect([...fills]).toEqual([row.errors > 0 ? MARK_FILLS.error : undefined]);
    });
  });

  it("links each project to the top of its form", () => {
    const spec = sheetOf(summary);
    const links = spec.cells.filter((c) => c.link);
    expect(links.map((c) => c.link)).toEqual(
      summary.rows.map((r) => ({
        sheet: r.sheet,
        address: { row: r.range.top, col: r.range.left },
      }))
    );
    expect(links.map((c) => c.value)).toEqual(summary.rows.map((r) => r.project));
    const none = buildSummarySheet(summary, {
      lang: "zh-CN",
      files: false,
      links: false,
      name: "汇总",
    });
    expect(none.cells.some((c) => c.link)).toBe(false);
  });

  it("states the unit, the conversion of the form in 元 and how the totals were computed", () => {
    const table = summaryTable(summary, { lang: "zh-CN", files: false });
    expect(table.unitLine).toContain("万元");
    expect(table.unitLine).toContain("1 张表");
    const notes = table.columns.indexOf("notes");
    const yuan = summary.rows.findIndex((r) => r.sheet === SUMMARY_SAMPLE_SHEETS.yuan);
    expect(table.rows[yuan]![notes]).toContain("已除以 10000 换算为万元");
    expect(table.notes.join("")).toContain("8 张表");
    expect(table.totals).toContain(179.266462);
  });

  it("lists the unread sheets under the table", () => {
    const spec = sheetOf(summary);
    const texts = spec.cells.map((c) => c.value);
    expect(texts).toContain("未能读取的工作表");
    expect(texts).toContain(SUMMARY_SAMPLE_SHEETS.notes);
  });

  it("carries the add-in's note naming it, which tells it apart from any sheet of the user's", () => {
    const spec = sheetOf(summary);
    const own = specToGrid(spec);
    expect(isOwnSummary(own)).toBe(true);
    // evaluate neither reads it as a form nor reports it as a sheet without one.
    expect(evaluate(own)).toEqual([]);
    expect(isOwnSummary({ ...own, sheet: "汇总 (2)" })).toBe(false);
    expect(
      isOwnSummary(
        grid([["汇总"], [summaryMessage("mark", { sheet: "汇总" }, "en-US")]], { sheet: "汇总" })
      )
    ).toBe(true);
    expect(isOwnSummary(grid([["项目名称", "汇总"]], { sheet: "汇总" }))).toBe(false);
  });

  it("takes the place of the add-in's earlier summary, and steps aside of a sheet of the user's named 汇总", () => {
    const own = specToGrid(
      buildSummarySheet(summary, { lang: "zh-CN", files: false, links: true, name: "汇总 (2)" })
    );
    const users = grid([["部门自己的汇总"]], { sheet: "汇总" });
    const sheets = [users, grids[0]!, own, grids[1]!];
    expect(placeSummary(sheets, "zh-CN")).toEqual({
      name: "汇总 (2)",
      placement: { position: 2, replaces: ["汇总 (2)"] },
    });
    expect(placeSummary([users, ...grids], "zh-CN")).toEqual({
      name: "汇总 (2)",
      placement: { position: 0, replaces: [] },
    });
    expect(placeSummary(grids, "en-US").name).toBe("Summary");
  });

  it("words every part in English when asked", () => {
    const table = summaryTable(summary, { lang: "en-US", files: true });
    expect(table.header[1]).toBe("File");
    expect(table.header).toContain("Budget (万元)");
    expect(table.totals[0]).toBe("Total");
  });
});

describe("the summary as CSV", () => {
  it("starts with a byte-order mark and ends lines with CRLF, a field per column", () => {
    const csv = summaryCsv(summaryTable(summary, { lang: "zh-CN", files: true }));
    expect(csv.startsWith("\uFEFF序号,文件,工作表,项目名称")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(1 + 8 + 1 + 1 + 2 + 1 + 3 + 1);
    expect(lines[lines.length - 1]).toBe("");
    expect(csv).toContain("93.86%");
  });

  it("quotes commas and quotes, and keeps text that looks like a formula as text", () => {
    const odd = summarize([input]);
    odd.rows[0] = { ...odd.rows[0]!, project: '=HYPERLINK("x","点击")', dept: "甲,乙" };
    const csv = summaryCsv(summaryTable(odd, { lang: "zh-CN", files: false }));
    expect(csv).toContain(`"'=HYPERLINK(""x"",""点击"")"`);
    expect(csv).toContain(`"甲,乙"`);
  });
});
