import type { Area } from "../../src/core";
import { columnIndex, columnLetters } from "../../src/core";
import { FakeOfficeError } from "./errors";
import { MAX_COLUMNS, MAX_ROWS } from "./model";

/** Address text as Office.js returns it: "Sheet1!A1:B2", the sheet name quoted when needed. */

const PLAIN_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/;

/** Quotes a sheet name the way Excel writes it in references. */
export function quoteSheetName(name: string): string {
  if (PLAIN_NAME.test(name) && !LOOKS_LIKE_REFERENCE.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

function cellText(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "A1:B2" (or "A1" for one cell, "A:B" and "1:2" for whole columns and rows). */
export function areaText(area: Area): string {
  const wholeColumns = area.top === 0 && area.bottom === MAX_ROWS - 1;
  const wholeRows = area.left === 0 && area.right === MAX_COLUMNS - 1;
  if (wholeColumns && !wholeRows) {
    return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  }
  if (wholeRows && !wholeColumns) return `${area.top + 1}:${area.bottom + 1}`;
  const start = cellText(area.top, area.left);
  const end = cellText(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

/** "Sheet1!A1:B2". */
export function qualifiedAddress(sheetName: string, area: Area): string {
  return `${quoteSheetName(sheetName)}!${areaText(area)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Corner = { row?: number; col?: number };

function parseCorner(text: string): Corner | undefined {
  const cell = CELL.exec(text);
  if (cell?.[1] && cell[2]) return { row: Number(cell[2]) - 1, col: columnIndex(cell[1]) };
  const column = COLUMN.exec(text);
  if (column?.[1]) return { col: columnIndex(column[1]) };
  const row = ROW.exec(text);
  if (row?.[1]) return { row: Number(row[1]) - 1 };
  return undefined;
}

/** Parses "A1", "A1:B2", "A:C" or "2:5" (no sheet part) into an area; throws InvalidArgument. */
export function parseAreaText(text: string): Area {
  const parts = text.trim().split(":");
  const first = parts[0] === undefined ? undefined : parseCorner(parts[0]);
  const second =
    parts.length === 1 ? first : parts[1] === undefined ? undefined : parseCorner(parts[1]);
  const bad = (): never => {
    throw new FakeOfficeError("InvalidArgument", `bad address "${text}"`);
  };
  if (parts.length > 2 || !first || !second) return bad();
  const wholeCols = first.row === undefined && second.row === undefined;
  const wholeRows = first.col === undefined && second.col === undefined;
  if (!wholeCols && !wholeRows && (first.row === undefined || second.row === undefined))
    return bad();
  if (!wholeCols && !wholeRows && (first.col === undefined || second.col === undefined))
    return bad();
  const r1 = first.row ?? 0;
  const r2 = second.row ?? MAX_ROWS - 1;
  const c1 = first.col ?? 0;
  const c2 = second.col ?? MAX_COLUMNS - 1;
  const area = {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
  if (area.bottom >= MAX_ROWS || area.right >= MAX_COLUMNS) return bad();
  return area;
}

/** Splits "Sheet1!A1:B2" into sheet name (unquoted) and area text. */
export function splitSheetPart(text: string): { sheet?: string; area: string } {
  const trimmed = text.trim();
  if (trimmed.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < trimmed.length) {
      const ch = trimmed[i];
      if (ch === "'" && trimmed[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (ch === "'") {
        break;
      } else {
        name += ch;
        i += 1;
      }
    }
    if (trimmed[i + 1] !== "!")
      throw new FakeOfficeError("InvalidArgument", `bad address "${text}"`);
    return { sheet: name, area: trimmed.slice(i + 2) };
  }
  const bang = trimmed.lastIndexOf("!");
  if (bang < 0) return { area: trimmed };
  return { sheet: trimmed.slice(0, bang), area: trimmed.slice(bang + 1) };
}
