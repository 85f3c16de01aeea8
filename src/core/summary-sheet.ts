import type { Grid } from "./grid";
import type { Lang } from "./lang";
import { MARK_FILLS } from "./plan";
import type { SheetPlacement, WorkbookPort } from "./port";
import type { CellStyle, SheetSpec } from "./sheet-spec";
import { planSheetNames } from "./sheet-names";
import {
  area,
  BODY_STYLE,
  FORM_FONT,
  heightFor,
  LABEL_STYLE,
  SpecBuilder,
  TEXT_STYLE,
  TITLE_STYLE,
} from "./spec-builder";
import { summarize, type Summary, type SummaryRow, type UnreadSheet } from "./summary";
import { isOwnSummary } from "./summary-mark";
import {
  SUMMARY_COLUMNS,
  summaryColumn,
  summaryLabel,
  summaryMessage,
  type SummaryColumn,
} from "./summary-words";
import type { SheetValidation } from "./validate-workbook";

/**
 * The 汇总表 laid out: as a table of values (what the CSV holds) and as a sheet (SheetSpec)
 * formatted like the forms: 宋体, thin borders, wrapped headers, amounts 0.00, rates 0.00%,
 * A4 landscape one page wide, rows with errors shaded, each project linked to its form.
 */

export type TableValue = string | number | null;

export interface SummaryLayout {
  lang: Lang;
  /** A column naming each row's workbook (a summary of several files). */
  files: boolean;
}

/** The summary as rows of values, in the language asked for. */
export interface SummaryTable {
  columns: SummaryColumn[];
  header: string[];
  /** One per summary row, in the columns' order. */
  rows: TableValue[][];
  totals: TableValue[];
  /** Lines stated under the table: the unit, how the totals were computed. */
  unitLine: string;
  notes: string[];
  unread: { title: string; header: string[]; rows: string[][] };
}

/** The unit a form's amounts are in, by what divides them into 万元. */
const UNITS: Record<number, string> = { 10_000: "元", 10: "千元" };

function divisorOf(row: SummaryRow): number {
  return Math.round(1 / row.toWanYuan);
}

function notesOf(row: SummaryRow, lang: Lang): string {
  const notes: string[] = [];
  if (row.toWanYuan !== 1) {
    const divisor = divisorOf(row);
    const unit = UNITS[divisor] ?? `1/${divisor} 万元`;
    notes.push(summaryMessage("converted", { unit, divisor }, lang));
  }
  if (row.errors > 0) notes.push(summaryLabel("hasErrors", lang));
  return notes.join(summaryLabel("separator", lang));
}

function valueOf(column: SummaryColumn, row: SummaryRow, index: number, lang: Lang): TableValue {
  switch (column) {
    case "index":
      return index + 1;
    case "file":
      return row.file;
    case "sheet":
      return row.sheet;
    case "project":
      return row.project ?? summaryLabel("unnamed", lang);
    case "dept":
      return row.dept;
    case "unit":
      return row.unit;
    case "budget":
      return row.budget;
    case "executed":
      return row.executed;
    case "rate":
      return row.executionRate;
    case "fundsWeight":
      return row.fundsWeight;
    case "fundsScore":
      return row.fundsScore;
    case "total":
      return row.total;
    case "writtenTotal":
      return row.writtenTotal;
    case "grade":
      return row.grade;
    case "errors":
      return row.errors;
    case "warnings":
      return row.warnings;
    case "missingReasons":
      return row.missingReasons;
    case "notes":
      return notesOf(row, lang) || null;
  }
}

function unreadRow(u: UnreadSheet, files: boolean, lang: Lang): string[] {
  const reason = u.reason.code === "file" ? u.reason.message : summaryLabel("notAForm", lang);
  const sheet = u.sheet ?? summaryLabel("wholeFile", lang);
  return files ? [u.file ?? "", sheet, reason] : [sheet, reason];
}

