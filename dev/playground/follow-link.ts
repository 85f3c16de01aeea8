import { parseReference } from "../../src/core/address";
import type { Area } from "../../src/core/grid";
import type { FakeCell, FakeSheet, FakeWorkbook } from "../fake-office/model";

/**
 * Where a cell's link to the same workbook leads (the 汇总表 links each project to its form),
 * as Excel follows it on a click: the sheet and the cells to select. Null for no link, a link
 * to a web address, or a sheet no longer there.
 */
export function linkTarget(
  workbook: FakeWorkbook,
  cell: FakeCell | undefined
): { sheet: FakeSheet; area: Area } | null {
  const reference = cell?.hyperlink?.documentReference;
  if (!reference) return null;
  const parsed = parseReference(reference.replace(/^#/, ""));
  const sheet = parsed?.sheet === undefined ? undefined : workbook.sheetByName(parsed.sheet);
  return parsed && sheet ? { sheet, area: parsed.area } : null;
}
