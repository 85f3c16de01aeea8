import type { Grid } from "./grid";
import { LANGS } from "./lang";
import { summaryMessage } from "./summary-words";

/**
 * How the add-in knows a 汇总表 it wrote: its own file, apart from summary.ts, because every
 * validation asks (an add-in summary is not a form), while only the summary's builders need
 * the summing and its decimal arithmetic.
 */

/**
 * Whether a sheet is a summary the add-in wrote: its column A carries the add-in's note naming
 * this very sheet (in either language). A copy or a renamed sheet no longer matches its note,
 * so it is left alone as the user's. Only column A is looked at: every sheet is asked.
 */
export function isOwnSummary(grid: Grid): boolean {
  if (grid.left !== 0) return false;
  const marks = LANGS.map((lang) => summaryMessage("mark", { sheet: grid.sheet }, lang));
  return grid.cells.some((row) => {
    const value = row[0]?.value;
    return typeof value === "string" && marks.includes(value);
  });
}
