import { promises as fs } from "fs";
import os from "os";
import path from "path";
import {
  checkWorkbookBytes,
  detectContainer,
  formatProblem,
  inspectZip,
  loadWorkbook,
  openWorkbook,
  READ_LIMITS,
  type WorkbookProblem,
} from "../../src/xlsx";
import {
  emptyWorkbookBytes,
  lyingZipBytes,
  notWorkbookZipBytes,
  sampleBytes,
  SAMPLE,
  truncatedBytes,
  zipBombBytes,
} from "./bad-files";
import { encryptedWorkbookBytes, oldXlsBytes, writeCompoundFile } from "./cfb-writer";
import { writeZip } from "./zip-writer";

// Whole workbooks are read and written: a second alone, many seconds on a shared, busy machine.
jest.setTimeout(60_000);

async function problemOf(bytes: Buffer, limits = READ_LIMITS): Promise<WorkbookProblem | null> {
  const opened = await loadWorkbook(bytes, limits);
  return opened.ok ? null : opened.problem;
}

describe("opening workbooks that cannot be checked", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-open-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("opens the real sample", async () => {
    const opened = await openWorkbook(SAMPLE);
    expect(opened.ok && opened.workbook.worksheets.length).toBe(3);
  });

  it("says a missing path is not found", async () => {
    const opened = await openWorkbook(path.join(dir, "没有这个文件.xlsx"));
    expect(!opened.ok && opened.problem).toEqual({ code: "not-found" });
  });

  it("reads only regular files, never a device that has no end", async () => {
    const opened = await openWorkbook("/dev/zero");
    expect(!opened.ok && opened.problem).toEqual({ code: "not-a-workbook" });
  });

  it("says an empty file is empty", async () => {
    expect(await problemOf(Buffer.alloc(0))).toEqual({ code: "empty-file" });
  });

  it("tells an old .xls from a password-protected .xlsx by the streams inside", async () => {
    expect(detectContainer(oldXlsBytes())).toBe("ole2-xls");
    expect(await problemOf(oldXlsBytes())).toEqual({ code: "old-xls" });
    expect(formatProblem({ code: "old-xls" })).toBe("旧版 .xls 格式，请在 Excel 中另存为 .xlsx");
    expect(detectContainer(encryptedWorkbookBytes())).toBe("ole2-encrypted");
    expect(await problemOf(encryptedWorkbookBytes())).toEqual({ code: "encrypted" });
    const other = writeCompoundFile([{ name: "Contents", data: Buffer.alloc(10) }]);
    expect(await problemOf(other)).toEqual({ code: "ole2" });
  });

  it("says text, web pages and other zip documents are not workbooks", async () => {
    expect(await problemOf(Buffer.from("项目名称,金额\n"))).toEqual({ code: "not-a-workbook" });
    expect(await problemOf(Buffer.from("<html><table></table></html>"))).toEqual({
      code: "markup",
    });
    expect(await problemOf(Buffer.from('<?xml version="1.0"?><Workbook/>'))).toEqual({
      code: "markup",
    });
    expect(await problemOf(notWorkbookZipBytes())).toEqual({ code: "not-a-workbook" });
  });

  it("says a cut-off file is damaged before exceljs sees it", async () => {
    const problem = await problemOf(await truncatedBytes());
    expect(problem?.code).toBe("corrupt");
  });

  it("says a part with damaged compressed data is damaged", async () => {
    const good = writeZip([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>".repeat(50)) },
    ]);
    const damaged = Buffer.from(good);
    // Overwrite the start of the deflated data (after the 30-byte header and the name).
    damaged.fill(0xff, 30 + "xl/workbook.xml".length, 30 + "xl/workbook.xml".length + 8);
    expect((await problemOf(damaged))?.code).toBe("corrupt");
  });

  it("refuses a zip bomb by its declared sizes, without unpacking it", async () => {
    // CPU time, not wall time: other work on a shared machine does not count against it.
    const started = process.cpuUsage();
    const problem = await problemOf(zipBombBytes());
    expect(problem).toEqual({
      code: "zip-bomb",
      bytes: expect.any(Number),
      limit: READ_LIMITS.maxUnpackedBytes,
    });
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
  });

  it("refuses a part that unpacks to more than it declares, when it could pass the limit", async () => {
    const bytes = lyingZipBytes();
    // 2 MB of spaces pack into a few KB: below 1 MB ÷ 1032 of packed data the guard trusts the
    // deflate bound, above it it inflates every part and catches the lie itself.
    const limits = { ...READ_LIMITS, maxUnpackedBytes: 1024 * 1024 };
    expect(bytes.length * 1032).toBeGreaterThan(limits.maxUnpackedBytes);
    expect(inspectZip(bytes, limits)).toMatchObject({ ok: false, problem: { code: "zip-bomb" } });
    expect((await problemOf(bytes, limits))?.code).toBe("zip-bomb");
    // The message names the part and what it claims, not a size the guard never measured.
    const problem = await problemOf(bytes, limits);
    expect(problem).toEqual({ code: "zip-bomb", part: "xl/worksheets/sheet1.xml", declared: 100 });
    expect(formatProblem(problem!, "zh-CN")).toBe(
      "压缩包内的部件 xl/worksheets/sheet1.xml 解压后超过其声明的 100 字节，可能是损坏或恶意的文件，未读取；请确认文件来源"
    );
    expect(formatProblem(problem!, "en-US")).not.toMatch(/MB/);
  });

  it("leaves a small lying part to jszip's length check, which calls the file damaged", async () => {
    const bytes = lyingZipBytes();
    expect(bytes.length * 1032).toBeLessThan(READ_LIMITS.maxUnpackedBytes);
    expect(inspectZip(bytes).ok).toBe(true);
    expect(await problemOf(bytes)).toEqual({
      code: "corrupt",
      detail: "a part unpacks to another size than its header declares",
    });
  });

  it("holds honest archives to the unpacked-size, part-count and file-size limits", async () => {
    const parts = Array.from({ length: 6 }, (_, i) => ({
      name: `xl/part${i}.xml`,
      data: Buffer.alloc(400_000, 0x20),
    }));
    const zip = writeZip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>") }, ...parts]);
    expect(inspectZip(zip).ok).toBe(true);
    expect(checkWorkbookBytes(zip, { ...READ_LIMITS, maxUnpackedBytes: 1_000_000 })).toEqual({
      code: "zip-bomb",
      bytes: 2_400_011,
      limit: 1_000_000,
    });
    expect(checkWorkbookBytes(zip, { ...READ_LIMITS, maxEntries: 5 })).toEqual({
      code: "too-many-parts",
      count: 7,
      limit: 5,
    });
    expect(checkWorkbookBytes(zip, { ...READ_LIMITS, maxFileBytes: 1000 })).toMatchObject({
      code: "too-large",
    });
  });

  it("checks the size on disk before reading a file", async () => {
    const file = path.join(dir, "大文件.xlsx");
    await fs.writeFile(file, await sampleBytes());
    const opened = await openWorkbook(file, { ...READ_LIMITS, maxFileBytes: 100 });
    expect(!opened.ok && opened.problem.code).toBe("too-large");
  });

  it("opens a workbook of empty sheets (the caller decides it holds nothing)", async () => {
    const opened = await loadWorkbook(await emptyWorkbookBytes());
    expect(opened.ok).toBe(true);
  });

  it("says a zip whose workbook part exceljs cannot parse is damaged", async () => {
    const zip = writeZip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types") },
      { name: "xl/workbook.xml", data: Buffer.from("<workbook><sheets><sheet") },
    ]);
    const problem = await problemOf(zip);
    expect(problem).toEqual({ code: "corrupt", detail: expect.stringContaining("sheets") });
  });

  it("words every problem in both languages as one line", () => {
    const problems: WorkbookProblem[] = [
      { code: "not-found" },
      { code: "unreadable", detail: "EACCES" },
      { code: "folder-empty" },
      { code: "empty-file" },
      { code: "too-large", bytes: 60 * 1024 * 1024, limit: 50 * 1024 * 1024 },
      { code: "old-xls" },
      { code: "encrypted" },
      { code: "ole2" },
      { code: "markup" },
      { code: "not-a-workbook" },
      { code: "corrupt", detail: "zip directory missing" },
      { code: "zip-bomb", bytes: 1, limit: 2 },
      { code: "too-many-parts", count: 3, limit: 2 },
      { code: "empty-workbook" },
      { code: "would-overwrite" },
      { code: "macro-in-place" },
      { code: "unkept-in-place", features: ["chart", "pivot-table"] },
      { code: "unkept-in-copy", features: ["shape"] },
      { code: "write-failed", detail: "EROFS" },
    ];
    for (const p of problems) {
      const zh = formatProblem(p, "zh-CN");
      const en = formatProblem(p, "en-US");
      expect(zh).not.toMatch(/\n/);
      expect(en).not.toMatch(/\n/);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^[A-Z]/);
    }
    expect(
      formatProblem({ code: "too-large", bytes: 60 * 1024 * 1024, limit: 50 * 1024 * 1024 })
    ).toContain("60.0 MB");
    // What would be lost is named, in the user's language.
    const unkept: WorkbookProblem = { code: "unkept-in-place", features: ["chart", "pivot-table"] };
    expect(formatProblem(unkept, "zh-CN")).toContain("图表、数据透视表");
    expect(formatProblem(unkept, "en-US")).toContain("charts, pivot tables");
  });
});
