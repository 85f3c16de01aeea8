import {
  planSheetNames,
  qualifiedA1,
  type Area,
  type CellStyle,
  type SheetSpec,
  type SpecValidation,
} from "../core";
import { toFaultError } from "./faults";
import type { ExcelFeatures } from "./host";
import { packBySize, REQUEST_BUDGET, utf8Bytes } from "./read-plan";
import { loadSheetNames } from "./snapshot";
import { typedValue } from "./typed-text";

/**
 * Builds new sheets from SheetSpecs: sync 1 reads the existing names (to make the
 * new ones valid and unique), sync 2 adds every sheet and writes its content.
 * Cells are written as one matrix per sheet and styles as rectangles of equal
 * style, so the request stays small for many sheets.
 */

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** Excel character units (width of "0" in the default font, Calibri 11: 7 px plus 5 px padding) to points. */
export function charactersToPoints(characters: number): number {
  const pixels = characters <= 0 ? 0 : Math.round(characters * 7 + 5);
  return pixels * 0.75;
}

function styleKey(style: CellStyle | undefined): string {
  if (!style) return "";
  const { numberFormat: _ignored, ...rest } = style;
  const entries = Object.entries(rest).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? "" : JSON.stringify(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** Groups cells of equal style into rectangles: runs along rows, then equal runs stacked down. */
export function styleRectangles(
  cells: { row: number; col: number; key: string }[]
): Map<string, Area[]> {
  const byRow = new Map<number, { col: number; key: string }[]>();
  for (const cell of cells) {
    if (cell.key === "") continue;
    const list = byRow.get(cell.row) ?? [];
    list.push(cell);
    byRow.set(cell.row, list);
  }
  const open = new Map<string, Area>();
  const result = new Map<string, Area[]>();
  const close = (area: Area, key: string): void => {
    const list = result.get(key) ?? [];
    list.push(area);
    result.set(key, list);
  };
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    const runs: { left: number; right: number; key: string }[] = [];
    for (const cell of (byRow.get(row) ?? []).sort((a, b) => a.col - b.col)) {
      const last = runs[runs.length - 1];
      if (last && last.key === cell.key && last.right === cell.col - 1) last.right = cell.col;
      else runs.push({ left: cell.col, right: cell.col, key: cell.key });
    }
    const seen = new Set<string>();
    for (const run of runs) {
      const id = `${run.key}\u0000${run.left}:${run.right}`;
      seen.add(id);
      const prev = open.get(id);
      if (prev && prev.bottom === row - 1) prev.bottom = row;
      else {
        if (prev) close(prev, run.key);
        open.set(id, { top: row, left: run.left, bottom: row, right: run.right });
      }
    }
    for (const [id, area] of open) {
      if (!seen.has(id) && area.bottom < row) {
        close(area, id.slice(0, id.indexOf("\u0000")));
        open.delete(id);
      }
    }
  }
  for (const [id, area] of open) close(area, id.slice(0, id.indexOf("\u0000")));
  return result;
}

function rangeOf(sheet: Excel.Worksheet, area: Area): Excel.Range {
  return sheet.getRangeByIndexes(
    area.top,
    area.left,
    area.bottom - area.top + 1,
    area.right - area.left + 1
  );
}

function queueStyle(range: Excel.Range, style: CellStyle, area: Area): void {
  const format = range.format;
  if (style.font !== undefined) format.font.name = style.font;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontColor !== undefined) format.font.color = `#${style.fontColor}`;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.hAlign !== undefined) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.fill !== undefined) format.fill.color = `#${style.fill}`;
  if (style.border) {
    const edges: string[] = [...EDGES];
    if (area.bottom > area.top) edges.push("InsideHorizontal");
    if (area.right > area.left) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

function queueValidation(sheet: Excel.Worksheet, validation: SpecValidation): void {
  const range = rangeOf(sheet, validation.area);
  if (validation.type === "list") {
    // A list source is comma separated; a comma inside an item would split it.
    const source = validation.values.map((v) => v.replace(/,/g, "，")).join(",");
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  } else {
    range.dataValidation.rule = {
      decimal:
        validation.max === undefined
          ? { formula1: validation.min, operator: "GreaterThanOrEqualTo" }
          : { formula1: validation.min, formula2: validation.max, operator: "Between" },
    };
  }
}

/** Groups consecutive indexes with equal sizes: [start, count, size]. */
function runsOf(sizes: [number, number][]): [number, number, number][] {
  const sorted = [...sizes].sort((a, b) => a[0] - b[0]);
  const runs: [number, number, number][] = [];
  for (const [index, size] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[2] === size && last[0] + last[1] === index) last[1] += 1;
    else runs.push([index, 1, size]);
  }
  return runs;
}

