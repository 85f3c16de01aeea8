// 网页版 (dist/web.html) in Chromium, opened straight from disk (file://) as an office without a
// web server would open it, and from a web server: a workbook is opened, validated, written, given
// a reason and downloaded, and the downloaded file is compared with the input cell by cell.
// E2E_PROD_DIR names a production build made beforehand (npm run build) instead of this run's.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { toA1 } from "../../src/core";
import { stringsFor } from "../../src/taskpane/i18n";
import { previewWrites } from "../../src/taskpane/pane-model";
import { openWorkbookFile } from "../../src/web/web-workbook";
import { SAMPLE_XLSX } from "../helpers/fixtures";
import { oldXlsBytes } from "../xlsx/cfb-writer";
import { builtAddin } from "./helpers/build";
import { launchChromium, watchPage, type PageProblems } from "./helpers/browser";
import { serveFolder } from "./helpers/serve";
import { saveScreenshot } from "./helpers/screenshots";

jest.setTimeout(600_000);

const zh = stringsFor("zh-CN");
const en = stringsFor("en-US");
/**
 * The longest the page may hold the main thread while opening and validating 40 forms. Chrome
 * offers to kill a page after seconds; a user gives up on a page that ignores clicks for about
 * one. Measured figures are in docs/performance.md (section 网页版).
 */
const LONGEST_TASK_MS = 1_000;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const NO_PROBLEMS: PageProblems = {
  consoleErrors: [],
  pageErrors: [],
  failedRequests: [],
  foreignRequests: [],
};

/** The sample with its first actual lowered below the target (F14: ≧2次 → 1): a score to fix and a reason to give. */
async function loweredSample(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(SAMPLE_XLSX) as unknown as ArrayBuffer);
  book.worksheets[0]!.getCell("F14").value = 1;
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The sample with a chart on its first sheet, wired as Excel writes one: the sheet's drawing
 * (a relationship and <drawing r:id>), a graphic frame in the drawing, the chart part it names.
 */