/** The summary as a table of values: header, one row per form, the totals, the notes, the unread sheets. */
export function summaryTable(summary: Summary, layout: SummaryLayout): SummaryTable {
  const { lang, files } = layout;
  const columns = SUMMARY_COLUMNS.filter((c) => files || c !== "file");
  const { totals } = summary;
  const totalsByColumn: Partial<Record<SummaryColumn, TableValue>> = {
    index: summaryLabel("totals", lang),
    budget: totals.budget,
    executed: totals.executed,
    rate: totals.executionRate,
    total: totals.averageScore,
    errors: totals.errors,
    warnings: totals.warnings,
    missingReasons: totals.missingReasons,
  };
  const unreadHeader = [
    ...(files ? [summaryLabel("unreadFile", lang)] : []),
    summaryLabel("unreadSheet", lang),
    summaryLabel("unreadReason", lang),
  ];
  return {
    columns,
    header: columns.map((c) => summaryColumn(c, lang)),
    rows: summary.rows.map((row, i) => columns.map((c) => valueOf(c, row, i, lang))),
    totals: columns.map((c) => totalsByColumn[c] ?? null),
    unitLine: summaryMessage(
      "unitLine",
      { converted: summary.rows.filter((r) => r.toWanYuan !== 1).length },
      lang
    ),
    notes: [
      summaryMessage(
        "totalsNote",
        { forms: totals.forms, rateForms: totals.rateForms, scoreForms: totals.scoreForms },
        lang
      ),
    ],
    unread: {
      title: summaryLabel("unreadTitle", lang),
      header: unreadHeader,
      rows: summary.unread.map((u) => unreadRow(u, files, lang)),
    },
  };
}

/** Column widths in Excel character units. */
const WIDTHS: Record<SummaryColumn, number> = {
  index: 5,
  file: 16,
  sheet: 12,
  project: 24,
  dept: 14,
  unit: 14,
  budget: 11,
  executed: 11,
  rate: 9,
  fundsWeight: 6,
  fundsScore: 6,
  total: 7,
  writtenTotal: 9,
  grade: 5,
  errors: 5,
  warnings: 5,
  missingReasons: 8,
  notes: 20,
};

const LINK_BLUE = "0563C1";
const NOTE_GREY = "595959";
const TITLE = TITLE_STYLE;
const SUBTITLE: CellStyle = { font: FORM_FONT, fontSize: 10, hAlign: "right", vAlign: "middle" };
const BODY = BODY_STYLE;
const HEADER = LABEL_STYLE;
const TEXT = TEXT_STYLE;
const NOTE: CellStyle = {
  font: FORM_FONT,
  fontSize: 10,
  hAlign: "left",
  vAlign: "top",
  wrap: true,
};
const MARK: CellStyle = { ...NOTE, fontSize: 9, fontColor: NOTE_GREY };

/** How each column's cells look (before a row's error shading). */
function columnStyle(column: SummaryColumn): CellStyle {
  switch (column) {
    case "file":
    case "sheet":
    case "project":
    case "dept":
    case "unit":
    case "notes":
      return TEXT;
    case "budget":
    case "executed":
      return { ...BODY, hAlign: "right", numberFormat: "0.00" };
    case "rate":
      return { ...BODY, hAlign: "right", numberFormat: "0.00%" };
    case "fundsWeight":
    case "fundsScore":
    case "total":
    case "writtenTotal":
      return { ...BODY, numberFormat: "0.00" };
    default:
      return BODY;
  }
}

export interface SummarySheetOptions extends SummaryLayout {
  /** The sheet's name (placeSummary's). */
  name: string;
  /** Link each project to its form: the summary is in the forms' own workbook. */
  links: boolean;
}

