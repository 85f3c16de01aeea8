import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { builtAddin, ROOT } from "./helpers/build";

/**
 * The web build (dist/, what is copied to the web server) and the command line (lib/, what
 * bin/selfeval.js runs) live apart: `npm run build` cleans dist/ and must never take the
 * command line with it, and dist/ must hold nothing but what is deployed.
 */

// The first test may wait for this run's builds (test/e2e/global-setup.ts).
jest.setTimeout(600_000);

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
const factory = require(path.join(ROOT, "webpack.config.js")) as (
  env: unknown,
  argv: { mode: string }
) => { output: { path: string } };
const cliConfig = JSON.parse(readFileSync(path.join(ROOT, "tsconfig.cli.json"), "utf8")) as {
  compilerOptions: { outDir: string };
};
const version = (
  JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    version: string;
  }
).version;

describe("the web build and the command line have separate output folders", () => {
  const web = factory({}, { mode: "production" }).output.path;
  const cli = path.resolve(ROOT, cliConfig.compilerOptions.outDir);

  it("neither folder holds the other, and the bin runs the command line's folder", () => {
    expect(path.relative(ROOT, web)).toBe("dist");
    expect(path.relative(ROOT, cli)).toBe("lib");
    expect(readFileSync(path.join(ROOT, "bin/selfeval.js"), "utf8")).toContain(
      'require("../lib/cli/main.js")'
    );
  });

  it("after the production build of this run, selfeval still starts and dist/ holds no Node code", async () => {
    // The browser set-up built production into dist/ exactly as `npm run build` does.
    expect(await builtAddin("production")).toBe(web);
    const out = execFileSync(process.execPath, [path.join(ROOT, "bin/selfeval.js"), "--version"], {
      encoding: "utf8",
    });
    expect(out.trim()).toBe(version);
    expect(existsSync(path.join(web, "cli"))).toBe(false);
    expect(existsSync(path.join(web, "core"))).toBe(false);
    const top = readdirSync(web);
    expect(top).toEqual(expect.arrayContaining(["taskpane.html", "manifest.xml", "office-js"]));
  });
});
