import type { Area } from "../core";

/**
 * Pure planning of how to read sheets in few syncs while every request and
 * response stays under Excel on the web's 5 MB limit.
 */

export interface ReadBudget {
  /** Bytes of response one sync may carry (kept below 5 MB for JSON overhead). */
  responseBytes: number;
  /** Assumed bytes per cell for values + formulas + numberFormat + valueTypes before anything is measured. */
  bytesPerCell: number;
  /** Columns of the first-sync window read from A1 on every sheet. */
  windowColumns: number;
  /**
   * Cells per getMergedAreasOrNullObject call. Excel fails above 512 merged areas, and
   * each area has its own top-left cell, so a block of at most 512 cells cannot fail.
   */
  mergeBlockCells: number;
}

export const DEFAULT_BUDGET: ReadBudget = {
  responseBytes: 4_000_000,
  bytesPerCell: 64,
  windowColumns: 26,
  mergeBlockCells: 512,
};

const MAX_ROWS = 1048576;

export function cellCount(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** Rows of the A1-anchored window each of `sheets` sheets gets in the first sync. */
export function windowRows(sheets: number, budget: ReadBudget): number {
  const cells = Math.floor(budget.responseBytes / budget.bytesPerCell / Math.max(1, sheets));
  return Math.min(MAX_ROWS, Math.max(1, Math.floor(cells / budget.windowColumns)));
}

/** The window rectangle (rows 0..rows-1, columns 0..columns-1), or null for none. */
export function windowArea(rows: number, columns: number): Area | null {
  return rows < 1 || columns < 1 ? null : { top: 0, left: 0, bottom: rows - 1, right: columns - 1 };
}

/** What remains of `area` outside an A1-anchored window: at most two rectangles. */
export function outsideWindow(area: Area, window: Area | null): Area[] {
  if (window === null) return [{ ...area }];
  const parts: Area[] = [];
  // Right of the window, on the window's rows.
  const rightTop = area.top;
  const rightBottom = Math.min(area.bottom, window.bottom);
  const rightLeft = Math.max(area.left, window.right + 1);
  if (rightTop <= rightBottom && rightLeft <= area.right) {
    parts.push({ top: rightTop, left: rightLeft, bottom: rightBottom, right: area.right });
  }
  // Below the window, full width.
  const belowTop = Math.max(area.top, window.bottom + 1);
  if (belowTop <= area.bottom)
    parts.push({ top: belowTop, left: area.left, bottom: area.bottom, right: area.right });
  return parts;
}

/** Cuts an area into bands of whole rows holding at most `maxCells` cells each (at least one row). */
export function splitRows(area: Area, maxCells: number): Area[] {
  const width = area.right - area.left + 1;
  const rows = Math.max(1, Math.floor(maxCells / width));
  const out: Area[] = [];
  for (let top = area.top; top <= area.bottom; top += rows) {
    out.push({
      top,
      left: area.left,
      bottom: Math.min(area.bottom, top + rows - 1),
      right: area.right,
    });
  }
  return out;
}

/** Cuts an area into blocks of at most `maxCells` cells, splitting columns first when a row is too wide. */
export function splitBlocks(area: Area, maxCells: number): Area[] {
  const out: Area[] = [];
  const width = Math.max(1, Math.min(area.right - area.left + 1, maxCells));
  for (let left = area.left; left <= area.right; left += width) {
    const strip = { ...area, left, right: Math.min(area.right, left + width - 1) };
    out.push(...splitRows(strip, maxCells));
  }
  return out;
}

/** Request bytes one writing sync may carry, below the 5 MB limit. */
export const REQUEST_BUDGET = 4_000_000;

/** Request bytes assumed per queued command on a cell (object path and action), on the generous side. */
const COMMAND_BYTES = 200;

/** Estimated request bytes of `commands` commands on one cell of `sheet` carrying `data` text. */
export function estimateCellRequest(sheet: string, commands: number, data: string): number {
  return commands * (COMMAND_BYTES + utf8Bytes(sheet)) + utf8Bytes(data);
}

/** Groups items into syncs whose summed estimate stays within the budget (an oversized item goes alone). */
export function packBySize<T>(items: T[], size: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const bytes = size(item);
    if (current.length > 0 && used + bytes > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** UTF-8 byte length of a string (payload limits count bytes, not characters). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

/** Halves an area by rows; null when it is a single row (cannot be split further). */
export function halveRows(area: Area): [Area, Area] | null {
  if (area.top === area.bottom) return null;
  const middle = Math.floor((area.top + area.bottom) / 2);
  return [
    { ...area, bottom: middle },
    { ...area, top: middle + 1 },
  ];
}
