import type { Grid } from "./grid";
import type { WritePlan } from "./plan";
import type { Journal } from "./journal";
import type { SheetSpec } from "./sheet-spec";

/** Where a sheet the add-in writes goes, and the earlier sheets of its own it takes the place of. */
export interface SheetPlacement {
  /** 0-based position among the workbook's sheets once the replaced ones are gone. */
  position: number;
  /** Sheets the add-in made before (never the user's), deleted in the same batch. */
  replaces: string[];
  /** Show the sheet once written (Excel activates it; a file opens on it). */
  activate?: boolean;
}

/**
 * The small contract both shells implement — Excel through the Office JavaScript API (src/excel) and exceljs
 * (src/xlsx) — so one conformance suite checks them alike.
 */
export interface WorkbookPort {
  /** Names of the sheets in workbook order. */
  sheetNames(): Promise<string[]>;
  /** Reads sheets into grids (all when no names are given), in a constant number of round trips. */
  readSheets(names?: string[]): Promise<Grid[]>;
  /** Applies plans; returns one journal per plan, recorded before anything is written. */
  applyPlans(plans: WritePlan[]): Promise<Journal[]>;
  /** Puts back exactly what the journals recorded (values, formats, fills). */
  restore(journals: Journal[]): Promise<void>;
  /** Removes the marks of a plan only, leaving written values. */
  clearMarks(journals: Journal[]): Promise<void>;
  /** Adds sheets built from specs; returns the names actually used. */
  insertSheets(specs: SheetSpec[]): Promise<string[]>;
  /**
   * Adds one sheet under the spec's own name, which the core planned free once the replaced
   * sheets are gone, at a position, deleting the replaced sheets first: one sync in Excel.
   * Refuses, changing nothing, when a sheet to replace is missing; a name taken meanwhile
   * also fails it (in Excel after the replaced sheets are deleted: a batch is not atomic).
   */
  placeSheet(spec: SheetSpec, placement: SheetPlacement): Promise<void>;
}
