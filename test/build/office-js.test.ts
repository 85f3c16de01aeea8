// office.js is redistributed under Microsoft's licence only in its original form: the build must
// copy every file it ships byte for byte, licence comment included (issue 15).
import * as fs from "node:fs";
import * as path from "node:path";
import { builtForTests } from "../e2e/helpers/entrypoints";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS webpack config
const { isOfficeJsFile } = require("../../webpack.config.js") as {
  isOfficeJsFile(relative: string): boolean;
};

const PACKAGE = path.dirname(require.resolve("@microsoft/office-js/package.json"));

/** Every file under a folder, as paths relative to it with forward slashes. */
function filesUnder(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, base);
    return [path.relative(base, full).split(path.sep).join("/")];
  });
}

let shipped: string;
beforeAll(async () => {
  const status = await builtForTests();
  if (!status.prodDir)
    throw new Error("this run made no production build (E2E_PROD_DIR was given)");
  shipped = path.join(status.prodDir, "office-js");
}, 600_000);

describe("office.js in the production build", () => {
  test("ships exactly the package's files for Excel, each identical to the package's", () => {
    const files = filesUnder(shipped);
    const expected = [
      ...filesUnder(path.join(PACKAGE, "dist")).filter((f) => isOfficeJsFile(f)),
      "LICENSE.md",
    ];
    expect(files.sort()).toEqual(expected.sort());
    expect(files).toContain("office.js");
    const differing = files.filter((file) => {
      const original = path.join(PACKAGE, file === "LICENSE.md" ? "" : "dist", file);
      return !fs.readFileSync(path.join(shipped, file)).equals(fs.readFileSync(original));
    });
    expect(differing).toEqual([]);
  });
});