async function sampleWithChart(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE_XLSX));
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const sheetPart = "xl/worksheets/sheet1.xml";
  const sheet = await zip.file(sheetPart)!.async("string");
  zip.file(sheetPart, sheet.replace("</worksheet>", `<drawing r:id="rIdChart"/></worksheet>`));
  const relsPart = "xl/worksheets/_rels/sheet1.xml.rels";
  const rels =
    (await zip.file(relsPart)?.async("string")) ??
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  zip.file(
    relsPart,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdChart" Type="${R}/drawing" Target="../drawings/drawing9.xml"/></Relationships>`
    )
  );
  zip.file(
    "xl/drawings/drawing9.xml",
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
  zip.file(
    "xl/drawings/_rels/drawing9.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`
  );
  zip.file(
    "xl/charts/chart1.xml",
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>'
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A department's workbook of 40 projects: the sample's forms copied onto 40 sheets. */
async function fortyForms(): Promise<Buffer> {
  const sample = new ExcelJS.Workbook();
  await sample.xlsx.load(readFileSync(SAMPLE_XLSX) as unknown as ArrayBuffer);
  const book = new ExcelJS.Workbook();
  for (let i = 0; i < 40; i += 1) {
    const from = sample.worksheets[i % sample.worksheets.length]!;
    const sheet = book.addWorksheet(`项目${i + 1}`);
    sheet.model = { ...from.model, name: sheet.name, id: sheet.id };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** What the page showed and how long the main thread was held, recorded in the page itself. */
interface Probe {
  longTasks: number[];
  statuses: string[];
}

async function load(bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

interface CellState {
  value: string;
  style: string;
}

/** Every cell of every sheet with its value and style, by sheet and A1. */
function cellsOf(book: ExcelJS.Workbook): Map<string, CellState> {
  const out = new Map<string, CellState>();
  for (const ws of book.worksheets)
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) =>
        out.set(`${ws.name}!${cell.address}`, {
          value: JSON.stringify(cell.value),
          style: JSON.stringify(cell.style),
        })
      )
    );
  return out;
}

const pane = (page: Page) => page.getByRole("complementary", { name: "任务窗格 / task pane" });

async function openFile(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId("file-input").setInputFiles({ name, mimeType: XLSX_TYPE, buffer });
}

describe("网页版 (web.html)", () => {
  let dir: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = await builtAddin("production");
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function newPage(url: string, origin: string) {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      locale: "zh-CN",
      acceptDownloads: true,
    });
    const problems = await watchPage(page, origin);
    await page.goto(url);
    await page.getByTestId("privacy").waitFor({ timeout: 60_000 });
    return { page, problems };
  }

  it("from file://: opens, validates, writes, takes a reason and downloads only those changes", async () => {
    const url = pathToFileURL(path.join(dir, "web.html")).href;
    const { page, problems } = await newPage(url, url);
    await expect(page.getByTestId("privacy").innerText()).resolves.toContain("不会上传");

    const input = await loweredSample();
    await openFile(page, "自评表.xlsx", input);
    await page.locator('table[role="grid"]').waitFor({ timeout: 60_000 });
    await pane(page).getByRole("button", { name: zh.validateAll }).click();
    await pane(page).locator('button[data-finding="reason.required"]').waitFor({ timeout: 60_000 });

    await pane(page).getByRole("button", { name: zh.previewWrites }).click();
    const table = pane(page).getByRole("table", { name: zh.previewTitle });
    await table.waitFor();
    const planned = await table
      .locator("tr[data-cell]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-cell")));
    expect(planned).toEqual(expect.arrayContaining(["H14", "H21"]));
    await pane(page).getByRole("button", { name: zh.write, exact: true }).click();
    await pane(page).getByRole("status").filter({ hasText: "已写入" }).waitFor();
    await expect(page.locator('table[role="grid"] td[data-cell="H14"]').innerText()).resolves.toBe(
      "5"
    );

    const reason = "受疫情影响，第二次举报受理培训推迟至次年。";
    await pane(page)
      .getByRole("textbox", { name: /（I14）$/ })
      .fill(reason);
    await pane(page).getByRole("button", { name: zh.reasonSave }).click();
    await pane(page)
      .getByRole("status")
      .filter({ hasText: zh.reasonSaved({ cell: "I14" }) })
      .waitFor();
    await saveScreenshot(page, "web-page");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("自评表（已评分）.xlsx");
    const saved = await load(readFileSync((await download.path())!));
    const before = await load(input);

    const first = before.worksheets[0]!.name;
    const a = cellsOf(before);
    const b = cellsOf(saved);
    const valueChanged = [...new Set([...a.keys(), ...b.keys()])]
      .filter((k) => a.get(k)?.value !== b.get(k)?.value)
      .sort();
    expect(valueChanged).toEqual(
      [...planned.map((cell) => `${first}!${cell}`), `${first}!I14`].sort()
    );
    expect(saved.worksheets[0]!.getCell("I14").value).toBe(reason);
    // Styles change only where the plans write a score or mark a finding (computed here in Node
    // by the same page code over the same input).
    const opened = await openWorkbookFile(new Uint8Array(input), "自评表.xlsx", "zh-CN");
    if (!opened.ok) throw new Error("the input does not open in Node");
    const { plans } = previewWrites(await opened.workbook.actions.validate("all"));
    const touched = new Set(
      plans.flatMap((plan) =>
        [...plan.writes, ...plan.marks].map((w) => `${plan.sheet}!${toA1(w.address)}`)
      )
    );
    const styleChanged = [...a.keys()].filter((k) => a.get(k)?.style !== b.get(k)?.style);
    expect(styleChanged.length).toBeGreaterThan(0);
    expect(styleChanged.filter((k) => !touched.has(k))).toEqual([]);
    for (const [i, ws] of before.worksheets.entries()) {
      expect(saved.worksheets[i]!.name).toBe(ws.name);
      expect([...saved.worksheets[i]!.model.merges].sort()).toEqual([...ws.model.merges].sort());
    }
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  });

  it("warns before saving a workbook with a chart, and stops when asked", async () => {
    const url = pathToFileURL(path.join(dir, "web.html")).href;
    const { page, problems } = await newPage(url, url);
    await openFile(page, "有图表.xlsx", await sampleWithChart());
    await page.getByTestId("page-message").filter({ hasText: "图表" }).waitFor({ timeout: 60_000 });
    await page.getByTestId("download").click();
    const confirm = page.getByTestId("unkept-confirm");
    await confirm.waitFor();
    await expect(confirm.innerText()).resolves.toContain("图表");
    let downloads = 0;
    page.on("download", () => (downloads += 1));
    await confirm.getByRole("button", { name: "取消" }).click();
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
    await expect(confirm.count()).resolves.toBe(0);
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  });

  it("opens and validates a workbook of 40 forms with progress shown and the page responsive, and sums them up", async () => {
    const url = pathToFileURL(path.join(dir, "web.html")).href;
    const { page, problems } = await newPage(url, url);
    await page.evaluate(() => {
      const probe: Probe = { longTasks: [], statuses: [] };
      (window as unknown as { probe: Probe }).probe = probe;
      // Tasks over 50 ms (the Long Tasks API): what the user feels as a page that does not answer.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
      }).observe({ type: "longtask" });
      new MutationObserver(() => {
        for (const el of Array.from(document.querySelectorAll('[role="status"]'))) {
          const text = el.textContent ?? "";
          if (!probe.statuses.includes(text)) probe.statuses.push(text);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const readProbe = () => page.evaluate(() => (window as unknown as { probe: Probe }).probe);

    const bytes = await fortyForms();
    const started = Date.now();
    await openFile(page, "部门项目40个.xlsx", bytes);
    await page.getByRole("tab", { name: "项目40" }).waitFor({ timeout: 120_000 });
    const openMs = Date.now() - started;
    const opened = await readProbe();

    const validateAll = pane(page).getByRole("button", { name: zh.validateAll });
    await validateAll.click();
    await page.waitForFunction(
      () =>
        (window as unknown as { probe: Probe }).probe.statuses.some((t) => t.includes("40 / 40")),
      undefined,
      { timeout: 300_000 }
    );
    await pane(page).locator("button[data-finding]").first().waitFor({ timeout: 120_000 });
    const totalMs = Date.now() - started;
    const { longTasks, statuses } = await readProbe();
    const longest = Math.max(0, ...longTasks);
    const longestOpening = Math.max(0, ...opened.longTasks);
    console.log(
      `40 forms in 网页版: opened in ${openMs} ms (longest task ${Math.round(longestOpening)} ms), ` +
        `opened and validated in ${totalMs} ms; longest task ${Math.round(longest)} ms, ` +
        `${longTasks.length} tasks over 50 ms`
    );

    // Each step of opening was on screen, then the validation's count of sheets.
    expect(opened.statuses.some((t) => t.includes("正在解析工作簿"))).toBe(true);
    expect(statuses.filter((t) => /已校验 \d+ \/ 40/.test(t)).length).toBeGreaterThan(5);
    // The page answers between steps: no task holds it for as long as LONGEST_TASK_MS.
    expect(longest).toBeLessThan(LONGEST_TASK_MS);

    // The department's 汇总表 of the 40 projects, as a sheet of the workbook to download.
    await pane(page).getByRole("button", { name: zh.generateSummary }).click();
    await page.getByRole("tab", { name: "汇总" }).waitFor({ timeout: 120_000 });
    await expect(page.getByRole("tab").first().innerText()).resolves.toBe("汇总");
    await expect(page.locator('table[role="grid"]').innerText()).resolves.toContain("项目名称");
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  });

  it("from file://: keeps the language chosen in 设置 across a reload, in the browser's storage", async () => {
    const url = pathToFileURL(path.join(dir, "web.html")).href;
    const { page, problems } = await newPage(url, url);
    await openFile(page, "自评表.xlsx", readFileSync(SAMPLE_XLSX));
    await pane(page).getByRole("tab", { name: zh.tabSettings }).click();
    await pane(page).getByRole("combobox", { name: zh.language }).selectOption("en-US");
    await pane(page).getByRole("button", { name: zh.saveSettings }).click();
    await pane(page).getByRole("status").filter({ hasText: en.settingsSaved }).waitFor();

    await page.reload();
    await page.getByTestId("privacy").waitFor({ timeout: 60_000 });
    // The page itself now speaks English from its first paint, and so does the pane.
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toMatch(/Web/);
    await openFile(page, "自评表.xlsx", readFileSync(SAMPLE_XLSX));
    await pane(page).getByRole("button", { name: en.validateActive }).waitFor({ timeout: 60_000 });
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  });

  it("tells how to save an .xls or .et as .xlsx, in Excel and in WPS", async () => {
    const url = pathToFileURL(path.join(dir, "web.html")).href;
    const { page, problems } = await newPage(url, url);
    await openFile(page, "旧格式.et", oldXlsBytes());
    const message = page.getByTestId("page-message");
    await message.waitFor({ timeout: 60_000 });
    await expect(message.innerText()).resolves.toMatch(/另存为.*Excel 工作簿/);
    await openFile(page, "改了名的旧表.xlsx", oldXlsBytes());
    await message.filter({ hasText: "改了名的旧表.xlsx" }).waitFor();
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  });

  it("from a web server: opens and validates with no request off its origin", async () => {
    const server = await serveFolder(dir);
    try {
      const { page, problems } = await newPage(`${server.origin}/web.html`, server.origin);
      await openFile(page, "自评表.xlsx", readFileSync(SAMPLE_XLSX));
      await pane(page).getByRole("button", { name: zh.validateActive }).click();
      await pane(page).locator("button[data-finding]").first().waitFor({ timeout: 60_000 });
      expect(problems).toEqual(NO_PROBLEMS);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