function queueSheet(
  context: Excel.RequestContext,
  spec: SheetSpec,
  name: string,
  features: ExcelFeatures
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(name);
  queueSpec(sheet, spec, features);
  return sheet;
}

/** Queues everything a spec describes onto a sheet that is new and blank. */
export function queueSpec(sheet: Excel.Worksheet, spec: SheetSpec, features: ExcelFeatures): void {
  const rows = Math.max(0, ...spec.cells.map((c) => c.row + 1));
  const cols = Math.max(0, ...spec.cells.map((c) => c.col + 1));
  if (rows > 0 && cols > 0) {
    const content: (string | number | boolean)[][] = Array.from({ length: rows }, () =>
      new Array<string>(cols).fill("")
    );
    const formats: string[][] = Array.from({ length: rows }, () =>
      new Array<string>(cols).fill("General")
    );
    for (const cell of spec.cells) {
      const row = content[cell.row];
      if (row) row[cell.col] = cell.formula ?? typedValue(cell.value, cell.style?.numberFormat);
      const formatRow = formats[cell.row];
      if (formatRow && cell.style?.numberFormat) formatRow[cell.col] = cell.style.numberFormat;
    }
    const whole = rangeOf(sheet, { top: 0, left: 0, bottom: rows - 1, right: cols - 1 });
    whole.numberFormat = formats;
    whole.formulas = content;
  }
  const styles = new Map(spec.cells.map((c) => [styleKey(c.style), c.style]));
  const rectangles = styleRectangles(
    spec.cells.map((c) => ({ row: c.row, col: c.col, key: styleKey(c.style) }))
  );
  for (const [key, areas] of rectangles) {
    const style = styles.get(key);
    if (style) for (const area of areas) queueStyle(rangeOf(sheet, area), style, area);
  }
  for (const merge of spec.merges) rangeOf(sheet, merge).merge(false);
  // Links go after the values: Excel shows a link's textToDisplay in its cell (ExcelApi 1.7).
  for (const cell of spec.cells) {
    if (!cell.link) continue;
    sheet.getCell(cell.row, cell.col).hyperlink = {
      documentReference: qualifiedA1(cell.link.sheet, cell.link.address),
      textToDisplay: cell.value === null ? "" : String(cell.value),
    };
  }
  for (const [start, count, width] of runsOf(spec.columnWidths.map((w, i) => [i, w]))) {
    sheet.getRangeByIndexes(0, start, 1, count).format.columnWidth = charactersToPoints(width);
  }
  const heights = Object.entries(spec.rowHeights).map(([row, h]): [number, number] => [
    Number(row),
    h,
  ]);
  for (const [start, count, height] of runsOf(heights)) {
    sheet.getRangeByIndexes(start, 0, count, 1).format.rowHeight = height;
  }
  if (features.dataValidation)
    for (const validation of spec.validations) queueValidation(sheet, validation);
  if (features.pageLayout) {
    const layout = sheet.pageLayout;
    layout.paperSize = "A4";
    layout.orientation = spec.print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.zoom = { horizontalFitToPages: spec.print.fitToWidth };
    layout.setPrintArea(rangeOf(sheet, spec.print.printArea));
    const titles = spec.print.titleRows;
    if (titles)
      layout.setPrintTitleRows(
        sheet.getRangeByIndexes(titles.top, 0, titles.bottom - titles.top + 1, 1).getEntireRow()
      );
  }
}

/**
 * Estimated request bytes for one spec: its JSON plus Office.js's per-action overhead,
 * about four times the JSON for the official form (measured on the fake host).
 */
export function estimateSpecBytes(spec: SheetSpec): number {
  return 4 * utf8Bytes(JSON.stringify(spec));
}

/** Adds one sheet per spec with valid, unique names; returns the names used. */
export async function insertSheetSpecs(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  features: ExcelFeatures
): Promise<string[]> {
  if (specs.length === 0) return [];
  const existing = await loadSheetNames(context);
  const names = planSheetNames(
    specs.map((s) => s.name),
    existing
  ).map((p) => p.name);
  const items = specs.map((spec, i) => ({ spec, name: names[i] ?? spec.name }));
  // Twenty official forms fit one request; more are split so no request passes the limit.
  for (const group of packBySize(items, (item) => estimateSpecBytes(item.spec), REQUEST_BUDGET)) {
    for (const { spec, name } of group) queueSheet(context, spec, name, features);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB of request, not one per sheet
      await context.sync();
    } catch (error) {
      throw toFaultError(error, group.length === 1 && group[0] ? { sheet: group[0].name } : {});
    }
  }
  return names;
}
