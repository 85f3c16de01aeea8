import type { Address, Area } from "./grid";

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

export function areaToA1(area: Area): string {
  const tl = toA1({ row: area.top, col: area.left });
  const br = toA1({ row: area.bottom, col: area.right });
  return tl === br ? tl : `${tl}:${br}`;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "B12" (optionally with $) into a 0-based address; undefined when not an A1 reference. */
export function fromA1(text: string): Address | undefined {
  const m = A1.exec(text.trim());
  if (!m || !m[1] || !m[2]) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Parses "A1:I21" or "B3" into an area. */
export function areaFromA1(text: string): Area | undefined {
  const [a, b] = text.split(":");
  const start = a === undefined ? undefined : fromA1(a);
  const end = b === undefined ? start : fromA1(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function addressKey(a: Address): string {
  return `${a.row}:${a.col}`;
}

export function sameAddress(a: Address, b: Address): boolean {
  return a.row === b.row && a.col === b.col;
}

/** Orders addresses row first, as a reader scans a sheet. */
export function compareAddress(a: Address, b: Address): number {
  return a.row - b.row || a.col - b.col;
}
