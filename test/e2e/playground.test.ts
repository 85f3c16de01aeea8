import { previewWrites } from "../../src/taskpane/pane-model";
// End-to-end in Chromium: the development build of this run (with the playground) drives the real
// task pane against the simulated workbook. To iterate faster, E2E_BUILD_DIR names a build made
// beforehand (npm run build:dev), E2E_EXAMPLE another example file; `npm run screenshots` copies
// the best screenshots from test-output/screenshots to docs/images.
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { evaluate, formatFinding, MARK_FILLS, summarize, toA1, type Finding } from "../../src/core";
import { officeHost } from "../../src/excel";
import { createFakeOffice } from "../../dev/fake-office";
import { toFakeWorkbook } from "../../dev/playground/load-xlsx";
import { stringsFor } from "../../src/taskpane/i18n";
import { createExcelPaneActions } from "../../src/taskpane/excel-pane-actions";
import { builtAddin, ROOT } from "./helpers/build";
import { launchChromium, watchPage, type PageProblems } from "./helpers/browser";
import { serveFolder, type StaticServer } from "./helpers/serve";
import { saveScreenshot, SCREENSHOT_DIR } from "./helpers/screenshots";
import { summarySample } from "../helpers/summary-sample";
import { workbookFromGrids } from "../xlsx/workbook-builder";

jest.setTimeout(600_000);

/** The example the playground opens by default (the same file the dev build serves). */
const EXAMPLE = process.env.E2E_EXAMPLE ?? path.join(ROOT, "examples", "示例-2021.xlsx");
const zh = stringsFor("zh-CN");
const en = stringsFor("en-US");

interface Expected {
  sheets: { sheet: string; findings: Finding[] }[];
  /** After the test's edit (F14 → 1) and 写入: the fill of every filled cell of the first sheet. */
  fillsAfterWrite: Record<string, string>;
}

/** What the engine and the Excel shell give for the example, computed here in Node on the same fake host. */
async function computeExpected(): Promise<Expected> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(EXAMPLE);
  const office = createFakeOffice({ workbook: toFakeWorkbook(source) });
  const actions = createExcelPaneActions({ host: officeHost(office) });
  const results = await actions.validate("all");
  const sheets = results.map((r) => ({
    sheet: r.sheet,
    findings: r.evaluations.flatMap((e) => e.findings),
  }));
  const first = office.workbook.sheets[0]!;
  office.workbook.updateCell(first, 13, 5, (c) => {
    c.value = 1;
  });
  await actions.write(previewWrites(await actions.validate("active")).plans);
  const fillsAfterWrite: Record<string, string> = {};
  for (const [row, cells] of first.rows)
    for (const [col, c] of cells) if (c.fill) fillsAfterWrite[toA1({ row, col })] = c.fill;
  return { sheets, fillsAfterWrite };
}

/** The fill of every filled cell the grid shows. */
async function gridFills(page: Page): Promise<Record<string, string>> {
  return page
    .locator('table[role="grid"] td[data-fill]:not([data-fill=""])')
    .evaluateAll((tds) =>
      Object.fromEntries(
        tds.map((td) => [td.getAttribute("data-cell"), td.getAttribute("data-fill")])
      )
    );
}

const cell = (page: Page, a1: string) => page.locator(`table[role="grid"] td[data-cell="${a1}"]`);
const pane = (page: Page) => page.getByRole("complementary", { name: "任务窗格 / task pane" });

