import type { Address } from "../core/grid";
import type { Lang } from "../core/lang";
import type { ExcelFaultKind } from "../excel/faults";
import type { Evaluation } from "../core/evaluation";
import type { Journal } from "../core/journal";
import type { ComputedCellKind, WritePlan } from "../core/plan";
import type { Settings, StoredSettings } from "../core/settings";
import type { Scalar } from "../core/grid";
import type { SheetNamePlan } from "../core/sheet-names";
import type { TemplateInput } from "../core/template-input";
import type { LayoutHint, LayoutHints, PointedHeader } from "../core/layout-hints";
import type { FieldKey } from "../core/label-dictionary";

/**
 * Everything the task pane can ask of the workbook. Components call only this
 * interface: the Office.js implementation lives in excel-pane-actions.ts, and
 * component tests pass a fake.
 */

/** The pane's languages: the core's, declared once in core/lang.ts. */
export { LANGS, type Lang } from "../core/lang";

export type Scope = "active" | "all";

/** Progress of a multi-sheet validation: `done` of `total` sheets evaluated. */
export interface Progress {
  done: number;
  total: number;
}

/** The forms found on one sheet. */
export interface SheetResult {
  sheet: string;
  evaluations: Evaluation[];
}

/** What 生成汇总表 did: every sheet validated, and the summary sheet written from them. */
export interface SummaryResult {
  /** The forms of every sheet, as 校验全部工作表 gives them. */
  results: SheetResult[];
  /** The summary sheet written; null when no sheet holds a form (nothing is written then). */
  sheet: string | null;
  forms: number;
  /** Forms with at least one error: their rows are marked on the summary. */
  formsWithErrors: number;
}

/** One planned write as the preview shows it. */
export interface PreviewRow {
  sheet: string;
  /** A1 reference of the written cell. */
  cell: string;
  kind: ComputedCellKind;
  previous: Scalar;
  value: number | string;
}

/** What 写入 would do: the cells it writes and how many cells it marks. */
export interface WritePreview {
  rows: PreviewRow[];
  marks: number;
  plans: WritePlan[];
}

/** Settings kept with the document (core/settings.ts; the Excel shell stores them). */
export type PaneSettings = Settings;

/** Settings as loaded, with why the document's stored profile was refused, if it was. */
export type LoadedSettings = StoredSettings;

/** One new form to insert as a sheet: the core's input of buildTemplate. */
export type { TemplateInput } from "../core/template-input";

/** The closed set of things that can go wrong in Excel, worded by the Excel shell (excel/faults.ts). */
export type FaultKind = ExcelFaultKind;

/**
 * An error an action reports to the pane: its kind, the sheet when known, and the wording of
 * the shell that raised it when it has one (else the pane words the kind through excel/faults).
 */
export class PaneFault extends Error {
  constructor(
    readonly kind: FaultKind,
    readonly sheet?: string,
    readonly detail?: string,
    readonly words?: Readonly<Record<Lang, string>>
  ) {
    super(words?.["en-US"] ?? detail ?? kind);
    this.name = "PaneFault";
  }
}

/** Turns anything thrown by an action into a fault the pane can word. */
export function toPaneFault(error: unknown): PaneFault {
  if (error instanceof PaneFault) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new PaneFault("unknown", undefined, detail);
}

/** What 写入 did: the journals, and the cells of older writes 恢复 can no longer put back. */
export interface WriteOutcome {
  journals: Journal[];
  /** Cells dropped from the saved record to keep it within the document's size limit. */
  prunedCells: number;
}

export interface PaneActions {
  /** Reads and evaluates the active sheet or every sheet; reports progress per sheet. */
  validate(scope: Scope, onProgress?: (progress: Progress) => void): Promise<SheetResult[]>;
  /**
   * Validates every sheet and writes the 汇总表 from those forms, in place of the add-in's
   * earlier one (never a sheet of the user's); reports progress per sheet.
   */
  writeSummary(onProgress?: (progress: Progress) => void): Promise<SummaryResult>;
  /** Applies the plans (journaled with the document first); returns the journals. */
  write(plans: WritePlan[]): Promise<WriteOutcome>;
  /** Puts back what the last write changed; returns the number of cells restored (0: nothing to restore). */
  restore(): Promise<number>;
  /** Removes the marks of the last write only; returns the number of cells cleared. */
  clearMarks(): Promise<number>;
  /** Selects a cell in Excel (activating its sheet). */
  selectCell(sheet: string, address: Address): Promise<void>;
  /** Writes a 偏差原因分析 into a cell, then evaluates that sheet again. */
  writeReason(sheet: string, address: Address, text: string): Promise<SheetResult>;
  /** The sheet names the inputs would get, made valid and unique against the workbook, with why each changed. */
  planTemplateSheets(inputs: TemplateInput[]): Promise<SheetNamePlan[]>;
  /** Inserts one blank form per input; returns the sheet names used. */
  insertTemplates(inputs: TemplateInput[]): Promise<string[]>;
  /** The layout hints kept with the document (each for its sheet). */
  loadHints(): Promise<LayoutHints>;
  /**
   * 指定列: takes the cell selected in Excel as the label of `field` on `sheet` and keeps the
   * hint with the document (core/layout-hints pointHeader decides); validations read it from then on.
   */
  pointOutHeader(sheet: string, field: FieldKey): Promise<PointedHeader>;
  /** Removes a hint from the document; returns the hints left. */
  removeHint(hint: LayoutHint): Promise<LayoutHints>;
  loadSettings(): Promise<LoadedSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
}
