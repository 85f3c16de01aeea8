import type ExcelJS from "exceljs";
import { sheetNameKey, type SheetPlacement, type SheetSpec } from "../core";
import { writeSpec } from "./apply-spec";

/**
 * The 汇总表's placement in an exceljs workbook: the earlier summaries removed, the new
 * sheet added under its planned name at its position, and the workbook opening on it when
 * asked. Everything is checked before anything changes.
 */

/** What exceljs keeps but does not type: the sheet order and a view's selected tab. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };
type TabView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

function byName(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  // Excel compares sheet names ignoring case; exceljs's getWorksheet does not.
  const key = sheetNameKey(name);
  return workbook.worksheets.find((ws) => sheetNameKey(ws.name) === key);
}

/** Adds a spec's sheet in place of the replaced ones; throws, changing nothing, when it cannot. */
export function placeSpec(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  placement: SheetPlacement
): void {
  const replaced = placement.replaces.map((name) => {
    const sheet = byName(workbook, name);
    if (!sheet) throw new Error(`工作表“${name}”不存在 (no sheet named "${name}")`);
    return sheet;
  });
  const clash = byName(workbook, spec.name);
  if (clash && !replaced.includes(clash))
    throw new Error(`工作表“${spec.name}”已存在 (a sheet named "${spec.name}" exists)`);
  for (const sheet of replaced) workbook.removeWorksheet(sheet.id);
  const added = workbook.addWorksheet(spec.name);
  writeSpec(added, spec);
  // exceljs orders sheets by orderNo: number them again with the new one at its position.
  const order = workbook.worksheets.filter((ws) => ws !== added);
  order.splice(Math.min(placement.position, order.length), 0, added);
  order.forEach((ws, i) => {
    (ws as Ordered).orderNo = i + 1;
  });
  if (placement.activate === true) activate(workbook, order, added);
}

/** Opens the workbook on a sheet: its tab selected alone (several selected tabs would group them). */
function activate(
  workbook: ExcelJS.Workbook,
  order: ExcelJS.Worksheet[],
  sheet: ExcelJS.Worksheet
): void {
  const [view, ...others] = workbook.views ?? [];
  const base = { x: 0, y: 0, width: 10000, height: 20000, visibility: "visible" };
  workbook.views = [
    { ...base, ...view, activeTab: order.indexOf(sheet), firstSheet: 0 },
    ...others,
  ];
  for (const ws of order) {
    const [first, ...rest] = (ws.views ?? []) as TabView[];
    ws.views = [{ ...first, tabSelected: ws === sheet }, ...rest] as ExcelJS.WorksheetView[];
  }
}
