import type ExcelJS from "exceljs";
import {
  qualifiedA1,
  toA1,
  type Area,
  type CellStyle,
  type SheetLink,
  type SheetSpec,
  type SpecValidation,
} from "../core";
import { solidFill } from "./cell-state";

/** Writes a SheetSpec (the blank form, or any sheet described as data) into a new worksheet. */

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const PAPER_A4 = 9;
/** exceljs leaves out a column of exactly this width (its own default), though Excel's default is 8.43. */
const EXCELJS_DEFAULT_WIDTH = 9;
const WIDTH_NUDGE = 0.001;
/** Excel rejects an inline list longer than this (the quoted, comma-separated source). */
const LIST_SOURCE_MAX = 255;

function styleOf(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.font !== undefined) font.name = style.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: `FF${style.fontColor}` };
  if (Object.keys(font).length > 0) out.font = font;
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign !== undefined) alignment.horizontal = style.hAlign;
  if (style.vAlign !== undefined) alignment.vertical = style.vAlign;
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill !== undefined) out.fill = solidFill(style.fill);
  if (style.numberFormat !== undefined && style.numberFormat !== "General") {
    out.numFmt = style.numberFormat;
  }
  return out;
}

function validationOf(validation: SpecValidation): ExcelJS.DataValidation | null {
  if (validation.type === "list") {
    // The source is comma separated: a comma inside an item would split it.
    const source = `"${validation.values.map((v) => v.replace(/,/g, "，").replace(/"/g, "“")).join(",")}"`;
    if (source.length > LIST_SOURCE_MAX) return null;
    return {
      type: "list",
      allowBlank: true,
      formulae: [source],
      showErrorMessage: true,
      errorTitle: "请从列表中选择",
      error: "请从下拉列表中选择一项。",
    };
  }
  return {
    type: "decimal",
    allowBlank: true,
    operator: validation.max === undefined ? "greaterThanOrEqual" : "between",
    formulae: validation.max === undefined ? [validation.min] : [validation.min, validation.max],
    showErrorMessage: true,
    errorTitle: "数值无效",
    error:
      validation.max === undefined
        ? `请输入不小于 ${validation.min} 的数字。`
        : `请输入 ${validation.min} 到 ${validation.max} 之间的数字。`,
  };
}

/** "A$1:I$21": exceljs adds the column's "$", so the print area comes out absolute. */
function printAreaRef(area: Area): string {
  const corner = (row: number, col: number) => toA1({ row, col }).replace(/(\d+)$/, "$$$1");
  return `${corner(area.top, area.left)}:${corner(area.bottom, area.right)}`;
}

/** Excel's limit on a text constant in a formula. */
const FORMULA_TEXT_MAX = 255;

/**
 * A link to a cell of the workbook as =HYPERLINK("#'Sheet'!A1","text"), which Excel, WPS and
 * LibreOffice all follow: exceljs writes its own hyperlinks as external relationships, which
 * LibreOffice opens as a file path. Null when the text is too long for a formula (a plain
 * value then).
 */
function linkFormula(link: SheetLink, text: string): string | null {
  if (text.length > FORMULA_TEXT_MAX) return null;
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `HYPERLINK(${quote(`#${qualifiedA1(link.sheet, link.address)}`)},${quote(text)})`;
}

function mergeArea(sheet: ExcelJS.Worksheet, area: Area): void {
  sheet.mergeCellsWithoutStyle(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
}

/** Applies every part of a spec: cells, merges, sizes, validations and print set-up. */
export function writeSpec(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  const given = new Set<string>();
  for (const c of spec.cells) {
    const cell = sheet.getCell(c.row + 1, c.col + 1);
    given.add(`${c.row}:${c.col}`);
    const link = c.link ? linkFormula(c.link, c.value === null ? "" : String(c.value)) : null;
    if (link !== null) {
      cell.value = { formula: link, result: c.value ?? "" } as ExcelJS.CellFormulaValue;
    } else if (c.formula !== undefined) {
      const result = c.value ?? undefined;
      cell.value = { formula: c.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
    } else if (c.value !== null) {
      cell.value = c.value;
    }
    if (c.style) cell.style = styleOf(c.style);
  }
  for (const area of spec.merges) {
    mergeArea(sheet, area);
    // A merged area prints its cells' borders: cells the spec leaves out take the top-left's look.
    const master = sheet.getCell(area.top + 1, area.left + 1);
    for (let r = area.top; r <= area.bottom; r += 1) {
      for (let c = area.left; c <= area.right; c += 1) {
        if (!given.has(`${r}:${c}`)) sheet.getCell(r + 1, c + 1).style = { ...master.style };
      }
    }
  }
  spec.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width === EXCELJS_DEFAULT_WIDTH ? width + WIDTH_NUDGE : width;
  });
  for (const [row, height] of Object.entries(spec.rowHeights)) {
    sheet.getRow(Number(row) + 1).height = height;
  }
  for (const validation of spec.validations) {
    const rule = validationOf(validation);
    if (!rule) continue;
    // Set per cell: exceljs joins equal neighbours back into one range when it writes.
    const { top, left, bottom, right } = validation.area;
    for (let r = top; r <= bottom; r += 1) {
      for (let c = left; c <= right; c += 1) sheet.getCell(r + 1, c + 1).dataValidation = rule;
    }
  }
  sheet.pageSetup.paperSize = PAPER_A4;
  sheet.pageSetup.orientation = spec.print.orientation;
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = spec.print.fitToWidth;
  // 0: as many pages tall as the rows need.
  sheet.pageSetup.fitToHeight = 0;
  // exceljs puts "$" before each corner and quotes the name without doubling an apostrophe in it.
  if (!sheet.name.includes("'")) {
    sheet.pageSetup.printArea = printAreaRef(spec.print.printArea);
    const titles = spec.print.titleRows;
    if (titles) sheet.pageSetup.printTitlesRow = `${titles.top + 1}:${titles.bottom + 1}`;
  }
}
