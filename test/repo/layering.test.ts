import path from "path";
import { ESLint } from "eslint";

/**
 * The layering of docs/architecture.md is held by eslint's no-restricted-imports (eslint.config.cjs);
 * these cases show that the rules catch a forbidden import and let an allowed one through.
 */

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS config itself
const CONFIG = require(path.join(ROOT, "eslint.config.cjs")) as ESLint.Options["overrideConfig"];

const CASES: [file: string, forbidden: string[], allowed: string[]][] = [
  [
    "src/core/probe.ts",
    ["../excel", "../taskpane/i18n", "../../dev/fake-office", "exceljs"],
    ["./grid", "zod/mini"],
  ],
  [
    "src/excel/probe.ts",
    ["../xlsx", "../taskpane/pane-actions", "../cli/check"],
    ["../core", "./faults"],
  ],
  ["src/xlsx/probe.ts", ["../excel/port", "../commands/result-text"], ["../core", "exceljs"]],
  [
    "src/taskpane/probe.ts",
    ["../commands/result-text", "../cli/main", "../xlsx"],
    ["../core/lang", "../excel/faults"],
  ],
  [
    "src/commands/probe.ts",
    ["../taskpane/i18n", "../cli/main", "react"],
    ["../core/lang", "../excel"],
  ],
  ["src/cli/probe.ts", ["../excel", "../taskpane/App"], ["../core", "../xlsx"]],
  [
    "src/web/probe.ts",
    ["../commands/result-text", "../cli/main", "../../dev/fake-office", "fs"],
    ["../core", "../xlsx", "../taskpane/App", "exceljs"],
  ],
  ["src/taskpane/probe2.ts", ["../web/WebPage"], ["./pane-actions"]],
  [
    "dev/fake-office/probe.ts",
    ["../../src/excel", "../playground/Playground"],
    ["../../src/core", "./model"],
  ],
  [
    "dev/playground/probe.ts",
    ["../../src/cli/main", "../../src/xlsx"],
    ["../../src/taskpane/App", "../fake-office"],
  ],
];

async function restrictedImports(file: string, source: string): Promise<number> {
  // The config is handed over loaded: jest cannot run eslint's own dynamic import of it.
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: CONFIG });
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").length;
}

const importsOf = (specifiers: string[]) =>
  specifiers.map((s, i) => `import * as m${i} from "${s}";\nexport { m${i} };`).join("\n");

describe("eslint holds the layering of the folders", () => {
  it.each(CASES)("%s: refuses what it must not import", async (file, forbidden) => {
    expect(await restrictedImports(file, importsOf(forbidden))).toBe(forbidden.length);
  });

  it.each(CASES)("%s: accepts what it may import", async (file, _forbidden, allowed) => {
    expect(await restrictedImports(file, importsOf(allowed))).toBe(0);
  });
});