describe("the browser playground", () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;
  let expected: Expected["sheets"];
  let fillsAfterWrite: Record<string, string>;

  beforeAll(async () => {
    ({ sheets: expected, fillsAfterWrite } = await computeExpected());
    dir = await builtAddin("development");
    server = await serveFolder(dir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    problems = await watchPage(page, server.origin);
    await page.goto(`${server.origin}/playground.html`);
    await page.locator('table[role="grid"]').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens the example workbook: its sheets as tabs and its first form in the grid", async () => {
    const tabs = page.getByRole("tablist", { name: "工作表 / sheets" }).getByRole("tab");
    await expect(tabs.allInnerTexts()).resolves.toEqual(expected.map((e) => e.sheet));
    await expect(cell(page, "A1").innerText()).resolves.toBe("项目支出绩效自评表");
    await expect(page.getByTestId("file-name").innerText()).resolves.toBe("示例-2021.xlsx");
  });

  it("validates the sheet and lists the findings the engine gives, worded by the core", async () => {
    await pane(page).getByRole("button", { name: zh.validateActive }).click();
    const first = expected[0]!;
    const card = pane(page).getByRole("article").first();
    await card.waitFor();
    const buttons = card.locator("button[data-finding]");
    await expect(buttons.count()).resolves.toBe(first.findings.length);
    const texts = await buttons.allInnerTexts();
    for (const finding of first.findings) {
      const text = `${toA1(finding.address)}\n${formatFinding(finding, "zh-CN")}`;
      expect(texts.some((t) => t.startsWith(text))).toBe(true);
    }
    expect(first.findings.map((f) => f.code)).toContain("goals.copied");
    await saveScreenshot(page, "pane-playground-validated");
  });

  it("selects a finding's cell in the grid when the finding is clicked, or chosen by keyboard", async () => {
    const copied = expected[0]!.findings.find((f) => f.code === "goals.copied")!;
    const a1 = toA1(copied.address);
    await pane(page).locator('button[data-finding="goals.copied"]').click();
    await expect(cell(page, a1).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.getByTestId("name-box").innerText()).resolves.toMatch(new RegExp(`^${a1}`));

    // Arrow down to the next finding and press Enter: its cell is selected.
    const buttons = pane(page).locator("button[data-finding]");
    const index = (
      await buttons.evaluateAll((els) => els.map((e) => e.getAttribute("data-finding")))
    ).indexOf("goals.copied");
    await page.keyboard.press("ArrowDown");
    const next = await buttons.nth(index + 1).innerText();
    const nextCell = next.split("\n")[0]!;
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("name-box").innerText()).resolves.toMatch(
      new RegExp(`^${nextCell}`)
    );
  });

  it("edits a cell: an actual below its target makes a score to fix and a reason to give", async () => {
    await cell(page, "F14").dblclick();
    const editor = page.getByRole("textbox", { name: "F14" });
    await editor.fill("1");
    await editor.press("Enter");
    await expect(cell(page, "F14").innerText()).resolves.toBe("1");
    await pane(page).getByRole("button", { name: zh.validateActive }).click();
    await pane(page).locator('button[data-finding="reason.required"]').waitFor();
    await expect(pane(page).locator('button[data-finding="score.wrong"]').count()).resolves.toBe(1);
  });

  it("previews the writes, writes them, and the grid shows the new values and marks", async () => {
    await pane(page).getByRole("button", { name: zh.previewWrites }).click();
    const table = pane(page).getByRole("table", { name: zh.previewTitle });
    await table.waitFor();
    const row = table.locator('tr[data-cell="H14"] td');
    await expect(row.allInnerTexts()).resolves.toEqual([
      `H14 ${zh.kind["indicator-score"]}`,
      "10",
      "5",
    ]);
    await saveScreenshot(page, "pane-preview");
    const before = await cell(page, "H14").innerText();
    expect(before).toBe("10");

    await pane(page).getByRole("button", { name: zh.write, exact: true }).click();
    await pane(page).getByRole("status").filter({ hasText: "已写入" }).waitFor();
    await expect(cell(page, "H14").innerText()).resolves.toBe("5");
    await expect(cell(page, "H21").innerText()).resolves.toBe("95分");
    expect(fillsAfterWrite.I14).toBe("FFC7CE");
    await expect(gridFills(page)).resolves.toEqual(fillsAfterWrite);
    await saveScreenshot(page, "pane-written");
  });

  it("restores what the write changed", async () => {
    await pane(page).getByRole("button", { name: zh.restore }).click();
    await pane(page).getByRole("status").filter({ hasText: "已恢复" }).waitFor();
    await expect(cell(page, "H14").innerText()).resolves.toBe("10");
    await expect(cell(page, "H21").innerText()).resolves.toBe("100分");
    await expect(gridFills(page)).resolves.toEqual({});
  });

  it("writes a 偏差原因分析 typed in the pane into the row's cell and validates again", async () => {
    const box = pane(page).getByRole("textbox", { name: /（I14）$/ });
    await box.fill("受疫情影响，第二次举报受理培训推迟至次年。");
    await box.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "pane-reason");
    await pane(page).getByRole("button", { name: zh.reasonSave }).click();
    await pane(page)
      .getByRole("status")
      .filter({ hasText: zh.reasonSaved({ cell: "I14" }) })
      .waitFor();
    await expect(cell(page, "I14").innerText()).resolves.toBe(
      "受疫情影响，第二次举报受理培训推迟至次年。"
    );
    await expect(
      pane(page).locator('button[data-finding="reason.required"]').count()
    ).resolves.toBe(0);
    await saveScreenshot(page, "pane-reason-saved");
  });

  it("creates template sheets with the planned names and shows the new form", async () => {
    await pane(page).getByRole("tab", { name: zh.tabTemplate }).click();
    await pane(page).getByRole("radio", { name: zh.templateModeList }).check();
    const existing = expected[0]!.sheet;
    await pane(page)
      .getByRole("textbox", { name: zh.projectList })
      .fill(`${existing}\n防汛物资储备/采购`);
    await pane(page).getByRole("textbox", { name: zh.dept }).fill("昌吉回族自治州应急管理局");
    await pane(page).getByRole("button", { name: zh.planNames }).click();
    const planned = pane(page).getByTestId("planned-names");
    await planned.waitFor();
    const names = await planned.locator("li > span").allInnerTexts();
    expect(names).toEqual([`${existing} (2)`, "防汛物资储备／采购"]);
    await saveScreenshot(page, "pane-template");
    await pane(page)
      .getByRole("button", { name: zh.createSheets({ count: 2 }) })
      .click();
    await pane(page).getByRole("status").filter({ hasText: "已新建" }).waitFor();
    const tabs = page.getByRole("tablist", { name: "工作表 / sheets" }).getByRole("tab");
    await expect(tabs.allInnerTexts()).resolves.toEqual([
      ...expected.map((e) => e.sheet),
      ...names,
    ]);
    await expect(page.locator(`table[role="grid"]`).getAttribute("data-sheet")).resolves.toBe(
      names[0]
    );
    await expect(cell(page, "A1").innerText()).resolves.toBe("项目支出绩效自评表");
    await expect(cell(page, "B3").innerText()).resolves.toBe(existing);
  });

  it("switches the pane to English and words the findings in English", async () => {
    await pane(page).getByRole("tab", { name: zh.tabSettings }).click();
    await pane(page).getByRole("combobox", { name: zh.language }).selectOption("en-US");
    await pane(page).getByRole("button", { name: zh.saveSettings }).click();
    await pane(page).getByRole("status").filter({ hasText: en.settingsSaved }).waitFor();
    await pane(page).getByRole("tab", { name: en.tabValidate }).click();
    await page.getByRole("tablist", { name: "工作表 / sheets" }).getByRole("tab").first().click();
    await pane(page).getByRole("button", { name: en.validateActive }).click();
    const copied = expected[0]!.findings.find((f) => f.code === "goals.copied")!;
    await pane(page).getByText(formatFinding(copied, "en-US")).waitFor();
    await saveScreenshot(page, "pane-english");
  });

  it("指定列: a header the reader does not know is pointed out, kept with the document, and cleared", async () => {
    // What the engine gives in Node, on the same fake host, for the first form with its 分值
    // header (G12) reworded 「配分」: before and after the header is pointed out.
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(EXAMPLE);
    const office = createFakeOffice({ workbook: toFakeWorkbook(source) });
    const first = office.workbook.sheets[0]!;
    office.workbook.updateCell(first, 11, 6, (c) => {
      c.value = "配分";
    });
    const actions = createExcelPaneActions({ host: officeHost(office) });
    const blind = (await actions.validate("active")).flatMap((r) =>
      r.evaluations.flatMap((e) => e.findings)
    );
    expect(blind.filter((f) => f.code === "layout.missing-part")).toHaveLength(1);
    office.workbook.setSelection(first, { top: 11, left: 6, bottom: 11, right: 6 });
    expect((await actions.pointOutHeader(first.name, "weight")).ok).toBe(true);
    const read = (await actions.validate("active")).flatMap((r) =>
      r.evaluations.flatMap((e) => e.findings)
    );

    const mapPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const mapProblems = await watchPage(mapPage, server.origin);
    await mapPage.goto(`${server.origin}/playground.html`);
    await mapPage.locator('table[role="grid"]').waitFor({ timeout: 60_000 });
    await cell(mapPage, "G12").dblclick();
    const editor = mapPage.getByRole("textbox", { name: "G12" });
    await editor.fill("配分");
    await editor.press("Enter");
    await expect(cell(mapPage, "G12").innerText()).resolves.toBe("配分");

    /** The pane lists exactly these findings: as many buttons, each worded by the core. */
    const expectFindings = async (findings: Finding[]) => {
      const shown = await pane(mapPage).locator("button[data-finding]").allInnerTexts();
      expect(shown).toHaveLength(findings.length);
      for (const f of findings) {
        const text = `${toA1(f.address)}\n${formatFinding(f, "zh-CN")}`;
        expect(shown.some((t) => t.startsWith(text))).toBe(true);
      }
    };

    await pane(mapPage).getByRole("button", { name: zh.validateActive }).click();
    const mapButton = pane(mapPage).getByRole("button", { name: zh.mapColumn });
    await mapButton.waitFor();
    await expectFindings(blind);
    await mapButton.click();
    const bar = pane(mapPage).getByRole("region", { name: zh.mappingTitle });
    await bar.waitFor();
    await cell(mapPage, "G12").click();
    await saveScreenshot(mapPage, "pane-map-column");
    await bar.getByRole("button", { name: zh.mappingConfirm }).click();
    await pane(mapPage)
      .getByRole("status")
      .filter({ hasText: zh.mappingSaved({ cell: "G12", text: "配分", name: "分值" }) })
      .waitFor();
    await expect(pane(mapPage).getByRole("button", { name: zh.mapColumn }).count()).resolves.toBe(
      0
    );
    await expectFindings(read);
    const list = pane(mapPage).getByRole("region", { name: zh.hintsTitle });
    await list.getByText(zh.hintFor({ text: "配分", name: "分值" })).waitFor();

    // Reopened, the pane starts from what was saved with the document: the header holds.
    await mapPage.getByRole("button", { name: "重新打开任务窗格" }).click();
    await pane(mapPage).getByRole("button", { name: zh.validateActive }).click();
    await list.getByText(zh.hintFor({ text: "配分", name: "分值" })).waitFor();
    await expectFindings(read);

    await list.getByRole("button", { name: new RegExp(zh.hintClear) }).click();
    await pane(mapPage).getByRole("button", { name: zh.mapColumn }).waitFor();
    await expect(list.count()).resolves.toBe(0);
    await expectFindings(blind);
    expect(mapProblems).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      foreignRequests: [],
    });
    await mapPage.close();
  });

  it("生成汇总表: the summary sheet of the eight-form sample, its figures the engine's, errors marked, links followed", async () => {
    // The sample as a file to open, and what the pane's actions make of it in Node.
    const grids = await summarySample();
    const file = path.join(SCREENSHOT_DIR, "..", "八个项目.xlsx");
    mkdirSync(path.dirname(file), { recursive: true });
    await workbookFromGrids(grids).xlsx.writeFile(file);
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(file);
    const office = createFakeOffice({ workbook: toFakeWorkbook(source) });
    const done = await createExcelPaneActions({ host: officeHost(office) }).writeSummary();
    expect(done).toMatchObject({ sheet: "汇总", forms: 8, formsWithErrors: 2 });
    const summary = summarize([
      { sheets: grids.map((g) => ({ sheet: g.sheet, grid: g, evaluations: evaluate(g) })) },
    ]);

    const sumPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const sumProblems = await watchPage(sumPage, server.origin);
    await sumPage.goto(`${server.origin}/playground.html`);
    await sumPage.locator('table[role="grid"]').waitFor({ timeout: 60_000 });
    await sumPage.getByTestId("file-input").setInputFiles(file);
    await sumPage.getByTestId("file-name").filter({ hasText: "八个项目.xlsx" }).waitFor();
    await pane(sumPage).getByRole("button", { name: zh.generateSummary }).click();
    await pane(sumPage)
      .getByRole("status")
      .filter({ hasText: zh.summaryWritten({ sheet: "汇总", forms: 8, withErrors: 2 }) })
      .waitFor();
    const tabs = sumPage.getByRole("tablist", { name: "工作表 / sheets" }).getByRole("tab");
    await sumPage.locator('table[role="grid"][data-sheet="汇总"]').waitFor();
    await expect(tabs.allInnerTexts()).resolves.toEqual(["汇总", ...grids.map((g) => g.sheet)]);
    // One row per form, as the engine computed it; the rows with errors shaded.
    for (const [i, row] of summary.rows.entries()) {
      const r = 4 + i;
      await expect(cell(sumPage, `C${r}`).innerText()).resolves.toBe(row.project);
      await expect(cell(sumPage, `K${r}`).innerText()).resolves.toBe(
        row.total === null ? "" : row.total.toFixed(2)
      );
      await expect(cell(sumPage, `A${r}`).getAttribute("data-fill")).resolves.toBe(
        row.errors > 0 ? MARK_FILLS.error : ""
      );
    }
    const totals = 4 + summary.rows.length;
    await expect(cell(sumPage, `A${totals}`).innerText()).resolves.toBe("合计");
    await expect(cell(sumPage, `F${totals}`).innerText()).resolves.toBe("179.27");
    await expect(cell(sumPage, `H${totals}`).innerText()).resolves.toBe("93.86%");
    await expect(cell(sumPage, `K${totals}`).innerText()).resolves.toBe("99.33");
    await saveScreenshot(sumPage, "playground-summary");

    // A project's link leads to its form; the second form of a sheet, to its own top row.
    const pair = summary.rows.findIndex((r) => r.project === "应急广播建设项目");
    await cell(sumPage, `C${4 + pair}`).click();
    await sumPage.getByRole("button", { name: /^转到/ }).click();
    await sumPage
      .locator(`table[role="grid"][data-sheet="${summary.rows[pair]!.sheet}"]`)
      .waitFor();
    await expect(sumPage.getByTestId("name-box").innerText()).resolves.toBe(
      `A${summary.rows[pair]!.range.top + 1}`
    );

    // Generated again, it replaces its own sheet: still one 汇总, first.
    await pane(sumPage).getByRole("button", { name: zh.generateSummary }).click();
    await pane(sumPage).getByRole("status").filter({ hasText: "已生成汇总表" }).waitFor();
    await expect(tabs.allInnerTexts()).resolves.toEqual(["汇总", ...grids.map((g) => g.sheet)]);
    expect(sumProblems).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      foreignRequests: [],
    });
    await sumPage.close();
  });

  it("loaded without a console error, a failed request or a request off this machine", () => {
    expect(problems).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      foreignRequests: [],
    });
  });

  it("opens a local .xlsx through the file picker, and says so when a file is not one", async () => {
    const local = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const localProblems = await watchPage(local, server.origin);
    await local.goto(`${server.origin}/playground.html`);
    await local.locator('table[role="grid"]').waitFor({ timeout: 60_000 });
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("另一个项目");
    ws.getCell("A1").value = "项目支出绩效自评表";
    ws.getCell("B3").value = 0.875;
    ws.getCell("B3").numFmt = "0.0%";
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    await local.getByTestId("file-input").setInputFiles({
      name: "本地.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: bytes,
    });
    await local.getByTestId("file-name").filter({ hasText: "本地.xlsx" }).waitFor();
    const tabs = local.getByRole("tablist", { name: "工作表 / sheets" }).getByRole("tab");
    await expect(tabs.allInnerTexts()).resolves.toEqual(["另一个项目"]);
    await expect(cell(local, "B3").innerText()).resolves.toBe("87.5%");
    await pane(local).getByRole("button", { name: zh.validateActive }).click();
    await pane(local).locator('button[data-finding^="layout."]').first().waitFor();

    await local.getByTestId("file-input").setInputFiles({
      name: "不是表格.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("这不是一个 xlsx 文件"),
    });
    await local.getByText("无法打开工作簿").waitFor();
    await expect(tabs.allInnerTexts()).resolves.toEqual(["另一个项目"]);
    expect(localProblems).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      foreignRequests: [],
    });
    await local.close();
  });

  it("opens the 新建项目表 view directly with ?view=template", async () => {
    const direct = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const directProblems = await watchPage(direct, server.origin);
    await direct.goto(`${server.origin}/playground.html?view=template`);
    await direct
      .getByRole("tab", { name: zh.tabTemplate, selected: true })
      .waitFor({ timeout: 60_000 });
    await direct.getByRole("textbox", { name: zh.projectName }).waitFor();
    expect(directProblems).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      foreignRequests: [],
    });
    await direct.close();
  });
});

/** Copies the best screenshots of a run into docs/images (run with COPY_SCREENSHOTS=1). */
afterAll(() => {
  if (process.env.COPY_SCREENSHOTS !== "1") return;
  const target = path.join(ROOT, "docs", "images");
  mkdirSync(target, { recursive: true });
  for (const name of [
    "pane-preview",
    "pane-written",
    "pane-reason",
    "pane-template",
    "pane-english",
    "pane-outside-office",
  ]) {
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    if (existsSync(file)) copyFileSync(file, path.join(target, `${name}.png`));
  }
});
