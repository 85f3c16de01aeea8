import type { Address, Grid } from "../core/grid";
import type { Lang } from "../core/lang";
import type { PaneActions } from "../taskpane/pane-actions";
import type { UnkeptFeature } from "../xlsx/package-audit";

/**
 * A workbook the web page has opened, as the page's shell sees it: types only, so the page's
 * first download carries neither exceljs nor the engine (web-workbook.ts implements it).
 */
export interface OpenedWorkbook {
  file: string;
  /** What the file holds that the downloaded copy would lose. */
  unkept: UnkeptFeature[];
  /** The same, named for the user in each language (图表、宏). */
  unkeptNames: Record<Lang, string>;
  /** The pane's actions over this workbook. */
  actions: PaneActions;
  sheetNames(): string[];
  /** The sheet shown beside the pane: 校验本表 validates it. */
  activeSheet(): string;
  activate(sheet: string): void;
  /** The cell the user clicked (or the pane selected), for 指定列. */
  selection(): { sheet: string; address: Address } | null;
  select(sheet: string, address: Address): void;
  grid(sheet: string): Grid;
  /** Calls `listener` after anything that changes what the page shows. */
  subscribe(listener: () => void): () => void;
  /** Counts the changes to the workbook since it was opened (writes, reasons, new sheets, restores). */
  revision(): number;
  /** The .xlsx file as it is now: the user's workbook with the writes and reasons applied. */
  toBytes(): Promise<Uint8Array>;
}

/** How far opening a file has come, for the page's progress line. */
export type OpenStage = "reading" | "checking" | "parsing" | "ready";

/** Opening a file never throws: a problem is worded by the .xlsx shell in each language. */
export type OpenOutcome =
  | { ok: true; workbook: OpenedWorkbook }
  | { ok: false; message: Record<Lang, string>; oldFormat: boolean };
