import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { builtinProfile, toA1 } from "../../src/core";
import { previewWrites } from "../../src/taskpane/pane-model";
import { checkFormat } from "../../src/web/format-check";
import type { OpenedWorkbook } from "../../src/web/opened";
import {
  hintsKey,
  memoryStore,
  pageStorage,
  SETTINGS_KEY,
  type KeyValueStore,
} from "../../src/web/page-storage";
import { openWorkbookFile, scoredFileName } from "../../src/web/web-workbook";
import path from "node:path";
import { FIXTURES, SAMPLE_XLSX } from "../helpers/fixtures";
import { summarySample } from "../helpers/summary-sample";
import { workbookFromGrids } from "../xlsx/workbook-builder";
import { oldXlsBytes } from "../xlsx/cfb-writer";
import { writeZip } from "../xlsx/zip-writer";

/**
 * The web page's workbook over the .xlsx port: opened from bytes as the page opens a file,
 * validated, written, given a reason, and written back to bytes that differ from the input only
 * in the planned cells and the reason.
 */

jest.setTimeout(60_000);

/** The sample with the first form's first actual lowered below its target: a score to fix and a reason to give. */
async function loweredSample(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(SAMPLE_XLSX) as unknown as ArrayBuffer);
  book.worksheets[0]!.getCell("F14").value = 1;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function open(bytes: Uint8Array, name = "自评表.xlsx"): Promise<OpenedWorkbook> {
  const outcome = await openWorkbookFile(bytes, name, "zh-CN");
  if (!outcome.ok) throw new Error(outcome.message["zh-CN"]);
  return outcome.workbook;
}

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

/** Every cell's value of every sheet, by sheet and A1. */
function valuesOf(book: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of book.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) =>
        out.set(`${ws.name}!${cell.address}`, JSON.stringify(cell.value))
      )
    );
  return out;
}

function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

