import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { crc32, inflateRawSync } from "zlib";
import { CheckReport } from "../../src/cli/report-schema";
import { encryptedWorkbookBytes, oldXlsBytes } from "../xlsx/cfb-writer";
import { SAMPLE, truncatedBytes } from "../xlsx/bad-files";
import { FuzzTally, isLongRun } from "./fuzz-settings";
import { ensureBuiltCli, runMeasured, type MeasuredRun } from "./measure-cli";
import { forTesting, paddedWorkbook } from "./zip-bombs";

/**
 * Hostile and huge workbook files through the real `selfeval` CLI in a child
 * process, with its peak memory and time measured. What each bad file must say
 * is test/cli/bad-input.test.ts's; this file adds the measurements, a real
 * (honest) zip bomb, a sheet padded to just under the unpacked-size limit,
 * formula error values and a sheet of 1,000,000 cells.
 */

jest.setTimeout(300_000);

const MB = 1024 * 1024;
const tally = new FuzzTally();
const figures: string[] = [];
let dir: string;

beforeAll(async () => {
  ensureBuiltCli();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-files-"));
});

afterAll(async () => {
  process.stdout.write(`workbook files through the CLI:\n${figures.join("\n")}\n`);
  process.stdout.write(tally.report("workbook files"));
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

function record(name: string, bytes: number, run: MeasuredRun): void {
  const size = bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
  figures.push(
    `  ${name}: ${size} file, exit ${run.code}, ${Math.round(run.ms)} ms (${Math.round(run.cpuMs)} ms CPU), peak RSS ${Math.round(run.peakMb)} MB`
  );
}

async function check(name: string, bytes: Buffer, args: string[] = []): Promise<MeasuredRun> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  const run = await runMeasured(["check", file, ...args]);
  record(name, bytes.length, run);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(Number.isFinite(run.peakMb)).toBe(true);
  return run;
}

describe("hostile workbook files through the CLI, measured", () => {
  it("builds honest bombs: true sizes and checksums, fast", () => {
    const p = forTesting.deflatePadded(Buffer.from("<a>"), 0x20, 150_000_007, Buffer.from("</a>"));
    const out = inflateRawSync(p.body);
    expect(out.length).toBe(p.size);
    expect(crc32(out)).toBe(p.crc);
    expect(p.body.length).toBeLessThan(p.size / 500);
  });

  it("refuses a 2 MB file that unpacks to 2 GB, within 10 s of CPU and 300 MB", async () => {
    const bomb = await paddedWorkbook(2 * 1024 * MB);
    expect(bomb.length).toBeLessThan(3 * MB);
    const run = await check("压缩炸弹2GB.xlsx", bomb);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("解压后的内容过大");
    expect(run.stderr).toContain("请确认文件来源");
    expect(run.cpuMs).toBeLessThan(10_000);
    expect(run.ms).toBeLessThan(60_000);
    expect(run.peakMb).toBeLessThan(300);
  });

  it("reads a 100 KB file whose sheet XML unpacks to 99 MB, just under the limit, within bounds", async () => {
    const padded = await paddedWorkbook(99 * MB);
    expect(padded.length).toBeLessThan(200 * 1024);
    const run = await check("填充99MB.xlsx", padded, ["--json"]);
    expect([0, 1]).toContain(run.code);
    const report = CheckReport.parse(JSON.parse(run.stdout));
    expect(report.files[0]?.error).toBeNull();
    // About 5 s of CPU, which a full test run on a shared two-core machine stretched to 64 s
    // of wall time: CPU time is the budget, the wall time only a bound on a hang.
    expect(run.cpuMs).toBeLessThan(30_000);
    expect(run.ms).toBeLessThan(180_000);
    expect(run.peakMb).toBeLessThan(1024);
  });

  it.each([
    ["加密.xlsx", () => encryptedWorkbookBytes(), "工作簿设有打开密码"],
    ["旧格式.xls", () => oldXlsBytes(), "另存为 .xlsx"],
    ["截断.xlsx", () => truncatedBytes(), "文件已损坏或不完整"],
    [
      "随机字节.xlsx",
      () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 251)),
      "不是 Excel 工作簿",
    ],
  ] as const)(
    "answers %s with one line saying what to do, within 5 s of CPU and 200 MB",
    async (name, make, words) => {
      const run = await check(name, await make());
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain(words);
      // CPU time: wall time on a machine busy with other tests says nothing of the CLI.
      expect(run.cpuMs).toBeLessThan(5_000);
      expect(run.ms).toBeLessThan(30_000);
      expect(run.peakMb).toBeLessThan(200);
    }
  );

  it("says a zip with damaged compressed data is damaged", async () => {
    const bytes = Buffer.from(await fs.readFile(SAMPLE));
    // Overwrite the middle of the file, inside some part's deflated data.
    for (let i = 0; i < 512; i += 1) bytes[Math.floor(bytes.length / 2) + i] = (i * 37) & 0xff;
    const run = await check("损坏.xlsx", bytes);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("文件已损坏或不完整");
  });

  it("checks a real workbook by its content whatever its extension", async () => {
    const bytes = await fs.readFile(SAMPLE);
    for (const name of ["样表.xls", "样表.XLSX", "样表.bin"]) {
      const run = await check(name, bytes, ["--json"]);
      expect({ name, code: run.code }).toEqual({ name, code: 0 });
      const report = CheckReport.parse(JSON.parse(run.stdout));
      expect(report.files[0]?.sheets).toHaveLength(3);
    }
  });
});

