import { execFileSync } from "child_process";
import { existsSync } from "fs";
import path from "path";

/**
 * The CLI tests run `node bin/selfeval.js` as a user would, so the CLI is
 * compiled to dist/ once before them (as `npm install` does through `prepare`).
 */
export default function buildCli(): void {
  const root = path.resolve(__dirname, "../..");
  const tsc = path.join(root, "node_modules/typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: root, stdio: "pipe" });
  } catch (error) {
    // Type errors are the typecheck's to report; tsc still emits, and the tests use what it emitted.
    const output = String((error as { stdout?: Buffer }).stdout ?? error);
    process.stderr.write(`\n[cli tests] tsc -p tsconfig.cli.json reported:\n${output}\n`);
  }
  if (!existsSync(path.join(root, "dist/cli/main.js"))) {
    throw new Error("dist/cli/main.js was not built: the CLI tests cannot run");
  }
}