/** The summary as a new sheet, ending with the add-in's note that names it (isOwnSummary). */
export function buildSummarySheet(summary: Summary, options: SummarySheetOptions): SheetSpec {
  const { lang, name } = options;
  const table = summaryTable(summary, options);
  const { columns } = table;
  const last = columns.length - 1;
  const widths = columns.map((c) => WIDTHS[c]);
  const fullWidth = widths.reduce((s, w) => s + w, 0);
  const b = new SpecBuilder();
  const heights: Record<number, number> = {};

  b.merge(area(0, 0, 0, last), summaryLabel("title", lang), TITLE);
  heights[0] = 32;
  b.merge(area(1, 0, 1, last), table.unitLine, SUBTITLE);
  heights[1] = 20;

  const headerRow = 2;
  table.header.forEach((text, col) => b.put(headerRow, col, text, HEADER));
  heights[headerRow] = heightFor(
    table.header.map((text, col) => ({ text, width: widths[col] ?? 8 })),
    30
  );

  const textColumns = columns
    .map((c, col) => ({ c, col }))
    .filter(({ c }) => columnStyle(c) === TEXT);
  summary.rows.forEach((row, i) => {
    const r = headerRow + 1 + i;
    const values = table.rows[i] ?? [];
    const shade: CellStyle = row.errors > 0 ? { fill: MARK_FILLS.error } : {};
    columns.forEach((column, col) => {
      const linked = column === "project" && options.links && row.file === null;
      const style: CellStyle = {
        ...columnStyle(column),
        ...shade,
        ...(linked ? { fontColor: LINK_BLUE } : {}),
      };
      const cell = b.put(r, col, values[col] ?? null, style);
      if (linked)
        cell.link = { sheet: row.sheet, address: { row: row.range.top, col: row.range.left } };
    });
    heights[r] = heightFor(
      textColumns.map(({ col }) => ({ text: String(values[col] ?? ""), width: widths[col] ?? 8 })),
      20
    );
  });

  const totalsRow = headerRow + 1 + summary.rows.length;
  const labelEnd = Math.max(0, columns.indexOf("budget") - 1);
  b.merge(area(totalsRow, 0, totalsRow, labelEnd), table.totals[0] ?? null, {
    ...HEADER,
  });
  columns.forEach((column, col) => {
    if (col <= labelEnd) return;
    b.put(totalsRow, col, table.totals[col] ?? null, { ...columnStyle(column), bold: true });
  });
  heights[totalsRow] = 24;

  let r = totalsRow + 2;
  const note = (text: string, style: CellStyle) => {
    b.merge(area(r, 0, r, last), text, style);
    heights[r] = heightFor([{ text, width: fullWidth }], 18);
    r += 1;
  };
  for (const text of table.notes) note(text, NOTE);
  note(
    [
      summaryLabel("legendErrors", lang),
      ...(options.links ? [summaryLabel("legendLinks", lang)] : []),
    ].join(""),
    NOTE
  );

  if (table.unread.rows.length > 0) {
    r += 1;
    note(table.unread.title, { ...NOTE, bold: true });
    const reasonCol = table.unread.header.length - 1;
    const unreadRows = [table.unread.header, ...table.unread.rows];
    unreadRows.forEach((cells, k) => {
      const style = k === 0 ? HEADER : TEXT;
      cells.forEach((text, col) => {
        if (col < reasonCol) b.put(r, col, text, style);
      });
      b.merge(area(r, reasonCol, r, last), cells[reasonCol] ?? null, style);
      const reasonWidth = widths.slice(reasonCol).reduce((s, w) => s + w, 0);
      heights[r] = heightFor([{ text: cells[reasonCol] ?? "", width: reasonWidth }], 20);
      r += 1;
    });
  }

  r += 1;
  note(summaryMessage("mark", { sheet: name }, lang), MARK);
  const bottom = r - 1;

  return {
    name,
    cells: b.sortedCells(),
    merges: b.merges,
    columnWidths: widths,
    rowHeights: heights,
    validations: [],
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      printArea: area(0, 0, bottom, last),
      titleRows: { top: headerRow, bottom: headerRow },
    },
  };
}

/**
 * Where the summary goes among a workbook's sheets (in order): in place of the summaries the
 * add-in made before, else first; named 汇总, or 汇总 (2) when a sheet of the user's has that
 * name. Sheets of the user's are never replaced.
 */
export function placeSummary(
  sheets: readonly Grid[],
  lang: Lang
): { name: string; placement: SheetPlacement } {
  const own = sheets.filter((g) => isOwnSummary(g)).map((g) => g.sheet);
  const kept = sheets.map((g) => g.sheet).filter((s) => !own.includes(s));
  const firstOwn = sheets.findIndex((g) => own.includes(g.sheet));
  const position =
    firstOwn < 0 ? 0 : sheets.slice(0, firstOwn).filter((g) => !own.includes(g.sheet)).length;
  const [plan] = planSheetNames([summaryLabel("sheetName", lang)], kept);
  return {
    name: plan?.name ?? summaryLabel("sheetName", lang),
    placement: { position, replaces: own },
  };
}

/** What writing the summary did. */
export interface SummaryWritten {
  summary: Summary;
  /** The sheet written, or null when there was no form to sum up (nothing is written then). */
  sheet: string | null;
}

/**
 * Writes the summary of a workbook's validated sheets (every sheet, as validateSheets read
 * them) into that workbook, in place of the add-in's earlier summary, and shows it: one write
 * over the port.
 */
export async function writeSummarySheet(
  port: WorkbookPort,
  sheets: readonly SheetValidation[],
  lang: Lang
): Promise<SummaryWritten> {
  const summary = summarize([{ sheets }]);
  if (summary.rows.length === 0) return { summary, sheet: null };
  const { name, placement } = placeSummary(
    sheets.map((s) => s.grid),
    lang
  );
  await port.placeSheet(buildSummarySheet(summary, { lang, files: false, links: true, name }), {
    ...placement,
    activate: true,
  });
  return { summary, sheet: name };
}
