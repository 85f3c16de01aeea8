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

/** The real 2021 forms: the repository's example workbook (the same three forms as test/fixtures). */
export function sampleFile(): string {
  const file = path.join(ROOT, "examples", "示例-2021.xlsx");
  if (!existsSync(file)) throw new Error(`找不到样表 / sample forms not found: ${file}`);
  return file;
}

/** The sample forms as Grids, one per sheet, read by the product's own .xlsx reader. */
export async function loadSamples(file = sampleFile()): Promise<{ file: string; grids: Grid[] }> {
  const opened = await openWorkbook(file);
  if (!opened.ok)
    throw new Error(`无法读取 / cannot read ${file}: ${JSON.stringify(opened.problem)}`);
  const date1904 = opened.workbook.properties.date1904 ?? false;
  return { file, grids: opened.workbook.worksheets.map((ws) => readGrid(ws, date1904)) };
}
