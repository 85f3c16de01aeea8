import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Builds } from "./builds";
import { serveFolder } from "../test/e2e/helpers/serve";
import { median } from "./stats";

/**
 * Task pane start in headless chromium: milliseconds from navigation start to the first frame
 * that shows an enabled button, for the production pane (office.js replaced by the fake Excel
 * host, so the real pane renders as inside Excel) and for a minimal React + Fluent UI page,
 * measured alternately in the same run. The production page with the real office.js outside
 * Office is measured too, to its notice that the add-in runs inside Excel.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export interface PaneStart {
  runs: number;
  /** Median ms to the first enabled button, per page. */
  pane: number;
  minimal: number;
  /** The production page outside Office, to its notice. */
  outsideNotice: number;
  ratio: number;
  /** Median ms to DOMContentLoaded (deferred bundles fetched and run), per page. */
  paneScripts: number;
  minimalScripts: number;
  /** gzip bytes of the stub that stands in for office.js. */
  stubGzipBytes: number;
}

interface Load {
  /** ms from navigation start to the mark's first frame. */
  mark: number;
  /** ms from navigation start to the end of DOMContentLoaded. */
  scripts: number;
}

/** Records, in the page, when the first enabled button and the outside-Office notice show. */
const WATCH = `(() => {
  const marks = {};
  window.__marks = marks;
  const wanted = { button: "button:not([disabled])", notice: "[data-testid=outside-office]" };
  const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const check = () => {
    for (const [name, selector] of Object.entries(wanted)) {
      if (marks[name] !== undefined) continue;
      const el = document.querySelector(selector);
      if (!el || !shown(el)) continue;
      marks[name] = performance.now();
      requestAnimationFrame(() => { marks[name + "Frame"] = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

type Mark = "button" | "notice";

async function timeTo(
  browser: Browser,
  url: string,
  mark: Mark,
  stub: string | null
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 350, height: 700 } });
  try {
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    const origin = new URL(url).origin;
    // Nothing leaves the machine; office.js is swapped for the stub when asked.
    await page.route("**/*", (route) => {
      const target = route.request().url();
      if (!target.startsWith(origin)) return route.abort();
      if (stub !== null && target.endsWith("/office-js/office.js"))
        return route.fulfill({ body: stub, contentType: "text/javascript; charset=utf-8" });
      return route.continue();
    });
    await page.addInitScript(WATCH);
    await page.goto(url);
    const key = `${mark}Frame`;
    await page.waitForFunction(
      (k) => (window as unknown as { __marks: Record<string, number> }).__marks[k] !== undefined,
      key,
      { timeout: 60_000 }
    );
    if (errors.length > 0) throw new Error(`${url}: ${errors.join("; ")}`);
    return await page.evaluate((k) => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return {
        mark: (window as unknown as { __marks: Record<string, number> }).__marks[k]!,
        scripts: nav.domContentLoadedEventEnd,
      };
    }, key);
  } finally {
    await context.close();
  }
}

/** Measures each page `runs` times, alternating, after one untimed load of each. */
export async function measurePaneStart(builds: Builds, runs = 9): Promise<PaneStart> {
  const root = path.dirname(builds.product);
  const server = await serveFolder(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const stub = readFileSync(path.join(builds.reference, "office-stub.js"), "utf8");
    const pages = {
      pane: () => timeTo(browser, `${server.origin}/product/taskpane.html`, "button", stub),
      minimal: () => timeTo(browser, `${server.origin}/reference/minimal.html`, "button", null),
      outside: () => timeTo(browser, `${server.origin}/product/taskpane.html`, "notice", null),
    };
    const loads = { pane: [] as Load[], minimal: [] as Load[], outside: [] as Load[] };
    for (const name of ["pane", "minimal", "outside"] as const) await pages[name]();
    for (let i = 0; i < runs; i += 1)
      for (const name of ["pane", "minimal", "outside"] as const)
        loads[name].push(await pages[name]());
    const mid = (list: Load[], pick: (l: Load) => number) => median(list.map(pick));
    const pane = mid(loads.pane, (l) => l.mark);
    const minimal = mid(loads.minimal, (l) => l.mark);
    return {
      runs,
      pane,
      minimal,
      outsideNotice: mid(loads.outside, (l) => l.mark),
      ratio: pane / minimal,
      paneScripts: mid(loads.pane, (l) => l.scripts),
      minimalScripts: mid(loads.minimal, (l) => l.scripts),
      stubGzipBytes: gzipSync(stub, { level: 9 }).length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
