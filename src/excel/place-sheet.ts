import type { SheetPlacement, SheetSpec } from "../core";
import { faultError } from "./faults";
import type { ExcelFeatures } from "./host";
import { estimateSpecBytes, queueSpec } from "./insert-sheets";
import { REQUEST_BUDGET } from "./read-plan";

/**
 * A sheet the add-in keeps one of (the 汇总表): the earlier ones deleted, the new one added
 * under its planned name, filled, moved into place and shown, all in one sync.
 */
export async function placeSheetSpec(
  context: Excel.RequestContext,
  spec: SheetSpec,
  placement: SheetPlacement,
  features: ExcelFeatures
): Promise<void> {
  // One request carries the whole sheet: refuse before anything is sent rather than half way.
  if (estimateSpecBytes(spec) > REQUEST_BUDGET)
    throw faultError("payload-too-large", { sheet: spec.name, outcome: "unchanged" });
  const sheets = context.workbook.worksheets;
  const replaced = placement.replaces.map((name) => sheets.getItem(name));
  // Each sheet to replace is looked up before any is deleted: Office.js runs a batch in order
  // and stops at the first failure, so one missing (renamed or deleted since it was read)
  // fails the batch before it changes anything.
  for (const sheet of replaced) sheet.load("name");
  for (const sheet of replaced) sheet.delete();
  const sheet = sheets.add(spec.name);
  queueSpec(sheet, spec, features);
  sheet.position = placement.position;
  if (placement.activate === true) sheet.activate();
  await context.sync();
}
