import { readdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";

/**
 * The reference for the command line's cost: load every .xlsx of a folder with exceljs, one
 * after another, and nothing else. `node out/bench/bench/load-only.js DIR`.
 */
async function loadAll(dir: string): Promise<number> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  let sheets = 0;
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, file));
    sheets += workbook.worksheets.length;
  }
  return sheets;
}

const dir = process.argv[2];
if (!dir) throw new Error("usage: load-only DIR");
void loadAll(dir).then((sheets) => process.stdout.write(`${sheets} sheets\n`));
