import { cellText, normalizeText, type Grid } from "../../src/core";

/**
 * Sheets that hit a known, reported defect of src/core (core-write-targets.test.ts
 * shows each with it.failing). The fuzz tests still check such a sheet for
 * exceptions, time, addresses and wording, but not where it writes or whether a
 * second run plans nothing. Delete an entry when its defect is fixed.
 */

const fold = (text: string): string => normalizeText(text).replace(/\s+/g, "");
const LEVEL1 = fold("一级指标");
const SCORE = fold("得分");
const TOTALS = new Set([fold("总分"), fold("合计")]);

/** The known defect a sheet hits, or null. */
export function knownDefectOf(g: Grid): string | null {
  for (const row of g.cells) {
    const texts = row.map((cell) => fold(cellText(cell)));
    const level1 = texts.indexOf(LEVEL1);
    if (level1 < 0) continue;
    // Defect 1: a column without its label is read from the 一级指标 column.
    if (!texts.includes(SCORE)) return "no 得分 label on the indicator header row";
    // Defect 2: a 总分 on the indicator header row becomes the form's total row.
    if (texts.some((t, c) => c > level1 && TOTALS.has(t)))
      return "总分 on the indicator header row";
  }
  return null;
}
