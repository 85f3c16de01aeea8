// The budgets of issue 8 and the security checks of issue 9 on the production build that the
// browser set-up made once for every browser test. Figures go to stdout.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { builtForTests, type Entrypoints } from "../e2e/helpers/entrypoints";

const KB = 1024;
/**
 * taskpane and commands: each page's initial JavaScript (issue 8). web: 网页版 before a file is
 * opened (issue 19), the pane and the page's shell; exceljs and the engine come with the file. commandClick: what the first
 * click on 一键校验 fetches — the engine, the Excel shell and the result dialog, kept out of the
 * function file that Office opens with the ribbon.
 */
const BUDGET = { taskpane: 160 * KB, commands: 40 * KB, commandClick: 60 * KB, web: 130 * KB };
/** Packages that must never reach the commands bundle (issue 6: it loads without React). */
const UI_PACKAGES = /node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel)[\\/]/;

interface Built {
  outDir: string;
  entrypoints: Entrypoints;
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** The JavaScript files a page loads before it runs: every chunk of the entry point. */
function initialJs(built: Built, entry: string): string[] {
  return built.entrypoints[entry]!.files.filter((name) => name.endsWith(".js"));
}

/** The source files (node_modules included) bundled into an entry point's chunks. */
function modulesOf(built: Built, entry: string): string[] {
  return built.entrypoints[entry]!.modules;
}

const kb = (bytes: number) => (bytes / KB).toFixed(1) + " KB";

let built: Built;

beforeAll(async () => {
  // The production build of this run, made once for every browser test (test/e2e/global-setup.ts).
  const status = await builtForTests();
  if (!status.prodDir || !status.entrypoints)
    throw new Error("this run made no production build (E2E_PROD_DIR was given)");
  built = { outDir: status.prodDir, entrypoints: status.entrypoints };
}, 600_000);

describe("production bundles", () => {
  test("the task pane's initial JavaScript is at most 160 KB gzip and the commands' at most 40 KB", () => {
    const sizes: Record<string, number> = {};
    const lines = ["bundle sizes (gzip -9, production):"];
    for (const entry of ["taskpane", "commands", "result", "web"]) {
      const files = initialJs(built, entry);
      expect(files.length).toBeGreaterThan(0);
      sizes[entry] = files.reduce((sum, f) => sum + gzipSize(path.join(built.outDir, f)), 0);
      lines.push(`  ${entry.padEnd(9)} ${kb(sizes[entry]!).padStart(9)}  (${files.join(", ")})`);
    }
    const click = built.entrypoints.commands!.lazyFiles.filter((f) => f.endsWith(".js"));
    const clickSize = click.reduce((sum, f) => sum + gzipSize(path.join(built.outDir, f)), 0);
    lines.push(`  a click on 一键校验 fetches ${kb(clickSize)}  (${click.join(", ")})`);
    lines.push(
      `  budgets: taskpane ≤ ${kb(BUDGET.taskpane)}, commands ≤ ${kb(BUDGET.commands)}, the click ≤ ${kb(BUDGET.commandClick)}, web ≤ ${kb(BUDGET.web)}`
    );
    process.stdout.write(lines.join("\n") + "\n");
    expect(sizes.taskpane).toBeLessThanOrEqual(BUDGET.taskpane);
    expect(sizes.commands).toBeLessThanOrEqual(BUDGET.commands);
    expect(sizes.web).toBeLessThanOrEqual(BUDGET.web);
    expect(click.length).toBeGreaterThan(0);
    expect(clickSize).toBeLessThanOrEqual(BUDGET.commandClick);
  });

  test("the commands bundle holds no React or Fluent UI, before or after a click, while the task pane does", () => {
    const commands = [...modulesOf(built, "commands"), ...built.entrypoints.commands!.lazyModules];
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((m) => UI_PACKAGES.test(m))).toEqual([]);
    expect(
      modulesOf(built, "taskpane").some((m) => /node_modules[\\/]react-dom[\\/]/.test(m))
    ).toBe(true);
  });

  test("exceljs reaches only 网页版, and only after the page is up", () => {
    const exceljs = /node_modules[\\/]exceljs[\\/]/;
    for (const entry of ["taskpane", "commands", "result"]) {
      const all = [...modulesOf(built, entry), ...built.entrypoints[entry]!.lazyModules];
      expect({ entry, exceljs: all.some((m) => exceljs.test(m)) }).toEqual({
        entry,
        exceljs: false,
      });
    }
    expect(modulesOf(built, "web").some((m) => exceljs.test(m))).toBe(false);
    expect(built.entrypoints.web!.lazyModules.some((m) => exceljs.test(m))).toBe(true);
  });

  test("no emitted bundle of ours calls eval or new Function", () => {
    const ours = fs.readdirSync(built.outDir).filter((f) => f.endsWith(".js"));
    expect(ours.length).toBeGreaterThanOrEqual(3);
    for (const file of ours) {
      const text = fs.readFileSync(path.join(built.outDir, file), "utf8");
      expect({
        file,
        eval: /\beval\s*\(/.test(text),
        newFunction: /new\s+Function\s*\(/.test(text),
      }).toEqual({
        file,
        eval: false,
        newFunction: false,
      });
    }
  });

  test("every page starts its head with a CSP that allows scripts from its own origin only", () => {
    const pages = fs.readdirSync(built.outDir).filter((f) => f.endsWith(".html"));
    expect(pages.sort()).toEqual(["commands.html", "result.html", "taskpane.html", "web.html"]);
    for (const file of pages) {
      const html = fs.readFileSync(path.join(built.outDir, file), "utf8");
      const head = html.slice(html.indexOf("<head>"), html.indexOf("</head>"));
      const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(head);
      expect(csp).not.toBeNull();
      expect(head.indexOf(csp![0])).toBeLessThan(head.indexOf("<script"));
      const policy = csp![1]!;
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(policy).not.toMatch(/unsafe-eval/);
      expect(policy).toMatch(/connect-src 'self'(;|$)/);
      expect(policy).toMatch(/object-src 'none'/);
      // office.js from our own copy, not the CDN; 网页版 runs outside Office and loads none.
      if (file === "web.html") expect(html).not.toMatch(/office\.js/);
      else expect(html).toMatch(/<script src="?office-js\/office\.js"?>/);
    }
  });

  test("office.js and what it loads for Excel are copied, and nothing for the other hosts", () => {
    const dir = path.join(built.outDir, "office-js");
    for (const file of [
      "office.js",
      "excel-win32-16.01.js",
      "excel-mac-16.00.js",
      "excel-web-16.00.js",
      "zh-cn/office_strings.js",
      "en-us/office_strings.js",
      "LICENSE.md",
    ]) {
      expect(fs.existsSync(path.join(dir, file))).toBe(true);
    }
    const all = fs.readdirSync(dir, { recursive: true }).map(String);
    expect(
      all.filter((f) =>
        /(^|[\\/])(word|outlook|powerpoint|onenote|project|access)[^\\/]*\.js$/.test(f)
      )
    ).toEqual([]);
    expect(all.filter((f) => f.endsWith(".debug.js"))).toEqual([]);
    const bytes = all.reduce((sum, f) => {
      const stat = fs.statSync(path.join(dir, f));
      return stat.isFile() ? sum + stat.size : sum;
    }, 0);
    process.stdout.write(
      `office-js copied: ${all.length} entries, ${(bytes / KB / KB).toFixed(1)} MB\n`
    );
  });

  test("dist/manifest.xml and the icons it names are in the output", () => {
    const manifest = fs.readFileSync(path.join(built.outDir, "manifest.xml"), "utf8");
    const icons = Array.from(manifest.matchAll(/\/(assets\/[\w-]+\.png)"/g), (m) => m[1]!);
    expect(icons.length).toBeGreaterThan(10);
    for (const icon of icons) expect(fs.existsSync(path.join(built.outDir, icon))).toBe(true);
    expect(fs.existsSync(path.join(built.outDir, "assets/support.html"))).toBe(true);
  });
});
