import type { Address, JournalEntry, Scalar } from "../core";
import type { ExcelFeatures } from "./host";

/** What one cell holds as Excel reports it, turned into a journal entry. */

/** The fill a read reports, as the journal stores it: RRGGBB or null for none. */
export function fillOf(range: Excel.Range, features: ExcelFeatures): string | null {
  const fill = range.format.fill;
  if (features.fillPattern && fill.pattern === "None") return null;
  const color = fill.color;
  if (typeof color !== "string" || color === "") return null;
  const hex = color.replace(/^#/, "").toUpperCase();
  // Without ExcelApi 1.9 an unfilled cell reads as white: it is recorded as no fill.
  if (!features.fillPattern && hex === "FFFFFF") return null;
  return hex;
}

/** A getter that makes one worksheet proxy per sheet name, so a batch names each sheet once. */
export function worksheetsOf(context: Excel.RequestContext): (sheet: string) => Excel.Worksheet {
  const worksheets = new Map<string, Excel.Worksheet>();
  return (sheet) => {
    let worksheet = worksheets.get(sheet);
    if (!worksheet) {
      worksheet = context.workbook.worksheets.getItem(sheet);
      worksheets.set(sheet, worksheet);
    }
    return worksheet;
  };
}

/** Queues the load of one cell's value, formula, value type, number format and fill. */
export function queueCellRead(
  worksheet: Excel.Worksheet,
  address: Address,
  features: ExcelFeatures
): Excel.Range {
  const range = worksheet.getCell(address.row, address.col);
  range.load("values,formulas,numberFormat,valueTypes");
  if (features.fillPattern) range.format.fill.load("color,pattern");
  else range.format.fill.load("color");
  return range;
}

/** The journal entry for a cell loaded by queueCellRead and synced. */
export function entryOf(
  range: Excel.Range,
  address: Address,
  features: ExcelFeatures
): JournalEntry {
  const raw: unknown = range.values[0]?.[0];
  const formula: unknown = range.formulas[0]?.[0];
  const format: unknown = range.numberFormat[0]?.[0];
  const isError = range.valueTypes[0]?.[0] === "Error";
  const entry: JournalEntry = {
    address,
    value: isError || raw === "" || raw === undefined ? null : (raw as Scalar),
    fill: fillOf(range, features),
  };
  // Range.values gives an error as its text: recorded apart so restore makes it an error again.
  if (isError) entry.error = String(raw);
  // A constant's `formulas` is its own text: text such as "=1+1" must be restored as text.
  if (typeof formula === "string" && formula.startsWith("=") && formula !== raw)
    entry.formula = formula;
  if (typeof format === "string") entry.format = format;
  return entry;
}

/** Whether a cell holds exactly the planned value: a constant, not a formula or an error. */
export function holdsValue(entry: JournalEntry, planned: number | string): boolean {
  return entry.formula === undefined && entry.error === undefined && entry.value === planned;
}

/** Whether two entries describe the same cell content (value, formula, error, format, fill). */
export function sameContent(a: JournalEntry, b: JournalEntry): boolean {
  return (
    a.value === b.value &&
    a.formula === b.formula &&
    a.error === b.error &&
    a.format === b.format &&
    a.fill === b.fill
  );
}
