import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { FIXTURES, SAMPLE_XLSX } from "../helpers/fixtures";
import { runCli } from "../cli/run-cli";
import { checkFidelity, formatDifferences } from "../xlsx/fidelity";
import { scoreCopy } from "../xlsx/score-copy";
import { convertToPdf, isA4Portrait, readPdf, saveWithLibreOffice, type PdfFacts } from "./soffice";

/**
 * Issue 20: a workbook saved by LibreOffice Calc, scored with `selfeval check --write`, must
 * print as it did. The fixtures are saved by LibreOffice here, scored by the CLI, and
 * LibreOffice prints the scored copy (npm run test:print).
 */

jest.setTimeout(300_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-lo-saved-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** `file` saved by LibreOffice into a folder of its own, as `name.xlsx`. */
async function savedByLibreOffice(file: string, name: string): Promise<string> {
  const out = path.join(dir, `lo-${name}`);
  await fs.mkdir(out);
  const source = path.join(out, "source");
  await fs.mkdir(source);
  await fs.copyFile(file, path.join(source, `${name}.xlsx`));
  expect(saveWithLibreOffice(path.join(source, `${name}.xlsx`), out).status).toBe(0);
  return path.join(out, `${name}.xlsx`);
}

/** What LibreOffice prints for a workbook: pages and their sizes. */
async function printed(xlsx: string, label: string): Promise<PdfFacts> {
  const out = path.join(dir, `pdf-${label}`);
  await fs.mkdir(out);
  const { status } = convertToPdf(xlsx, out);
  expect(status).toBe(0);
  return readPdf(path.join(out, `${path.basename(xlsx, ".xlsx")}.pdf`));
}

/** Pages printed for a form set up for A4 portrait, all checked to be A4 portrait. */
async function a4Pages(xlsx: string, label: string): Promise<number> {
  const facts = await printed(xlsx, label);
  expect(facts.mediaBoxes.filter((box) => !isA4Portrait(box))).toEqual([]);
  return facts.pages;
}

/** Scores a workbook with the CLI; returns the copy's path. */
async function scoredByCli(xlsx: string, label: string): Promise<string> {
  const out = path.join(dir, `scored-${label}`);
  const result = await runCli(["check", xlsx, "--write", out, "--fail-on", "never"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return path.join(out, path.basename(xlsx));
}

describe("workbooks saved by LibreOffice, scored", () => {
  it("prints the sample forms one page wide again: each of the three on one A4 page", async () => {
    const saved = await savedByLibreOffice(SAMPLE_XLSX, "sample");
    // LibreOffice writes fit-to-page as a word, which exceljs alone does not read.
    const sheet = await (
      await import("jszip")
    ).default
      .loadAsync(readFileSync(saved))
      .then((zip) => zip.file("xl/worksheets/sheet1.xml")!.async("string"));
    expect(sheet).toContain('fitToPage="true"');

    const scored = await scoredByCli(saved, "sample");
    expect(await a4Pages(saved, "sample-saved")).toBe(3);
    expect(await a4Pages(scored, "sample-scored")).toBe(3);

    // What the issue saw, made again without the shell: exceljs's own copy prints cut.
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.readFile(saved);
    const plainFile = path.join(dir, "plain-exceljs.xlsx");
    await plain.xlsx.writeFile(plainFile);
    expect(await a4Pages(plainFile, "sample-plain")).toBeGreaterThan(3);
  });

  it.each([
    ["regions", path.join(FIXTURES, "regions", "regions.xlsx")],
    ["corpus", path.join(FIXTURES, "corpus", "corpus.xlsx")],
  ])("prints the %s forms on the same pages as before scoring", async (label, file) => {
    const saved = await savedByLibreOffice(file, label);
    const scored = await scoredByCli(saved, label);
    const before = await printed(saved, `${label}-saved`);
    const after = await printed(scored, `${label}-scored`);
    expect(after.pages).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it("keeps everything but the computed cells in the CLI's copies of freshly saved forms", async () => {
    for (const [label, file] of [
      ["sample-f", SAMPLE_XLSX],
      ["regions-f", path.join(FIXTURES, "regions", "regions.xlsx")],
      ["corpus-f", path.join(FIXTURES, "corpus", "corpus.xlsx")],
    ] as const) {
      const saved = await savedByLibreOffice(file, label);
      const input = readFileSync(saved);
      const { allowed, writes } = await scoreCopy(input);
      expect(writes).toBeGreaterThan(0);
      const copy = readFileSync(await scoredByCli(saved, label));
      expect(formatDifferences(await checkFidelity(input, copy, allowed))).toBe("");
    }
  });
});
