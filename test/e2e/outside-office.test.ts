// The production build, opened in chromium as a plain web page (no Office): E2E_PROD_DIR names a
// build made beforehand (npm run build) instead of this run's.
import { readdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { builtAddin } from "./helpers/build";
import { isBlockedOfficeTelemetry, launchChromium, watchPage } from "./helpers/browser";
import { serveFolder, type StaticServer } from "./helpers/serve";
import { saveScreenshot } from "./helpers/screenshots";

jest.setTimeout(300_000);

describe("the production task pane opened outside Office", () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = await builtAddin("production");
    server = await serveFolder(dir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("says that the add-in runs inside Excel, without a script error or a request off this machine", async () => {
    const page = await browser.newPage({ viewport: { width: 420, height: 640 } });
    const problems = await watchPage(page, server.origin);
    await page.goto(`${server.origin}/taskpane.html`);
    const notice = page.getByTestId("outside-office");
    await notice.waitFor({ timeout: 30_000 });
    const text = await notice.innerText();
    expect(text).toContain("请在 Excel 中使用");
    expect(text).toContain("Open this inside Excel");
    await expect(page.getByTestId("web-link").getAttribute("href")).resolves.toBe("web.html");
    await saveScreenshot(page, "pane-outside-office");
    // Give office.js time to do what it does after start-up before judging the page.
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1_000);
    // Outside Office, office.js tries to frame Microsoft's telemetry page; the page's CSP
    // refuses it before any request is made, and Chromium reports the refusal as an error.
    const consoleErrors = problems.consoleErrors.filter((m) => !isBlockedOfficeTelemetry(m));
    expect({ ...problems, consoleErrors }).toEqual({
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      foreignRequests: [],
    });
  });

  it("in Internet Explorer's webview (Trident) shows which Office runs the pane, not a blank page", async () => {
    const page = await browser.newPage({
      viewport: { width: 420, height: 640 },
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    await page.goto(`${server.origin}/taskpane.html`);
    const notice = page.getByTestId("legacy-webview");
    await notice.waitFor({ state: "visible", timeout: 30_000 });
    const text = await notice.innerText();
    expect(text).toContain("此版本的 Office 无法运行任务窗格");
    expect(text).toContain("selfeval check");
    expect(text).toContain("This version of Office cannot run the task pane");
    expect(await page.locator("#container").isVisible()).toBe(false);
    await page.close();
  });

  it("ships no playground (exceljs only in 网页版's lazy chunk: test/build/bundle-size.test.ts)", async () => {
    const response = await fetch(`${server.origin}/playground.html`);
    expect(response.status).toBe(404);
    const files = readdirSync(dir);
    expect(files.filter((f) => /playground/i.test(f))).toEqual([]);
  });
});
