import { roundHalfUp } from "./normalize";
import type { SummaryTable, TableValue } from "./summary-sheet";
import type { SummaryColumn } from "./summary-words";

/**
 * The 汇总表 as CSV text, laid out as the sheet is (header, one row per form, the totals, then
 * the unit and how the totals were computed, then the sheets that could not be read), for
 * Excel to open: UTF-8 with a byte-order mark (without it, Excel in a Chinese locale reads the
 * file as GBK and garbles every name), CRLF line ends, fields quoted as RFC 4180 says.
 */

/** The byte-order mark Excel looks for to read a CSV file as UTF-8. */
export const CSV_BOM = "\uFEFF";

/**
 * A text that Excel would run as a formula when it opens the file (= + - @, or a tab or a
 * line break before one) is kept as text by a leading apostrophe, as OWASP advises for CSV.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

function field(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A rate as Excel reads it back as a number: "93.86%"; other numbers as they are. */
function cellText(value: TableValue, column: SummaryColumn | undefined): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (column === "rate") return `${roundHalfUp(value * 100, 2)}%`;
    return String(value);
  }
  return field(value);
}

function line(values: readonly TableValue[], columns?: readonly SummaryColumn[]): string {
  return values.map((v, i) => cellText(v, columns?.[i])).join(",");
}

/** The table as the text of a CSV file, byte-order mark included. */
export function summaryCsv(table: SummaryTable): string {
  const lines = [
    line(table.header),
    ...table.rows.map((row) => line(row, table.columns)),
    line(table.totals, table.columns),
    "",
    line([table.unitLine]),
    ...table.notes.map((note) => line([note])),
  ];
  if (table.unread.rows.length > 0) {
    lines.push(
      "",
      line([table.unread.title]),
      line(table.unread.header),
      ...table.unread.rows.map((row) => line(row))
    );
  }
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}
