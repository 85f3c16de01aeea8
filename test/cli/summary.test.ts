import { promises as fs } from "fs";
import os from "os";
import path from "path";
import {
  evaluate,
  summarize,
  summaryColumn,
  SUMMARY_COLUMNS,
  validateSheets,
  writeSummarySheet,
  type Grid,
  type Summary,
} from "../../src/core";
import type { CliIo } from "../../src/cli/io";
import { run } from "../../src/cli/main";
import { CheckReport } from "../../src/cli/report-schema";
import { openWorkbook, readGrid, XlsxWorkbookPort } from "../../src/xlsx";
import { SUMMARY_SAMPLE_SHEETS, summarySample } from "../helpers/summary-sample";
import { reopen, workbookFromGrids } from "../xlsx/workbook-builder";
import { SAMPLE } from "./run-cli";

jest.setTimeout(60_000);

let dir: string;
let grids: Grid[];
let eight: string;
let broken: string;
/** What the core makes of the same files: the eight-form workbook, then the sample. */
let expected: Summary;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-summary-"));
  grids = await summarySample();
  eight = path.join(dir, "八个项目.xlsx");
  await workbookFromGrids(grids).xlsx.writeFile(eight);
  broken = path.join(dir, "坏文件.xlsx");
  await fs.writeFile(broken, "not a workbook");
  const sample = await openWorkbook(SAMPLE);
  if (!sample.ok) throw new Error(sample.problem.code);
  const sheetsOf = (list: Grid[]) =>
    list.map((g) => ({ sheet: g.sheet, grid: g, evaluations: evaluate(g) }));
  expected = summarize([
    { file: eight, sheets: sheetsOf(grids) },
    { file: SAMPLE, sheets: sheetsOf(sample.workbook.worksheets.map((ws) => readGrid(ws, false))) },
  ]);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Runs `selfeval` in-process, collecting what it prints. */
async function selfeval(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text), isTTY: false },
    cwd: dir,
    env: {},
  };
  const code = await run(args, io);
  return { code, out: out.join(""), err: err.join("") };
}

