import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import type { Builds } from "./builds";
import { launchChromium } from "../test/e2e/helpers/browser";
import { serveFolder } from "../test/e2e/helpers/serve";
import { median } from "./stats";

/**
 * Task pane start in headless chromium: milliseconds from navigation start to the first frame
 * that shows an enabled button, for the production pane (office.js replaced by the fake Excel
 * host, so the real pane renders as inside Excel) and for a minimal React + Fluent UI page,
 * measured alternately in the same run. The production page with the real office.js outside
 * Office is measured too, to its notice that the add-in runs inside Excel.
 */

export interface PaneStart {
  runs: number;
  /** Median ms to the first enabled button, per page. */
  pane: number;
  minimal: number;
  /** The production page outside Office, to its notice. */
  outsideNotice: number;
  /** Median over the rounds of the pane's time ÷ the minimal page's time in the same round. */
  ratio: number;
  /** Median pane time ÷ median minimal time, for comparison. */
  ratioOfMedians: number;
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

/**
 * The production pane as Excel would host it: the build's own files, with office.js being the
 * stub. Served as files rather than swapped in by request interception, whose round trips
 * through the driver would add tens of noisy milliseconds to every script of either page.
 */
function paneInExcel(builds: Builds, stub: string): string {
  const dir = path.join(path.dirname(builds.product), "in-excel");
  mkdirSync(path.join(dir, "office-js"), { recursive: true });
  for (const entry of readdirSync(builds.product, { withFileTypes: true }))
    if (entry.isFile())
      copyFileSync(path.join(builds.product, entry.name), path.join(dir, entry.name));
  cpSync(path.join(builds.product, "assets"), path.join(dir, "assets"), { recursive: true });
  writeFileSync(path.join(dir, "office-js", "office.js"), stub);
  return dir;
}

async function timeTo(browser: Browser, url: string, mark: Mark): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 350, height: 700 } });
  try {
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    // Watched, not intercepted: nothing may leave the machine, and a page that tries fails the run.
    const origin = new URL(url).origin;
    page.on("request", (request) => {
      if (!request.url().startsWith(origin)) errors.push(`request to ${request.url()}`);
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
export async function measurePaneStart(builds: Builds, runs = 31): Promise<PaneStart> {
  const root = path.dirname(builds.product);
  const stub = readFileSync(path.join(builds.reference, "office-stub.js"), "utf8");
  const inExcel = path.basename(paneInExcel(builds, stub));
  const server = await serveFolder(root);
  const browser = await launchChromium();
  try {
    const at = (page: string) => `${server.origin}/${page}`;
    const pages = {
      pane: () => timeTo(browser, at(`${inExcel}/taskpane.html`), "button"),
      minimal: () => timeTo(browser, at("reference/minimal.html"), "button"),
      outside: () => timeTo(browser, at("product/taskpane.html"), "notice"),
    };
    const loads = { pane: [] as Load[], minimal: [] as Load[], outside: [] as Load[] };
    for (const name of ["pane", "minimal", "outside"] as const) await pages[name]();
    // Each round loads both pages back to back, in turn first, so a slow spell of the shared
    // machine falls on both halves of a pair rather than on one page.
    for (let i = 0; i < runs; i += 1) {
      const order = i % 2 === 0 ? (["pane", "minimal"] as const) : (["minimal", "pane"] as const);
      for (const name of order) loads[name].push(await pages[name]());
      loads.outside.push(await pages.outside());
    }
    const mid = (list: Load[], pick: (l: Load) => number) => median(list.map(pick));
    const pane = mid(loads.pane, (l) => l.mark);
    const minimal = mid(loads.minimal, (l) => l.mark);
    return {
      runs,
      pane,
      minimal,
      outsideNotice: mid(loads.outside, (l) => l.mark),
      ratio: median(loads.pane.map((l, i) => l.mark / loads.minimal[i]!.mark)),
      ratioOfMedians: pane / minimal,
      paneScripts: mid(loads.pane, (l) => l.scripts),
      minimalScripts: mid(loads.minimal, (l) => l.scripts),
      stubGzipBytes: gzipSync(stub, { level: 9 }).length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
