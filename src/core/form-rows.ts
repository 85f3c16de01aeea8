import type { FormLocation } from "./locate";

/** The rows where the form's parts begin: their anchors, and the header rows of funds and goals. */
function partRows(loc: FormLocation): number[] {
  const rows = Object.values(loc.anchors).map((l) => l.address.row);
  if (loc.fundsHeaderRow !== undefined) rows.push(loc.fundsHeaderRow);
  if (loc.goalsRow !== undefined) rows.push(loc.goalsRow);
  return rows;
}

/** The first row below `row` where another part of the form begins, or the row after the form. */
export function nextPartRow(loc: FormLocation, row: number): number {
  return Math.min(loc.bottom + 1, ...partRows(loc).filter((r) => r > row));
}
