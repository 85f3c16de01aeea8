import { execFileSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import path from "path";

/**
 * The CLI tests run `node bin/selfeval.js` as a user would, so the CLI is
 * compiled to lib/ once before them (as `npm install` does through `prepare`).
 */
export function buildCli(): void {
  const root = path.resolve(__dirname, "../..");
  const tsc = path.join(root, "node_modules/typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: root, stdio: "pipe" });
  } catch (error) {
    // Type errors are the typecheck's to report; tsc still emits, and the tests use what it emitted.
    const output = String((error as { stdout?: Buffer }).stdout ?? error);
    process.stderr.write(`\n[cli tests] tsc -p tsconfig.cli.json reported:\n${output}\n`);
  }
  if (!existsSync(path.join(root, "lib/cli/main.js"))) {
    throw new Error("lib/cli/main.js was not built: the CLI tests cannot run");
  }
}

const ROOT = path.resolve(__dirname, "../..");
const MAIN = path.join(ROOT, "lib/cli/main.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * A build that read a source just before it changed still writes its output after
 * the change: only output this much newer than every source is surely current.
 */
const BUILD_MARGIN_MS = 30_000;

/** Builds lib/ unless it is surely newer than every source (as after `npm ci`, whose `prepare` builds it). */
export function ensureBuiltCli(): void {
  const sources = ["src/core", "src/xlsx", "src/cli"].map((d) => newestSource(path.join(ROOT, d)));
  const built = existsSync(MAIN) ? statSync(MAIN).mtimeMs : 0;
  if (built > Math.max(...sources) + BUILD_MARGIN_MS) return;
  buildCli();
}

export default ensureBuiltCli;
