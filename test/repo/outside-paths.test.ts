import path from "node:path";
import { scanProject, scanText } from "./outside-paths";

const ROOT = path.resolve(__dirname, "../..");

describe("the project carries everything it needs", () => {
  it("has no code, test, script or config that reads a path outside its root", () => {
    const found = scanProject(ROOT).map((r) => `${r.file}:${r.line} ${r.why}: ${r.text}`);
    expect(found).toEqual([]);
  });

  it("finds a ../shared fixture named from a test", () => {
    const text = `const SAMPLE = path.resolve(__dirname, "../../../shared/fixtures/sample-2021.xlsx");`;
    expect(scanText("test/xlsx/read-grid.test.ts", text)).toHaveLength(1);
  });

  it("finds a root escape spelled as separate segments or from ROOT", () => {
    expect(scanText("bench/samples.ts", `path.join(ROOT, "..", "other", "x.xlsx")`)).toHaveLength(
      1
    );
    expect(scanText("test/a/b.ts", `path.resolve(__dirname, "../../../elsewhere/x")`)).toHaveLength(
      1
    );
    expect(scanText("test/a/b.ts", `import x from "../../../elsewhere/x";`)).toHaveLength(1);
  });

  it("accepts relative paths that stay inside the root", () => {
    expect(scanText("test/a/b.ts", `import { grid } from "../../src/core";`)).toEqual([]);
    expect(scanText("test/a/b.ts", `path.resolve(__dirname, "../..")`)).toEqual([]);
    expect(scanText("bench/x.ts", `path.join(ROOT, "examples", "示例-2021.xlsx")`)).toEqual([]);
  });
});