describe("formula error values in a form", () => {
  it("reports them as findings at their cells, never as a crash, and keeps the formulas in a scored copy", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE);
    const sheet = workbook.worksheets[0]!;
    sheet.getCell("F6").value = { formula: "E6/0", result: { error: "#DIV/0!" } };
    sheet.getCell("F14").value = { formula: "NA()", result: { error: "#N/A" } };
    sheet.getCell("G15").value = { error: "#VALUE!" };
    const file = path.join(dir, "错误值.xlsx");
    await workbook.xlsx.writeFile(file);
    const out = path.join(dir, "错误值-评分");
    const run = await runMeasured(["check", file, "--json", "--write", out]);
    record("错误值.xlsx", (await fs.stat(file)).size, run);
    expect(run.code).toBe(1);
    const report = CheckReport.parse(JSON.parse(run.stdout));
    const cells = report.files[0]!.sheets[0]!.forms.flatMap((f) => f.findings.map((x) => x.cell));
    for (const cell of ["F6", "F14", "G15"]) expect(cells).toContain(cell);

    const copies = await fs.readdir(out);
    expect(copies).toHaveLength(1);
    const scored = new ExcelJS.Workbook();
    await scored.xlsx.readFile(path.join(out, copies[0]!));
    const copy = scored.worksheets[0]!;
    expect(copy.getCell("F6").value).toMatchObject({ formula: "E6/0" });
    expect(copy.getCell("F14").value).toMatchObject({ formula: "NA()" });
    expect(copy.getCell("G15").value).toEqual({ error: "#VALUE!" });
  });
});

/** A sheet of rows × cols cells of mixed values, written with the streaming writer. */
async function writeCells(file: string, rows: number, cols: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  const sheet = writer.addWorksheet("明细");
  for (let r = 1; r <= rows; r += 1) {
    const values = Array.from({ length: cols }, (_, c) =>
      c % 3 === 0 ? r * cols + c : c % 3 === 1 ? `支出${r}-${c}` : (r % 100) / 100
    );
    sheet.addRow(values).commit();
  }
  sheet.commit();
  await writer.commit();
}

// Writing and checking 1,000,000 cells takes 30-80 s on two busy cores: npm run fuzz runs it.
(isLongRun() ? describe : describe.skip)("a sheet of 1,000,000 cells (npm run fuzz)", () => {
  const shapes: [string, number, number][] = [
    ["100000×10", 100_000, 10],
    ["1000×1000", 1000, 1000],
  ];

  it.each(shapes)(
    "is read and evaluated (%s) within 90 s and 1.5 GB",
    async (shape, rows, cols) => {
      const file = path.join(dir, `百万格-${shape}.xlsx`);
      await writeCells(file, rows, cols);
      const run = await runMeasured(["check", file, "--json"]);
      record(`百万格 ${shape}`, (await fs.stat(file)).size, run);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      const report = CheckReport.parse(JSON.parse(run.stdout));
      expect(report.files[0]?.error).toBeNull();
      expect(
        report.files[0]?.sheets[0]?.forms.flatMap((f) => f.findings.map((x) => x.code))
      ).toEqual(["layout.not-a-form"]);
      expect(run.ms).toBeLessThan(90_000);
      expect(run.peakMb).toBeLessThan(1536);
      tally.max(`1,000,000 cells ${shape}: peak MB`, run.peakMb);
    }
  );
});