describe("selfeval check --summary", () => {
  it("writes one sheet of every form of every workbook, the file named on each row, and the files it could not read", async () => {
    const out = path.join(dir, "汇总.xlsx");
    const result = await selfeval(["check", eight, SAMPLE, broken, "--summary", out]);
    // The eight-form workbook has errors (exit 1); the broken file makes it a failure (2).
    expect(result.code).toBe(2);
    expect(result.out).toContain(
      `已写入汇总表 ${out}（11 张自评表；2 个工作表或文件未能读取，见表末）`
    );
    const opened = await openWorkbook(out);
    if (!opened.ok) throw new Error(opened.problem.code);
    expect(opened.workbook.worksheets.map((ws) => ws.name)).toEqual(["汇总"]);
    const grid = readGrid(opened.workbook.worksheets[0]!, false);
    const header = grid.cells[2]!.map((c) => c.value);
    expect(header).toEqual(SUMMARY_COLUMNS.map((c) => summaryColumn(c, "zh-CN")));
    const col = (name: (typeof SUMMARY_COLUMNS)[number]) => SUMMARY_COLUMNS.indexOf(name);
    const rows = grid.cells.slice(3, 3 + 11);
    rows.forEach((row, i) => {
      const want = expected.rows[i]!;
      expect(row[col("file")]?.value).toBe(i < 8 ? eight : SAMPLE);
      expect(row[col("sheet")]?.value).toBe(want.sheet);
      expect(row[col("project")]?.value).toBe(want.project);
      expect(row[col("budget")]?.value ?? null).toBe(want.budget);
      expect(row[col("executed")]?.value ?? null).toBe(want.executed);
      expect(row[col("rate")]?.value ?? null).toBe(want.executionRate);
      expect(row[col("total")]?.value ?? null).toBe(want.total);
      expect(row[col("errors")]?.value).toBe(want.errors);
    });
    const totals = grid.cells[14]!;
    expect(totals[0]?.value).toBe("合计");
    expect(totals[col("budget")]?.value).toBe(expected.totals.budget);
    expect(totals[col("total")]?.value).toBe(expected.totals.averageScore);
    const texts = grid.cells.flatMap((r) => r.map((c) => c.value));
    expect(texts).toContain(broken);
    expect(texts).toContain(SUMMARY_SAMPLE_SHEETS.notes);
    // Another workbook: no links to follow, no formula at all.
    expect(grid.cells.flat().some((c) => c.formula !== undefined)).toBe(false);
  });

  it("writes CSV as UTF-8 with a byte-order mark, for Excel to open in Chinese", async () => {
    const out = path.join(dir, "汇总.csv");
    const result = await selfeval(["check", eight, "--summary", out, "--fail-on", "never"]);
    expect(result.code).toBe(0);
    const bytes = await fs.readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe(SUMMARY_COLUMNS.map((c) => summaryColumn(c, "zh-CN")).join(","));
    expect(lines[1]).toBe(
      `1,${eight},安全生产举报奖励项目,安全生产举报奖励项目,昌吉回族自治州应急管理局,昌吉回族自治州应急管理局,10,10,100%,10,10,100,,优,0,5,0,`
    );
    expect(lines.filter((l) => l.startsWith(`${eight},`) || l.includes(eight))).toHaveLength(9);
  });

  it("includes the summary in the --json report, in 万元, with the reasons worded", async () => {
    const result = await selfeval(["check", eight, SAMPLE, broken, "--json", "--lang", "en"]);
    const report = CheckReport.parse(JSON.parse(result.out));
    expect(report.summary.amountUnit).toBe("万元");
    expect(report.summary.rows).toHaveLength(11);
    expect(report.summary.rows.map((r) => [r.file, r.sheet, r.total])).toEqual(
      expected.rows.map((r) => [r.file, r.sheet, r.total])
    );
    expect(report.summary.rows[3]!.range).toBe("A1:I19");
    expect(report.summary.totals).toEqual(expected.totals);
    expect(report.summary.unread.map((u) => [u.file, u.sheet, u.reason])).toEqual([
      [eight, SUMMARY_SAMPLE_SHEETS.notes, "not-a-form"],
      [broken, null, "file"],
    ]);
    expect(report.summary.unread[1]!.message).toBe(report.files[2]!.error);
  });

  it("refuses a file name it cannot write, and a summary that would overwrite a workbook checked", async () => {
    const txt = await selfeval(["check", eight, "--summary", "汇总.txt"]);
    expect(txt.code).toBe(2);
    expect(txt.err).toContain("--summary");
    const over = await selfeval(["check", dir, "--summary", eight]);
    expect(over.code).toBe(2);
    expect(over.err).toContain("汇总表文件也是要检查的工作簿之一");
    expect((await openWorkbook(eight)).ok).toBe(true);
  });

  it("reports a summary it could not write, after checking every file", async () => {
    const result = await selfeval([
      "check",
      SAMPLE,
      "--summary",
      path.join(dir, "无此目录", "汇总.xlsx"),
    ]);
    expect(result.code).toBe(2);
    expect(result.out).toContain("共检查 1 个工作簿");
    expect(result.err).toContain("无法写入输出文件");
  });

  it("skips, and says so, the summary the add-in wrote into a workbook it checks", async () => {
    const port = new XlsxWorkbookPort(await reopen(workbookFromGrids(grids.slice(0, 3))));
    await writeSummarySheet(port, await validateSheets(port, "all"), "zh-CN");
    const file = path.join(dir, "已汇总.xlsx");
    await port.workbook.xlsx.writeFile(file);
    const text = await selfeval(["check", file]);
    expect(text.out).toContain("工作表 汇总: 绩效自评助手生成的汇总表，已跳过");
    const report = CheckReport.parse(JSON.parse((await selfeval(["check", file, "--json"])).out));
    expect(report.files[0]!.sheets.map((s) => [s.sheet, s.skipped])).toEqual([
      ["汇总", "summary"],
      ...grids.slice(0, 3).map((g) => [g.sheet, null]),
    ]);
    expect(report.summary.rows).toHaveLength(3);
    expect(report.summary.unread).toEqual([]);
  });
});