describe("the web page's workbook", () => {
  it("generates the 汇总表 as in Excel, shows it, replaces it the next time, and downloads it with its links", async () => {
    const grids = await summarySample();
    const workbook = await open(new Uint8Array(await workbookFromGrids(grids).xlsx.writeBuffer()));
    const progress: string[] = [];
    const done = await workbook.actions.writeSummary((p) => progress.push(`${p.done}/${p.total}`));
    expect(done).toMatchObject({ sheet: "汇总", forms: 8, formsWithErrors: 2 });
    expect(progress).toHaveLength(grids.length);
    expect(done.results.map((r) => r.sheet)).toEqual(grids.map((g) => g.sheet));
    expect(workbook.sheetNames()).toEqual(["汇总", ...grids.map((g) => g.sheet)]);
    expect(workbook.activeSheet()).toBe("汇总");
    const again = await workbook.actions.writeSummary();
    expect(again.sheet).toBe("汇总");
    expect(workbook.sheetNames()).toEqual(["汇总", ...grids.map((g) => g.sheet)]);

    const saved = await reread(await workbook.toBytes());
    expect(saved.worksheets.map((ws) => ws.name)).toEqual(workbook.sheetNames());
    const summary = saved.getWorksheet("汇总")!;
    expect(summary.getCell("C4").formula).toBe(
      'HYPERLINK("#安全生产举报奖励项目!A1","安全生产举报奖励项目")'
    );
    expect(summary.getCell("A12").value).toBe("合计");
  });

  it("validates every sheet with progress, writes, takes a reason, and saves only those changes", async () => {
    const input = await loweredSample();
    const workbook = await open(input);
    const progress: string[] = [];
    const results = await workbook.actions.validate("all", (p) =>
      progress.push(`${p.done}/${p.total}`)
    );
    expect(results.map((r) => r.sheet)).toEqual(workbook.sheetNames());
    expect(progress).toEqual(results.map((_, i) => `${i + 1}/${results.length}`));

    const first = workbook.sheetNames()[0]!;
    const active = await workbook.actions.validate("active");
    expect(active.map((r) => r.sheet)).toEqual([first]);
    const findings = active.flatMap((r) => r.evaluations.flatMap((e) => e.findings));
    const reason = findings.find((f) => f.code === "reason.required")!;
    expect(reason).toBeDefined();

    const preview = previewWrites(active);
    expect(preview.rows.map((r) => r.cell)).toEqual(expect.arrayContaining(["H14", "H21"]));
    const revision = workbook.revision();
    await workbook.actions.write(preview.plans);
    expect(workbook.revision()).toBeGreaterThan(revision);
    // A second write of the same validation changes nothing.
    const again = previewWrites(await workbook.actions.validate("active"));
    expect(again.rows).toEqual([]);

    const text = "受疫情影响，第二次举报受理培训推迟至次年。";
    const after = await workbook.actions.writeReason(first, reason.address, text);
    expect(
      after.evaluations.flatMap((e) => e.findings).filter((f) => f.code === "reason.required")
    ).toEqual([]);

    const before = await reread(input);
    const saved = await reread(await workbook.toBytes());
    const written = preview.rows.map((r) => `${r.sheet}!${r.cell}`);
    expect(changedKeys(valuesOf(before), valuesOf(saved))).toEqual(
      [...written, `${first}!${toA1(reason.address)}`].sort()
    );
    expect(saved.worksheets[0]!.getCell(toA1(reason.address)).value).toBe(text);
    // Merges and the look of untouched cells are kept.
    for (const [i, ws] of before.worksheets.entries()) {
      const out = saved.worksheets[i]!;
      expect(out.name).toBe(ws.name);
      expect(out.model.merges.sort()).toEqual(ws.model.merges.sort());
      expect(out.getCell("A1").style).toEqual(ws.getCell("A1").style);
      expect(out.getColumn(4).width).toBe(ws.getColumn(4).width);
    }
  });

  it("restores what the writes changed, and clears the marks only", async () => {
    const workbook = await open(await loweredSample());
    const preview = previewWrites(await workbook.actions.validate("all"));
    await workbook.actions.write(preview.plans);
    expect(await workbook.actions.clearMarks()).toBeGreaterThan(0);
    expect(await workbook.actions.restore()).toBeGreaterThan(0);
    expect(await workbook.actions.restore()).toBe(0);
    const fresh = previewWrites(await workbook.actions.validate("all"));
    expect(fresh.rows).toEqual(preview.rows);
  });

  it("selects a finding's cell and takes the clicked cell as a header (指定列)", async () => {
    const workbook = await open(new Uint8Array(readFileSync(SAMPLE_XLSX)));
    const sheet = workbook.sheetNames()[1]!;
    await workbook.actions.selectCell(sheet, { row: 11, col: 6 });
    expect(workbook.activeSheet()).toBe(sheet);
    expect(workbook.selection()).toEqual({ sheet, address: { row: 11, col: 6 } });
    const pointed = await workbook.actions.pointOutHeader(sheet, "weight");
    expect(pointed.ok).toBe(true);
    expect((await workbook.actions.loadHints()).hints).toHaveLength(1);
    const other = await workbook.actions.pointOutHeader(workbook.sheetNames()[0]!, "weight");
    expect(other).toMatchObject({ ok: false, refusal: "other-sheet" });
  });

  it("inserts new forms as sheets of the downloaded workbook", async () => {
    const workbook = await open(new Uint8Array(readFileSync(SAMPLE_XLSX)));
    const input = { name: "防汛物资储备", dept: "应急管理局", year: 2025 };
    const names = await workbook.actions.insertTemplates([input]);
    expect(names).toHaveLength(1);
    const saved = await reread(await workbook.toBytes());
    expect(saved.worksheets.map((ws) => ws.name)).toContain(names[0]);
  });

  it("says why a file cannot be opened, an old .xls or .et with the way to save it as .xlsx", async () => {
    const old = await openWorkbookFile(new Uint8Array(oldXlsBytes()), "表.et", "zh-CN");
    expect(old).toMatchObject({ ok: false, oldFormat: true });
    const junk = await openWorkbookFile(new TextEncoder().encode("不是工作簿"), "a.xlsx", "zh-CN");
    expect(junk.ok).toBe(false);
    if (!junk.ok) expect(junk.message["zh-CN"]).toMatch(/不是 Excel 工作簿/);
    expect(scoredFileName("自评表.xlsm")).toBe("自评表（已评分）.xlsx");
  });
});

