import type { Area, Scalar } from "../../src/core";
import { FakeOfficeError } from "./errors";

/**
 * The workbook the fake host edits: plain data that tests set up and inspect.
 * Every mutation made while a sync runs records how to undo it, so a failed sync
 * can be rolled back (or deliberately left half-applied, see faults).
 */

export type BorderEdge = "top" | "bottom" | "left" | "right";

export interface FakeFont {
  name?: string;
  size?: number;
  bold?: boolean;
  color?: string;
}

/** A cell's hyperlink (Excel.RangeHyperlink, ExcelApi 1.7). */
export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeCell {
  /** Cached value; null when empty (and for an error cell, whose text is in `error`). */
  value: Scalar;
  formula?: string;
  error?: string;
  /** Absent means "General". */
  numberFormat?: string;
  /** Solid fill RRGGBB (upper case); absent means no fill. */
  fill?: string;
  font?: FakeFont;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  /** Border line style per edge ("Continuous"); absent means none. */
  borders?: Partial<Record<BorderEdge, string>>;
  hyperlink?: FakeHyperlink;
  /** Unlocked (format.protection.locked false): its content stays editable on a protected sheet. */
  unlocked?: boolean;
}

export interface FakeValidation {
  area: Area;
  rule: Excel.DataValidationRule;
}

export interface FakePageLayout {
  paperSize?: string;
  orientation?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  printArea?: Area;
  /** The rows printed at the top of every page (whole rows). */
  printTitleRows?: Area;
}

export interface FakeSheet {
  id: string;
  name: string;
  protected: boolean;
  rows: Map<number, Map<number, FakeCell>>;
  merges: Area[];
  /** Points, by 0-based column. */
  columnWidths: Map<number, number>;
  /** Points, by 0-based row. */
  rowHeights: Map<number, number>;
  validations: FakeValidation[];
  pageLayout: FakePageLayout;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

const FORBIDDEN_NAME = /[:\\/?*[\]]/;

function isEmptyRecord(cell: FakeCell): boolean {
  return (
    cell.value === null &&
    cell.formula === undefined &&
    cell.error === undefined &&
    cell.numberFormat === undefined &&
    cell.fill === undefined &&
    cell.unlocked === undefined &&
    cell.font === undefined &&
    cell.hAlign === undefined &&
    cell.vAlign === undefined &&
    cell.wrap === undefined &&
    cell.borders === undefined &&
    cell.hyperlink === undefined
  );
}

/** Whether a cell holds content (what `getUsedRange(true)` counts). */
export function hasContent(cell: FakeCell): boolean {
  return cell.value !== null || cell.formula !== undefined || cell.error !== undefined;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeSheetId = "";
  selection: { sheetId: string; area: Area } | null = null;
  /** True while the user is typing in a cell (Office.js batches then fail or wait). */
  cellEditMode = false;
  private nextId = 1;
  private undoLog: (() => void)[] | null = null;

  /** Starts recording undo steps for the mutations of one sync. */
  beginTransaction(): void {
    this.undoLog = [];
  }

  /** Keeps what the sync changed. */
  commit(): void {
    this.undoLog = null;
  }

  /** Undoes everything since beginTransaction, newest first. */
  rollback(): void {
    const log = this.undoLog ?? [];
    this.undoLog = null;
    for (let i = log.length - 1; i >= 0; i -= 1) log[i]?.();
  }

  private record(undo: () => void): void {
    this.undoLog?.push(undo);
  }

  sheetByName(name: string): FakeSheet | undefined {
    const key = name.toUpperCase();
    return this.sheets.find((s) => s.name.toUpperCase() === key);
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): FakeSheet {
    const sheet = this.sheetById(this.activeSheetId) ?? this.sheets[0];
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "the workbook has no sheet");
    return sheet;
  }

