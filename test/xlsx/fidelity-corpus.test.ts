import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadWorkbook } from "../../src/xlsx";
import { FIXTURES } from "../helpers/fixtures";
import { checkFidelity, formatDifferences } from "./fidelity";
import { CORPUS } from "./fidelity-corpus";
import { scoreCopy } from "./score-copy";

// Reading, scoring, writing and comparing 25 workbooks part by part.
jest.setTimeout(60_000);

describe("a scored copy keeps everything but the computed cells, whoever wrote the workbook", () => {
  it.each(CORPUS.map((e) => [`${path.basename(e.file)} (${e.producer})`, e] as const))(
    "%s",
    async (_label, entry) => {
      const input = readFileSync(entry.file);
      const opened = await loadWorkbook(input);
      if (!opened.ok) throw new Error(opened.problem.code);
      expect(opened.unkept).toEqual(entry.unkept);

      const { copy, allowed } = await scoreCopy(input);
      const differences = await checkFidelity(input, copy, allowed);
      const unexplained = differences.filter(
        (d) => !entry.exceptions.some((e) => e.feature.test(d.feature))
      );
      expect(formatDifferences(unexplained)).toBe("");
      // Every stated exception is still real: a fixed one must leave the list.
      const unused = entry.exceptions.filter(
        (e) => !differences.some((d) => e.feature.test(d.feature))
      );
      expect(unused.map((e) => e.why)).toEqual([]);
    }
  );

  it("runs on every workbook of test/fixtures/fidelity, each listed in its README", () => {
    const folder = path.join(FIXTURES, "fidelity");
    const files = readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(folder, f));
    expect(files.filter((f) => !CORPUS.some((e) => e.file === f))).toEqual([]);
    const readme = readFileSync(path.join(folder, "README.md"), "utf8");
    // A table row per file, its first cell the file's name.
    const unlisted = files.filter((f) => !readme.includes(`| ${path.basename(f)} |`));
    expect(unlisted).toEqual([]);
  });

  it("scores forms in the corpus, so the computed cells are exercised too", async () => {
    const scored = await scoreCopy(readFileSync(CORPUS[3]!.file));
    expect(scored.writes).toBeGreaterThan(0);
  });
});
