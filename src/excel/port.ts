import type {
  Address,
  Grid,
  Journal,
  Scalar,
  SheetPlacement,
  SheetSpec,
  WorkbookPort,
  WritePlan,
} from "../core";
import { applyPlans } from "./apply-plans";
import { faultError, toFaultError } from "./faults";
import {
  detectFeatures,
  FLOOR_VERSION,
  officeHost,
  type ExcelFeatures,
  type OfficeHost,
} from "./host";
import { insertSheetSpecs } from "./insert-sheets";
import { placeSheetSpec } from "./place-sheet";
import { readSavedJournals, saveSetting } from "./journal-store";
import type { ReadBudget } from "./read-plan";
import { clearJournalMarks, restoreJournals } from "./restore";
import { loadSheetNames, snapshotSheets, type SheetSelection } from "./snapshot";
import { readSelectedCell, type SelectedCell } from "./selection";
import { typedValue } from "./typed-text";

/** The Office.js side of WorkbookPort, plus what the pane and the ribbon need on top. */
export interface ExcelPort extends WorkbookPort {
  /** Reads the active sheet (one sync for a normal form). */
  readActiveSheet(): Promise<Grid>;
  /** Reads the active sheet, all sheets, or named ones. */
  read(selection: SheetSelection): Promise<Grid[]>;
  /** Activates a sheet and selects one cell, for "click a finding". */
  selectCell(sheet: string, address: Address): Promise<void>;
  /** The top-left cell of the selection, its sheet and value (for 指定列). */
  readSelection(): Promise<SelectedCell>;
  /** Writes one value the user typed in the pane (a 偏差原因分析), as typed text. */
  writeCell(sheet: string, address: Address, value: Scalar): Promise<void>;
  /** The journals of writes not yet restored, as stored with the document. */
  savedJournals(): Journal[];
  /** Restores everything the saved journals hold; returns the number of cells put back. */
  restoreSaved(): Promise<number>;
  /** Puts back the fills the saved journals recorded; returns the number of journaled cells. */
  clearSavedMarks(): Promise<number>;
  /** A value stored with the document (null when absent). */
  readSetting(name: string): unknown;
  /** Stores a value with the document (null removes it). */
  saveSetting(name: string, value: unknown): Promise<void>;
  /** The optional requirement sets this Excel supports. */
  features(): ExcelFeatures;
}

export interface ExcelPortOptions {
  /** Defaults to the Office.js globals. */
  host?: OfficeHost;
  /** Time stamped on journals (ISO); defaults to the clock. */
  now?: () => string;
  budget?: Partial<ReadBudget>;
}

/** Creates the Office.js port; every action is one Excel.run that waits while a cell is being edited. */
export function createExcelPort(options: ExcelPortOptions = {}): ExcelPort {
  const host = options.host ?? officeHost();
  const now = options.now ?? ((): string => new Date().toISOString());
  let features: ExcelFeatures | undefined;
  // The grids last read, by sheet: what a failed write falls back on to know what cells held.
  const snapshots = new Map<string, Grid>();

  const checkFloor = (): ExcelFeatures => {
    if (!host.isSetSupported("ExcelApi", FLOOR_VERSION)) {
      throw faultError(
        "api-missing",
        { version: FLOOR_VERSION, outcome: "unchanged" },
        "ApiNotFound"
      );
    }
    features ??= detectFeatures(host);
    return features;
  };

  /** Runs a batch, mapping anything Excel throws to an ExcelFaultError. */
  const run = async <T>(
    batch: (context: Excel.RequestContext, features: ExcelFeatures) => Promise<T>,
    sheet?: string
  ): Promise<T> => {
    const found = checkFloor();
    try {
      return await host.run({ delayForCellEdit: true }, (context) => batch(context, found));
    } catch (error) {
      throw toFaultError(error, sheet === undefined ? {} : { sheet });
    }
  };

  const read = async (selection: SheetSelection): Promise<Grid[]> => {
    const grids = await run(
      (context, f) =>
        snapshotSheets(context, selection, {
          merges: f.merges,
          ...(options.budget ? { budget: options.budget } : {}),
        }),
      Array.isArray(selection) && selection.length === 1 ? selection[0] : undefined
    );
    for (const grid of grids) snapshots.set(grid.sheet, grid);
    return grids;
  };

  const restore = (journals: Journal[]): Promise<number> =>
    run((context) => restoreJournals(context, journals, host.settings));
  const clearMarks = (journals: Journal[]): Promise<number> =>
    run((context) => clearJournalMarks(context, journals));

  return {
    sheetNames: () => run((context) => loadSheetNames(context)),
    readSheets: (names?: string[]) => read(names ?? "all"),
    read,
    readActiveSheet: async () => {
      const [grid] = await read("active");
      if (!grid) throw faultError("sheet-missing", { outcome: "unchanged" });
      return grid;
    },
    applyPlans: (plans: WritePlan[]) =>
      run((context, f) =>
        applyPlans(context, plans, {
          features: f,
          settings: host.settings,
          now,
          snapshot: (sheet) => snapshots.get(sheet),
        })
      ),
    restore: async (journals: Journal[]) => {
      await restore(journals);
    },
    clearMarks: async (journals: Journal[]) => {
      await clearMarks(journals);
    },
    restoreSaved: () => restore(readSavedJournals(host.settings)),
    clearSavedMarks: () => clearMarks(readSavedJournals(host.settings)),
    insertSheets: (specs: SheetSpec[]) => run((context, f) => insertSheetSpecs(context, specs, f)),
    placeSheet: (spec: SheetSpec, placement: SheetPlacement) =>
      run((context, f) => placeSheetSpec(context, spec, placement, f), spec.name),
    selectCell: (sheet: string, address: Address) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getCell(address.row, address.col).select();
        await context.sync();
      }, sheet),
    readSelection: () => run((context) => readSelectedCell(context)),
    writeCell: (sheet: string, address: Address, value: Scalar) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getCell(address.row, address.col).values = [
          [typedValue(value)],
        ];
        await context.sync();
      }, sheet),
    savedJournals: () => readSavedJournals(host.settings),
    readSetting: (name: string) => host.settings.get(name) ?? null,
    saveSetting: async (name: string, value: unknown) => {
      try {
        await saveSetting(host.settings, name, value);
      } catch (error) {
        throw toFaultError(error);
      }
    },
    features: () => checkFloor(),
  };
}
