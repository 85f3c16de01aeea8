import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where the browser tests' Chromium comes from, decided once per run by the browser set-up. */
export interface ChromiumChoice {
  executable: string;
  source: "CHROMIUM_PATH" | "system" | "npm";
  /** Extra environment for the browser (the npm build's own fonts). */
  env: Record<string, string>;
}

/** System browsers that playwright-core can drive, in order of preference. */
const SYSTEM_BROWSERS: Record<string, string[]> = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/microsoft-edge",
  ],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  ],
  win32: [
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
    "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe",
  ],
};

/** The project's cache for the npm Chromium, one folder per version so versions never mix. */
function npmCacheDir(root: string, version: string): string {
  return path.join(root, "node_modules", ".cache", "selfeval-chromium", version);
}

/**
 * Unpacks the Chromium that @sparticuz/chromium ships inside its npm package (Linux x64 only)
 * into the project's cache. The package unpacks into os.tmpdir(), where another version's
 * files could already stand, so it runs in a child process whose TMPDIR is our own folder.
 */
function unpackNpmChromium(root: string): ChromiumChoice {
  // The package's exports hide its package.json; its version names the cache folder.
  const pkg = path.join(root, "node_modules", "@sparticuz", "chromium", "package.json");
  const version = (JSON.parse(readFileSync(pkg, "utf8")) as { version: string }).version;
  const dir = npmCacheDir(root, version);
  mkdirSync(dir, { recursive: true });
  const script =
    'import("@sparticuz/chromium").then(async (m) => process.stdout.write(await m.default.executablePath()))';
  const executable = execFileSync(process.execPath, ["-e", script], {
    cwd: root,
    env: { ...process.env, TMPDIR: dir, TEMP: dir, TMP: dir },
    encoding: "utf8",
    timeout: 120_000,
  }).trim();
  // Its own fonts first, then the system's when there are any (CJK for the docs' screenshots).
  const fontsConf = path.join(dir, "fonts-selfeval.conf");
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <dir>${path.join(dir, "fonts")}</dir>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `  <cachedir>${path.join(dir, "fontcache")}</cachedir>\n</fontconfig>\n`
  );
  return { executable, source: "npm", env: { FONTCONFIG_FILE: fontsConf } };
}

/**
 * The browser for the browser tests: CHROMIUM_PATH when set, else a system Chromium, Chrome or
 * Edge, else the Chromium shipped in the @sparticuz/chromium npm package, so that `npm ci && npm
 * test` needs nothing but Node and npm.
 */
export function findChromium(root: string): ChromiumChoice {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (!existsSync(given)) throw new Error(`CHROMIUM_PATH=${given}: no such file`);
    return { executable: given, source: "CHROMIUM_PATH", env: {} };
  }
  const system = (SYSTEM_BROWSERS[process.platform] ?? []).find((file) => existsSync(file));
  if (system) return { executable: system, source: "system", env: {} };
  if (process.platform !== "linux" || process.arch !== "x64")
    throw new Error(
      "No Chromium, Chrome or Edge found for the browser tests: install one or set CHROMIUM_PATH"
    );
  return unpackNpmChromium(root);
}

/** The environment variables through which the set-up hands its choice to the test workers. */
export const CHOICE_ENV = "SELFEVAL_CHROMIUM";

export function describeChoice(choice: ChromiumChoice): string {
  const from = {
    CHROMIUM_PATH: "from CHROMIUM_PATH",
    system: "the system's",
    npm: "shipped by @sparticuz/chromium",
  }[choice.source];
  return `browser tests: ${choice.executable} (${from})`;
}
