import ExcelJS from "exceljs";
import { createHash } from "crypto";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { addressKey, cellAt, evaluate, gridArea, MARK_FILLS, type Grid } from "../../src/core";
import { CheckReport } from "../../src/cli/report-schema";
import { openWorkbook, XlsxWorkbookPort } from "../../src/xlsx";
import { FIXTURES } from "../helpers/fixtures";
import { ROOT, runCli, SAMPLE } from "./run-cli";

// Each test starts node processes; on a busy machine one run takes seconds.
jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-check-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function gridsOf(file: string): Promise<{ grids: Grid[]; workbook: ExcelJS.Workbook }> {
  const opened = await openWorkbook(file);
  if (!opened.ok) throw new Error(`${file}: ${opened.problem.code}`);
  return {
    grids: await new XlsxWorkbookPort(opened.workbook).readSheets(),
    workbook: opened.workbook,
  };
}

/** The sample with a wrong 全年执行数 (8 of 10) and a wrong score, so there are errors to fix. */
async function writeDamaged(file: string): Promise<void> {
  const opened = await openWorkbook(SAMPLE);
  if (!opened.ok) throw new Error(opened.problem.code);
  const sheet = opened.workbook.worksheets[0]!;
  sheet.getCell("F6").value = 8;
  sheet.getCell("H14").value = 7;
  await opened.workbook.xlsx.writeFile(file);
}

async function sha(file: string): Promise<string> {
  return createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");
}

