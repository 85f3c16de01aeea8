import type ExcelJS from "exceljs";
import { areaFromA1 } from "../../src/core/address";
import { serialFromEpochMs } from "../../src/core/calendar";
import type { Scalar } from "../../src/core/grid";
import { FakeWorkbook, type BorderEdge, type FakeCell } from "../fake-office/model";

/**
 * Turns an .xlsx read by exceljs into the simulated workbook the playground shows and
 * the fake Office host serves: values, formulas with their cached results, number
 * formats, solid fills, fonts, alignment, borders, merges, column widths, row heights.
 */

const HORIZONTAL: Record<string, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const VERTICAL: Record<string, string> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};

/** Splits exceljs's value union into the stored value, formula and error. */
function readValue(value: ExcelJS.CellValue): { value: Scalar; formula?: string; error?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return { value };
  if (value instanceof Date) return { value: serialFromEpochMs(value.getTime()) };
  if ("richText" in value) return { value: value.richText.map((r) => r.text).join("") };
  if ("error" in value) return { value: null, error: value.error };
  if ("formula" in value || "sharedFormula" in value) {
    const formula = "formula" in value ? value.formula : value.sharedFormula;
    const cached = readValue((value.result ?? null) as ExcelJS.CellValue);
    return { ...cached, formula: `=${formula}` };
  }
  if ("text" in value) return { value: String(value.text) };
  return { value: null };
}

/** RRGGBB of an ARGB colour, or undefined for theme and indexed colours. */
function rgb(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  return typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb)
    ? argb.slice(2).toUpperCase()
    : undefined;
}

function readCell(cell: ExcelJS.Cell): FakeCell {
  const out: FakeCell = readValue(cell.value) as FakeCell;
  if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
  const fill = cell.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const color = rgb(fill.fgColor);
    if (color) out.fill = color;
  }
  const font = cell.font;
  if (font && Object.keys(font).length > 0) {
    const f: NonNullable<FakeCell["font"]> = {};
    if (font.name) f.name = font.name;
    if (font.size) f.size = font.size;
    if (font.bold) f.bold = true;
    const color = rgb(font.color);
    if (color) f.color = color;
    out.font = f;
  }
  const a = cell.alignment;
  const h = a?.horizontal ? HORIZONTAL[a.horizontal] : undefined;
  const v = a?.vertical ? VERTICAL[a.vertical] : undefined;
  if (h) out.hAlign = h;
  if (v) out.vAlign = v;
  if (a?.wrapText) out.wrap = true;
  const borders: Partial<Record<BorderEdge, string>> = {};
  for (const edge of ["top", "bottom", "left", "right"] as const) {
    if (cell.border?.[edge]?.style) borders[edge] = "Continuous";
  }
  if (Object.keys(borders).length > 0) out.borders = borders;
  return out;
}

/** Excel column width in characters to points (7 px per character plus 5 px padding at 96 dpi). */
function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** The simulated workbook holding the sheets of an exceljs workbook, the first one active. */
export function toFakeWorkbook(source: ExcelJS.Workbook): FakeWorkbook {
  const workbook = new FakeWorkbook();
  for (const ws of source.worksheets) {
    if (ws.state === "veryHidden") continue;
    const sheet = workbook.addSheet(ws.name);
    // Empty cells count too: their borders and fills are part of the form's look.
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.height) workbook.setRowHeight(sheet, rowNumber - 1, row.height);
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        if (cell.isMerged && cell.master !== cell) return;
        workbook.putCell(sheet, rowNumber - 1, colNumber - 1, readCell(cell));
      });
    });
    for (const text of ws.model.merges ?? []) {
      const area = areaFromA1(text);
      if (area) workbook.addMerge(sheet, area);
    }
    (ws.columns ?? []).forEach((column, i) => {
      if (column.width) workbook.setColumnWidth(sheet, i, widthToPoints(column.width));
    });
  }
  return workbook;
}

/** Reads .xlsx bytes into a simulated workbook; exceljs's browser build is loaded only here. */
export async function readXlsx(bytes: ArrayBuffer): Promise<FakeWorkbook> {
  const { default: Excel } = await import("exceljs");
  const source = new Excel.Workbook();
  await source.xlsx.load(bytes);
  return toFakeWorkbook(source);
}