  /** Adds a sheet at the end; Excel's naming rules are enforced as Excel does. */
  addSheet(name?: string): FakeSheet {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n += 1;
      finalName = `Sheet${n}`;
    }
    this.checkName(finalName);
    const sheet: FakeSheet = {
      id: `{fake-sheet-${this.nextId++}}`,
      name: finalName,
      protected: false,
      rows: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      validations: [],
      pageLayout: {},
    };
    this.sheets.push(sheet);
    if (this.sheets.length === 1) this.activeSheetId = sheet.id;
    this.record(() => {
      const index = this.sheets.indexOf(sheet);
      if (index >= 0) this.sheets.splice(index, 1);
    });
    return sheet;
  }

  private checkName(name: string, except?: FakeSheet): void {
    if (
      name.trim() === "" ||
      name.length > 31 ||
      FORBIDDEN_NAME.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'")
    ) {
      throw new FakeOfficeError("InvalidArgument", `invalid sheet name "${name}"`);
    }
    const clash = this.sheetByName(name);
    if (clash && clash !== except) {
      throw new FakeOfficeError("ItemAlreadyExists", `a sheet named "${name}" exists`);
    }
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    this.checkName(name, sheet);
    const before = sheet.name;
    sheet.name = name;
    this.record(() => {
      sheet.name = before;
    });
  }

  /** Removes a sheet (a user action in tests: "the sheet was deleted meanwhile"). */
  deleteSheet(name: string): void {
    const sheet = this.sheetByName(name);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `no sheet "${name}"`);
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    const wasActive = this.activeSheetId === sheet.id;
    if (wasActive) this.activeSheetId = this.sheets[0]?.id ?? "";
    this.record(() => {
      this.sheets.splice(index, 0, sheet);
      if (wasActive) this.activeSheetId = sheet.id;
    });
  }

  /** Moves a sheet to a 0-based position (Worksheet.position), clamped to the last one. */
  moveSheet(sheet: FakeSheet, position: number): void {
    const from = this.sheets.indexOf(sheet);
    if (from < 0) throw new FakeOfficeError("ItemNotFound", `no sheet "${sheet.name}"`);
    if (!Number.isInteger(position) || position < 0)
      throw new FakeOfficeError("InvalidArgument", `invalid sheet position ${position}`);
    const to = Math.min(position, this.sheets.length - 1);
    this.sheets.splice(from, 1);
    this.sheets.splice(to, 0, sheet);
    this.record(() => {
      this.sheets.splice(this.sheets.indexOf(sheet), 1);
      this.sheets.splice(from, 0, sheet);
    });
  }

  setActive(sheet: FakeSheet): void {
    const before = this.activeSheetId;
    this.activeSheetId = sheet.id;
    this.record(() => {
      this.activeSheetId = before;
    });
  }

  setSelection(sheet: FakeSheet, area: Area): void {
    const before = this.selection;
    this.selection = { sheetId: sheet.id, area: { ...area } };
    this.record(() => {
      this.selection = before;
    });
  }

  setProtected(sheet: FakeSheet, value: boolean): void {
    const before = sheet.protected;
    sheet.protected = value;
    this.record(() => {
      sheet.protected = before;
    });
  }

  /** The cell record, or undefined for a cell never touched. */
  cell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
    return sheet.rows.get(row)?.get(col);
  }

  /** Replaces a cell record (undefined or an empty record removes it). */
  putCell(sheet: FakeSheet, row: number, col: number, next: FakeCell | undefined): void {
    let cells = sheet.rows.get(row);
    const before = cells?.get(col);
    if (next === undefined || isEmptyRecord(next)) {
      if (!cells || before === undefined) return;
      cells.delete(col);
      if (cells.size === 0) sheet.rows.delete(row);
    } else {
      if (!cells) {
        cells = new Map();
        sheet.rows.set(row, cells);
      }
      cells.set(col, next);
    }
    this.record(() => this.restoreCell(sheet, row, col, before));
  }

  private restoreCell(
    sheet: FakeSheet,
    row: number,
    col: number,
    cell: FakeCell | undefined
  ): void {
    let cells = sheet.rows.get(row);
    if (cell === undefined) {
      cells?.delete(col);
      if (cells && cells.size === 0) sheet.rows.delete(row);
      return;
    }
    if (!cells) {
      cells = new Map();
      sheet.rows.set(row, cells);
    }
    cells.set(col, cell);
  }

  /** Applies a change to one cell, copying the record so earlier snapshots stay intact. */
  updateCell(sheet: FakeSheet, row: number, col: number, change: (cell: FakeCell) => void): void {
    const current = this.cell(sheet, row, col);
    const next: FakeCell = current ? cloneCell(current) : { value: null };
    change(next);
    this.putCell(sheet, row, col, next);
  }

  addMerge(sheet: FakeSheet, area: Area): void {
    const overlapping = sheet.merges.filter((m) => overlaps(m, area));
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, area)).concat([{ ...area }]);
    this.record(() => {
      sheet.merges = sheet.merges.filter((m) => !sameArea(m, area)).concat(overlapping);
    });
  }

  removeMerges(sheet: FakeSheet, area: Area): void {
    const before = sheet.merges;
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
    this.record(() => {
      sheet.merges = before;
    });
  }

  setColumnWidth(sheet: FakeSheet, col: number, points: number): void {
    const before = sheet.columnWidths.get(col);
    sheet.columnWidths.set(col, points);
    this.record(() => restoreEntry(sheet.columnWidths, col, before));
  }

  setRowHeight(sheet: FakeSheet, row: number, points: number): void {
    const before = sheet.rowHeights.get(row);
    sheet.rowHeights.set(row, points);
    this.record(() => restoreEntry(sheet.rowHeights, row, before));
  }

  setValidation(sheet: FakeSheet, area: Area, rule: Excel.DataValidationRule | null): void {
    const before = sheet.validations;
    const kept = sheet.validations.filter((v) => !overlaps(v.area, area));
    sheet.validations = rule === null ? kept : kept.concat([{ area: { ...area }, rule }]);
    this.record(() => {
      sheet.validations = before;
    });
  }

  setPageLayout(sheet: FakeSheet, change: Partial<FakePageLayout>): void {
    const before = sheet.pageLayout;
    sheet.pageLayout = { ...sheet.pageLayout, ...change };
    this.record(() => {
      sheet.pageLayout = before;
    });
  }
}

function restoreEntry(map: Map<number, number>, key: number, value: number | undefined): void {
  if (value === undefined) map.delete(key);
  else map.set(key, value);
}

/** A deep copy of a cell record. */
export function cloneCell(cell: FakeCell): FakeCell {
  const copy: FakeCell = { ...cell };
  if (cell.font) copy.font = { ...cell.font };
  if (cell.borders) copy.borders = { ...cell.borders };
  if (cell.hyperlink) copy.hyperlink = { ...cell.hyperlink };
  return copy;
}

export function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** The smallest area holding every cell that counts as used; null for a blank sheet. */
export function usedArea(sheet: FakeSheet, valuesOnly: boolean): Area | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const [row, cells] of sheet.rows) {
    for (const [col, cell] of cells) {
      if (valuesOnly && !hasContent(cell)) continue;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
  }
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      top = Math.min(top, m.top);
      left = Math.min(left, m.left);
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}