describe("selfeval check on real workbooks", () => {
  it("checks the example workbook when no file is given", async () => {
    const result = await runCli(["check"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(path.join("examples", "示例-2021.xlsx"));
    expect(result.stdout).toContain("安全生产举报奖励项目（工作表 安全生产举报奖励项目!A1:I21）");
    expect(result.stdout).toContain("    总分 100  等级 优  执行率 100%");
    expect(result.stdout).toMatch(
      /警告 {2}安全生产举报奖励项目!F11 {2}“实际完成情况”与“预期目标”几乎相同/
    );
    const summary = lines.filter((l) => l.length > 0).at(-1)!;
    expect(summary).toMatch(
      /^共检查 1 个工作簿、3 张自评表：错误 0 项，警告 \d+ 项，提示 \d+ 项。$/
    );
    // docs/cli.md quotes this line: it must stay what the tool prints.
    const docs = await fs.readFile(path.join(ROOT, "docs/cli.md"), "utf8");
    expect(docs).toContain(summary);
  });

  it("prints a JSON report that its schema accepts, with rows and cells as Excel shows them", async () => {
    const result = await runCli(["check", SAMPLE, "--json"]);
    expect(result.code).toBe(0);
    const report = CheckReport.parse(JSON.parse(result.stdout));
    expect(report.files).toHaveLength(1);
    const file = report.files[0]!;
    expect(file).toMatchObject({ file: SAMPLE, error: null });
    expect(file.sheets.map((s) => s.sheet)).toEqual([
      "安全生产举报奖励项目",
      "防灾减灾及应急管理",
      "森林草原防灭火保障项目",
    ]);
    const form = file.sheets[0]!.forms[0]!;
    expect(form).toMatchObject({
      project: "安全生产举报奖励项目",
      range: "A1:I21",
      total: 100,
      grade: "优",
      executionRate: 1,
    });
    expect(form.indicators[0]).toEqual({
      row: 14,
      level1: "产出指标",
      level2: "数量指标",
      name: "受理安全生产举报（次）",
      target: "≧2次",
      actual: "2",
      weight: 10,
      score: 10,
      computedScore: 10,
    });
    expect(form.indicators.map((i) => i.row)).toEqual([14, 15, 16, 17, 18, 19, 20]);
    expect(form.findings).toContainEqual(
      expect.objectContaining({ code: "goals.copied", severity: "warning", cell: "F11" })
    );
  });

  it("words findings and the summary in English with --lang en", async () => {
    const result = await runCli(["check", SAMPLE, "--lang", "en"]);
    expect(result.stdout).toContain("    total 100  grade 优  execution rate 100%");
    expect(result.stdout).toContain(
      "    warning  安全生产举报奖励项目!F11  实际完成情况 repeats 预期目标 (100% similar)"
    );
    expect(result.stdout).toMatch(
      /Checked 1 workbook, 3 forms: 0 errors, \d+ warnings, \d+ info\.\n$/
    );
  });

  it("sets the exit code by --fail-on", async () => {
    const damaged = path.join(dir, "有错误.xlsx");
    await writeDamaged(damaged);
    expect((await runCli(["check", SAMPLE])).code).toBe(0);
    expect((await runCli(["check", SAMPLE, "--fail-on", "warning"])).code).toBe(1);
    expect((await runCli(["check", damaged])).code).toBe(1);
    expect((await runCli(["check", damaged, "--fail-on", "never"])).code).toBe(0);
  });

  it("writes a scored copy: computed cells hold the computed values, every other cell keeps value and format", async () => {
    const input = path.join(dir, "评分前.xlsx");
    await writeDamaged(input);
    const before = await sha(input);
    const outDir = path.join(dir, "已评分");
    const result = await runCli(["check", input, "--write", outDir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`已写入 ${path.join(outDir, "评分前.xlsx")}（填写 `);
    expect(await sha(input)).toBe(before);

    const { grids } = await gridsOf(input);
    const evaluations = grids.flatMap((g) => evaluate(g));
    const writes = new Map(
      evaluations.flatMap((e) =>
        e.plan.writes.map((w) => [`${e.sheet}!${addressKey(w.address)}`, w])
      )
    );
    expect(writes.size).toBeGreaterThan(0);
    const out = await gridsOf(path.join(outDir, "评分前.xlsx"));
    let computed = 0;
    grids.forEach((grid, i) => {
      const read = out.grids[i]!;
      const area = gridArea(grid);
      for (let r = area.top; r <= area.bottom; r += 1) {
        for (let c = area.left; c <= area.right; c += 1) {
          const write = writes.get(`${grid.sheet}!${addressKey({ row: r, col: c })}`);
          if (write) {
            computed += 1;
            expect(cellAt(read, r, c).value).toEqual(write.value);
          } else {
            expect({ at: [grid.sheet, r, c], ...cellAt(read, r, c) }).toEqual({
              at: [grid.sheet, r, c],
              ...cellAt(grid, r, c),
            });
          }
        }
      }
    });
    expect(computed).toBe(writes.size);
    // 执行率 8 / 10, and each marked cell carries its severity's fill.
    const first = evaluations[0]!;
    const rate = first.plan.writes.find((w) => w.kind === "rate")!;
    expect(cellAt(out.grids[0]!, rate.address.row, rate.address.col).value).toBe(0.8);
    const sheet = out.workbook.worksheets[0]!;
    for (const mark of first.plan.marks) {
      const cell = sheet.getCell(mark.address.row + 1, mark.address.col + 1);
      expect(cell.fill).toMatchObject({
        pattern: "solid",
        fgColor: { argb: `FF${MARK_FILLS[mark.severity]}` },
      });
    }
  });

  it("scores a file in place only with --in-place, keeping the original as name.bak.xlsx", async () => {
    const input = path.join(dir, "原地.xlsx");
    await writeDamaged(input);
    const before = await sha(input);
    const result = await runCli(["check", input, "--in-place", "--fail-on", "never"]);
    expect(result.code).toBe(0);
    const backup = path.join(dir, "原地.bak.xlsx");
    expect(await sha(backup)).toBe(before);
    expect(await sha(input)).not.toBe(before);
    expect(result.stdout).toContain(`原文件备份为 ${backup}`);
    const { grids } = await gridsOf(input);
    expect(evaluate(grids[0]!)[0]!.plan.writes).toEqual([]);
    // A second run keeps the first backup and makes another.
    await runCli(["check", input, "--in-place"]);
    expect(await sha(backup)).toBe(before);
    await expect(fs.access(path.join(dir, "原地.bak-2.xlsx"))).resolves.toBeUndefined();
  });

  it("writes an .xlsx copy of a macro-enabled workbook and refuses to change it in place", async () => {
    const input = path.join(dir, "宏.xlsm");
    await fs.copyFile(SAMPLE, input);
    const before = await sha(input);
    const out = path.join(dir, "宏输出");
    expect((await runCli(["check", input, "--write", out])).code).toBe(0);
    expect(await fs.readdir(out)).toEqual(["宏.xlsx"]);
    const inPlace = await runCli(["check", input, "--in-place"]);
    expect(inPlace.code).toBe(2);
    expect(inPlace.stderr).toContain(`${input}: 启用宏的工作簿（.xlsm）不能原地修改`);
    expect(await sha(input)).toBe(before);
    await expect(fs.access(path.join(dir, "宏.bak.xlsm"))).rejects.toThrow();
  });

  it("refuses --in-place on a workbook holding what a copy would lose, and warns with --write", async () => {
    const input = path.join(dir, "图表.xlsx");
    await fs.copyFile(path.join(FIXTURES, "fidelity", "exceljs", "chart-sheet.xlsx"), input);
    const before = await sha(input);
    const inPlace = await runCli(["check", input, "--in-place"]);
    expect(inPlace.code).toBe(2);
    expect(inPlace.stderr).toContain(
      `${input}: 工作簿含有写入后无法保留的内容（图表工作表），为免丢失未原地修改`
    );
    expect(await sha(input)).toBe(before);
    await expect(fs.access(path.join(dir, "图表.bak.xlsx"))).rejects.toThrow();

    const out = path.join(dir, "图表输出");
    const written = await runCli([
      "check",
      input,
      "--write",
      out,
      "--json",
      "--lang",
      "en",
      "--fail-on",
      "never",
    ]);
    expect(written.code).toBe(0);
    const warning =
      "The copy lacks the original's chart sheets (they cannot be kept); the original is unchanged";
    expect(written.stderr).toContain(`${input}: ${warning}\n`);
    expect(CheckReport.parse(JSON.parse(written.stdout)).files[0]?.writeWarning).toBe(warning);
    expect(await fs.readdir(out)).toEqual(["图表.xlsx"]);
  });

  it("never writes a copy over its input", async () => {
    const sub = path.join(dir, "同目录");
    await fs.mkdir(sub);
    const input = path.join(sub, "表.xlsx");
    await fs.copyFile(SAMPLE, input);
    const before = await sha(input);
    const result = await runCli(["check", input, "--write", sub]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${input}: 输出文件会覆盖原文件，未写入；请为 --write 换一个文件夹，或使用 --in-place（会先备份）\n`
    );
    expect(await sha(input)).toBe(before);
  });

  it("says in the JSON report which scored copy could not be written, with the file's findings", async () => {
    const sub = path.join(dir, "同目录JSON");
    await fs.mkdir(sub);
    const input = path.join(sub, "表.xlsx");
    await fs.copyFile(SAMPLE, input);
    const result = await runCli(["check", input, "--write", sub, "--json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("");
    const [file] = CheckReport.parse(JSON.parse(result.stdout)).files;
    expect(file?.error).toBeNull();
    expect(file?.writeError).toBe(
      "输出文件会覆盖原文件，未写入；请为 --write 换一个文件夹，或使用 --in-place（会先备份）"
    );
    expect(file?.sheets).toHaveLength(3);
    const written = await runCli(["check", input, "--write", path.join(dir, "JSON输出"), "--json"]);
    expect(CheckReport.parse(JSON.parse(written.stdout)).files[0]?.writeError).toBeNull();
  });

  it("numbers scored copies of inputs that share a name", async () => {
    const a = path.join(dir, "甲", "表.xlsx");
    const b = path.join(dir, "乙", "表.xlsx");
    await fs.mkdir(path.dirname(a), { recursive: true });
    await fs.mkdir(path.dirname(b), { recursive: true });
    await fs.copyFile(SAMPLE, a);
    await fs.copyFile(SAMPLE, b);
    const out = path.join(dir, "同名输出");
    expect((await runCli(["check", a, b, "--write", out])).code).toBe(0);
    expect((await fs.readdir(out)).sort()).toEqual(["表 (2).xlsx", "表.xlsx"]);
  });
});
