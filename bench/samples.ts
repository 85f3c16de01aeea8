import { existsSync } from "node:fs";
import path from "node:path";
import type { Grid } from "../src/core";
import { openWorkbook, readGrid } from "../src/xlsx";

/** The repository root: the first folder up from here with a package.json (bench/ runs compiled in out/). */
export const ROOT = findRoot(__dirname);

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

/**
 * The real 2021 forms: the repository's example workbook (built from them) when there is one,
 * since a user's clone has no ../shared; else the shared fixture next to the repository.
 */
export function sampleFile(): string {
  const candidates = [
    path.join(ROOT, "examples", "示例-2021.xlsx"),
    path.join(ROOT, "..", "shared", "fixtures", "sample-2021.xlsx"),
  ];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`找不到样表 / sample forms not found: ${candidates.join(", ")}`);
  return found;
}

/** The sample forms as Grids, one per sheet, read by the product's own .xlsx reader. */
export async function loadSamples(file = sampleFile()): Promise<{ file: string; grids: Grid[] }> {
  const opened = await openWorkbook(file);
  if (!opened.ok)
    throw new Error(`无法读取 / cannot read ${file}: ${JSON.stringify(opened.problem)}`);
  const date1904 = opened.workbook.properties.date1904 ?? false;
  return { file, grids: opened.workbook.worksheets.map((ws) => readGrid(ws, date1904)) };
}
