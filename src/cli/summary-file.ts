import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import {
  buildSummarySheet,
  summaryCsv,
  summaryLabel,
  summaryTable,
  type Lang,
  type Summary,
} from "../core";
import { saveWorkbook, XlsxWorkbookPort } from "../xlsx";

/**
 * `selfeval check --summary OUT`: the summary of every form of every workbook checked, with
 * the file name as a column, as a workbook of one sheet (laid out and printed like the sheet
 * the add-in writes, without links: the forms are in other files) or as CSV for Excel.
 */

export type SummaryFormat = "xlsx" | "csv";

/** The format a --summary file name asks for; null for any other extension. */
export function summaryFormatOf(file: string): SummaryFormat | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".csv" ? "csv" : null;
}

/** Writes text beside the target and renames it over, so no half-written file is ever left. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, text, "utf8");
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Writes the summary to `file` as its extension says (summaryFormatOf). */
export async function writeSummaryFile(summary: Summary, file: string, lang: Lang): Promise<void> {
  if (summaryFormatOf(file) === "csv") {
    await writeAtomically(file, summaryCsv(summaryTable(summary, { lang, files: true })));
    return;
  }
  const workbook = new ExcelJS.Workbook();
  const spec = buildSummarySheet(summary, {
    lang,
    files: true,
    links: false,
    name: summaryLabel("sheetName", lang),
  });
  await new XlsxWorkbookPort(workbook).placeSheet(spec, { position: 0, replaces: [] });
  await saveWorkbook(workbook, file);
}
