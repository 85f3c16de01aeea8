import type { Grid } from "./grid";
import type { WritePlan } from "./plan";
import type { Journal } from "./journal";
import type { SheetSpec } from "./sheet-spec";

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
}