describe("what the page keeps between visits (the browser's storage)", () => {
  const sample = () => new Uint8Array(readFileSync(SAMPLE_XLSX));
  async function openWith(store: KeyValueStore, name = "自评表.xlsx"): Promise<OpenedWorkbook> {
    const outcome = await openWorkbookFile(sample(), name, "zh-CN", undefined, pageStorage(store));
    if (!outcome.ok) throw new Error(outcome.message["zh-CN"]);
    return outcome.workbook;
  }

  it("keeps the chosen profile and language for the next workbook and the next visit", async () => {
    const store = memoryStore();
    const first = await openWith(store);
    const chosen = { profile: builtinProfile("province-2022"), language: "en-US" as const };
    await first.actions.saveSettings(chosen);
    const next = await openWith(store, "另一个部门.xlsx");
    const loaded = await next.actions.loadSettings();
    expect(loaded.profile.id).toBe("province-2022");
    expect(loaded.language).toBe("en-US");
    expect(loaded.refused).toEqual([]);
    expect(JSON.parse(store.getItem(SETTINGS_KEY)!)).toMatchObject({
      version: 1,
      language: "en-US",
    });
  });

  it("keeps a workbook's 指定列 for that workbook and its scored copy, not for others", async () => {
    const store = memoryStore();
    const first = await openWith(store);
    const sheet = first.sheetNames()[1]!;
    await first.actions.selectCell(sheet, { row: 11, col: 6 });
    expect((await first.actions.pointOutHeader(sheet, "weight")).ok).toBe(true);

    const again = await openWith(store, "自评表.xlsx");
    expect((await again.actions.loadHints()).hints).toHaveLength(1);
    const scored = await openWith(store, scoredFileName("自评表.xlsx"));
    expect((await scored.actions.loadHints()).hints).toHaveLength(1);
    const other = await openWith(store, "另一个部门.xlsx");
    expect((await other.actions.loadHints()).hints).toHaveLength(0);

    const [hint] = (await again.actions.loadHints()).hints;
    await again.actions.removeHint(hint!);
    expect((await (await openWith(store)).actions.loadHints()).hints).toHaveLength(0);
  });

  it("says why a stored profile is refused, and scores by mof-2020 meanwhile", async () => {
    const store = memoryStore();
    store.setItem(
      SETTINGS_KEY,
      JSON.stringify({ version: 1, profile: { extends: "mof-2020", executionLow: "80%" } })
    );
    const loaded = await (await openWith(store)).actions.loadSettings();
    expect(loaded.profile.id).toBe("mof-2020");
    expect(loaded.refused.length).toBeGreaterThan(0);
  });

  it("works for the session when the browser refuses to store, and reads damaged values as none", async () => {
    const refusing: KeyValueStore = {
      getItem: () => "{damaged",
      setItem: () => {
        throw new DOMException("quota", "QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    const storage = pageStorage(refusing);
    expect(storage.read(SETTINGS_KEY)).toBeNull();
    expect(storage.write(hintsKey("a.xlsx"), { version: 1, hints: [] })).toBe(false);
    expect(storage.read(hintsKey("a.xlsx"))).toEqual({ version: 1, hints: [] });
    const workbook = await openWith(refusing);
    await workbook.actions.saveSettings({
      profile: builtinProfile("mof-2020-cost"),
      language: "zh-CN",
    });
    expect((await workbook.actions.loadSettings()).profile.id).toBe("mof-2020-cost");
  });
});

describe("what the downloaded copy would lose, told before saving, as the command line tells it", () => {
  const fidelity = (...parts: string[]) =>
    new Uint8Array(readFileSync(path.join(FIXTURES, "fidelity", ...parts)));

  it("names a chart sheet, in each language, from the package's audit", async () => {
    const workbook = await open(fidelity("exceljs", "chart-sheet.xlsx"), "图表.xlsx");
    expect(workbook.unkept).toContain("chart-sheet");
    expect(workbook.unkeptNames["zh-CN"]).toMatch(/图表工作表/);
    expect(workbook.unkeptNames["en-US"]).toMatch(/chart sheets/);
  });

  it("names pivot tables", async () => {
    const workbook = await open(fidelity("calamine", "pivots.xlsx"), "透视.xlsx");
    expect(workbook.unkept).toContain("pivot-table");
  });

  it("finds nothing to lose in the sample forms", async () => {
    const workbook = await open(new Uint8Array(readFileSync(SAMPLE_XLSX)));
    expect(workbook.unkept).toEqual([]);
    expect(workbook.unkeptNames["zh-CN"]).toBe("");
  });

  it('keeps LibreOffice\'s fit to page (fitToPage="true") in the downloaded copy', async () => {
    const workbook = await open(fidelity("libreoffice", "sample-2021.lo.xlsx"));
    const copy = await reread(await workbook.toBytes());
    expect(copy.worksheets[0]!.pageSetup.fitToPage).toBe(true);
  });

  it("checks the zip's directory before anything is unpacked", () => {
    const bytes = writeZip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
    ]);
    expect(checkFormat(new Uint8Array(bytes))).toEqual({ ok: true });
    expect(checkFormat(new Uint8Array(bytes.subarray(0, 40)))).toMatchObject({
      ok: false,
      problem: { code: "corrupt" },
    });
    const other = writeZip([{ name: "word/document.xml", data: Buffer.from("<w/>") }]);
    expect(checkFormat(new Uint8Array(other))).toMatchObject({
      ok: false,
      problem: { code: "not-a-workbook" },
    });
  });
});
