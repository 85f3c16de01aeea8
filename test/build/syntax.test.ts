// Every script a page loads must parse in the oldest webview Office runs the add-in in: EdgeHTML
// parses ES2017, not the ?. and ?? of ES2020 (docs/deploy.md, "Compatibility"). A syntax error
// there is a blank pane, so each emitted script is parsed here as ES2017 (issue 15).
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "acorn";
import { builtForTests } from "../e2e/helpers/entrypoints";

/** Our own scripts in a build folder (office.js is Microsoft's and is shipped untouched). */
function scriptsIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".js") && !file.split(path.sep).includes("office-js"));
}

/** The first ES2017 syntax error in a script, or null when it parses. */
function es2017Error(file: string): string | null {
  try {
    parse(fs.readFileSync(file, "utf8"), { ecmaVersion: 2017, sourceType: "script" });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

let builds: { name: string; dir: string }[];
beforeAll(async () => {
  const status = await builtForTests();
  builds = [
    ...(status.prodDir ? [{ name: "production", dir: status.prodDir }] : []),
    ...(status.devDir ? [{ name: "development", dir: status.devDir }] : []),
  ];
  if (builds.length === 0) throw new Error("this run made no build to check");
}, 600_000);

describe("the syntax of the built pages", () => {
  test("every script parses as ES2017 (EdgeHTML), in each build of this run", () => {
    for (const { name, dir } of builds) {
      const scripts = scriptsIn(dir);
      expect(scripts.some((f) => f.startsWith("taskpane"))).toBe(true);
      expect(scripts.some((f) => f.startsWith("commands"))).toBe(true);
      expect(scripts.some((f) => f.startsWith("result"))).toBe(true);
      const errors = scripts
        .map((file) => ({ file, error: es2017Error(path.join(dir, file)) }))
        .filter((r) => r.error !== null);
      expect({ build: name, errors }).toEqual({ build: name, errors: [] });
    }
  });

  test("the notice for Internet Explorer's webview is ES5, which IE 11 parses", () => {
    for (const { dir } of builds) {
      const source = fs.readFileSync(path.join(dir, "assets", "legacy-webview.js"), "utf8");
      expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    }
  });

  test("the parser refuses ES2020 syntax, so the test above can fail", () => {
    const probe = (source: string) => () =>
      parse(source, { ecmaVersion: 2017, sourceType: "script" });
    expect(probe("a?.b")).toThrow();
    expect(probe("a ?? b")).toThrow();
    expect(probe("({ ...a })")).toThrow();
    expect(probe("class A { x = 1 }")).toThrow();
    expect(probe("/(?<y>a)/")).toThrow();
    expect(probe("async function f() { await g(); }")).not.toThrow();
  });
});
