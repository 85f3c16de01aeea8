import { HAN_CLASS } from "./script-classes";
import type { Address, Area } from "./grid";

/**
 * The one place A1 text is made and read: cell and area references ("B12", "A1:I21", whole
 * columns "A:C" and rows "2:5"), sheet-qualified references ("'My sheet'!A1:B2") and the
 * comma-separated lists Excel returns. Everywhere else addresses are 0-based records.
 */

/** Excel's sheet size: every worksheet has 1,048,576 rows and 16,384 columns (A … XFD). */
export const SHEET_ROWS = 1048576;
export const SHEET_COLUMNS = 16384;

/** A reference read from text: the area, and the sheet when the text names one. */
export interface Reference {
  sheet?: string;
  area: Area;
}

/** Column index (0-based) to letters: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Letters to a 0-based column index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toA1(a: Address): string {
  return `${columnLetters(a.col)}${a.row + 1}`;
}

/** "A1:B2", "A1" for one cell, and as Excel writes them "A:B" and "1:2" for whole columns and rows. */
export function areaToA1(area: Area): string {
  const wholeColumns = area.top === 0 && area.bottom === SHEET_ROWS - 1;
  const wholeRows = area.left === 0 && area.right === SHEET_COLUMNS - 1;
  if (wholeColumns && !wholeRows) return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  if (wholeRows && !wholeColumns) return `${area.top + 1}:${area.bottom + 1}`;
  const tl = toA1({ row: area.top, col: area.left });
  const br = toA1({ row: area.bottom, col: area.right });
  return tl === br ? tl : `${tl}:${br}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Parses "B12" (optionally with $) into a 0-based address; undefined when not an A1 cell reference. */
export function fromA1(text: string): Address | undefined {
  const m = CELL.exec(text.trim());
  if (!m || !m[1] || !m[2]) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

type Corner = { row?: number; col?: number };

function parseCorner(text: string): Corner | undefined {
  const cell = fromA1(text);
  if (cell) return cell;
  const column = COLUMN.exec(text.trim());
  if (column?.[1]) return { col: columnIndex(column[1]) };
  const row = ROW.exec(text.trim());
  if (row?.[1]) return { row: Number(row[1]) - 1 };
  return undefined;
}

/**
 * Parses "A1:I21", "B3", whole columns "A:C" and whole rows "2:5" (no sheet part) into an
 * area; undefined when the text is none of these or lies outside a sheet.
 */
export function areaFromA1(text: string): Area | undefined {
  const parts = text.trim().split(":");
  if (parts.length > 2) return undefined;
  const first = parseCorner(parts[0] ?? "");
  const second = parts.length === 1 ? first : parseCorner(parts[1] ?? "");
  if (!first || !second) return undefined;
  const wholeColumns = first.row === undefined && second.row === undefined;
  const wholeRows = first.col === undefined && second.col === undefined;
  const isCell = (c: Corner) => c.row !== undefined && c.col !== undefined;
  if (!wholeColumns && !wholeRows && !(isCell(first) && isCell(second))) return undefined;
  const r1 = first.row ?? 0;
  const r2 = second.row ?? SHEET_ROWS - 1;
  const c1 = first.col ?? 0;
  const c2 = second.col ?? SHEET_COLUMNS - 1;
  const area = {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
  if (area.top < 0 || area.left < 0) return undefined;
  if (area.bottom >= SHEET_ROWS || area.right >= SHEET_COLUMNS) return undefined;
  return area;
}

/**
 * A name Excel takes unquoted: letters, digits, "_" and ".". Letters are the ASCII ones and Han
 * (script-classes.ts: no \p{L}, which EdgeHTML cannot parse); a name in another script is quoted,
 * which Excel always accepts.
 */
const PLAIN_NAME = new RegExp(`^[A-Za-z_${HAN_CLASS}][A-Za-z0-9_.${HAN_CLASS}]*$`, "u");
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/;

/** A sheet name as Excel writes it in a reference: quoted (with '' for ') unless plain. */
export function quoteSheetName(name: string): string {
  if (PLAIN_NAME.test(name) && !LOOKS_LIKE_REFERENCE.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** The sheet-qualified reference of an area or a cell: "Sheet1!A1:B2", "'My sheet'!C3". */
export function qualifiedA1(sheet: string, where: Area | Address): string {
  const text = "top" in where ? areaToA1(where) : toA1(where);
  return `${quoteSheetName(sheet)}!${text}`;
}

/** Splits a reference into its sheet (unquoted) and area text; undefined when a quoted name is unclosed. */
function splitSheet(text: string): { sheet?: string; area: string } | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith("'")) {
    let name = "";
    let i = 1;
    for (; i < trimmed.length; i += 1) {
      const ch = trimmed[i];
      if (ch === "'" && trimmed[i + 1] === "'") {
        name += "'";
        i += 1;
      } else if (ch === "'") break;
      else name += ch;
    }
    if (trimmed[i] !== "'" || trimmed[i + 1] !== "!") return undefined;
    return { sheet: name, area: trimmed.slice(i + 2) };
  }
  const bang = trimmed.lastIndexOf("!");
  if (bang < 0) return { area: trimmed };
  return { sheet: trimmed.slice(0, bang), area: trimmed.slice(bang + 1) };
}

/** Parses "Sheet1!A1:B2", "'My, sheet'!$C$5" or "B3"; undefined when it is not a reference. */
export function parseReference(text: string): Reference | undefined {
  const split = splitSheet(text);
  const area = split ? areaFromA1(split.area) : undefined;
  if (!split || !area) return undefined;
  return split.sheet === undefined ? { area } : { sheet: split.sheet, area };
}

/** Splits a list of references on the commas that are not inside a quoted sheet name. */
function splitList(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") {
      // A doubled quote inside a quoted name is a literal quote.
      if (quoted && text[i + 1] === "'") {
        current += "''";
        i += 1;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/**
 * Parses a list of references as Excel returns them ("Sheet1!A1:I1, 'My, sheet'!B3");
 * parts that are not references are skipped.
 */
export function parseReferenceList(text: string): Reference[] {
  return splitList(text)
    .map(parseReference)
    .filter((r): r is Reference => r !== undefined);
}

export function addressKey(a: Address): string {
  return `${a.row}:${a.col}`;
}

/** Orders addresses row first, as a reader scans a sheet. */
export function compareAddress(a: Address, b: Address): number {
  return a.row - b.row || a.col - b.col;
}
