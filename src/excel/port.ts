import {
  cellAt,
  type Address,
  type Grid,
  type Journal,
  type Scalar,
  type SheetPlacement,
  type SheetSpec,
  type WorkbookPort,
  type WritePlan,
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
import { readJournals } from "./journal-store";
import type { ReadBudget } from "./read-plan";
import { clearJournalMarks, restoreJournals } from "./restore";
import { settingsStore } from "./settings-store";
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
  /** The journals of writes not yet restored, as the document holds them now. */
  savedJournals(): Promise<Journal[]>;
  /** Restores everything the saved journals hold; returns the number of cells put back. */
  restoreSaved(): Promise<number>;
  /** Puts back the fills the saved journals recorded; returns the number of journaled cells. */
  clearSavedMarks(): Promise<number>;
  /**
   * A value stored with the document (null when absent), re-read from the document: another
   * runtime of the add-in (the pane, the ribbon) may have saved it since this one started.
   */
  readSetting(name: string): Promise<unknown>;
  /** Stores a value with the document (null removes it); other keys stay as the document has them. */
  saveSetting(name: string, value: unknown): Promise<void>;
  /**
   * Changes a value from the one the document holds now and stores it (read-modify-write in
   * one step; `change` returning null removes it). For keys that more than one runtime writes.
   */
  updateSetting(name: string, change: (current: unknown) => unknown): Promise<void>;
  /** The optional requirement sets this Excel supports. */
  features(): ExcelFeatures;
  /**
   * How many cells of older writes the last applyPlans dropped from the saved record to keep it
   * within its size budget (0 when none): 恢复 no longer puts those back.
   */
  journalPruned(): number;
}

export interface ExcelPortOptions {
  /** Defaults to the Office.js globals. */
  host?: OfficeHost;
  /** Time stamped on journals (ISO); defaults to the clock. */
  now?: () => string;
  budget?: Partial<ReadBudget>;
  /** Bytes the saved journals may take (tests lower it). */
  journalBudget?: number;
}

/** Creates the Office.js port; every action is one Excel.run that waits while a cell is being edited. */
export function createExcelPort(options: ExcelPortOptions = {}): ExcelPort {
  const host = options.host ?? officeHost();
  const now = options.now ?? ((): string => new Date().toISOString());
  let features: ExcelFeatures | undefined;
  // The grids last read, by sheet: what a failed write falls back on to know what cells held.
  const snapshots = new Map<string, Grid>();
  let pruned = 0;
  // This runtime's view of the document settings: refreshed before every read and change.
  const store = settingsStore(() => host.settings);

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
    run((context) => restoreJournals(context, journals, store));
  const clearMarks = (journals: Journal[]): Promise<number> =>
    run((context) => clearJournalMarks(context, journals));

  const updateSetting = async (
    name: string,
    change: (current: unknown) => unknown
  ): Promise<void> => {
    try {
      await store.update(name, change);
    } catch (error) {
      throw toFaultError(error);
    }
  };

  return {
    sheetNames: () => run((context) => loadSheetNames(context)),
    readSheets: (names?: string[]) => read(names ?? "all"),
    read,
    readActiveSheet: async () => {
      const [grid] = await read("active");
      if (!grid) throw faultError("sheet-missing", { outcome: "unchanged" });
      return grid;
    },
    applyPlans: (plans: WritePlan[]) => {
      pruned = 0;
      return run((context, f) =>
        applyPlans(context, plans, {
          features: f,
          store,
          now,
          snapshot: (sheet) => snapshots.get(sheet),
          ...(options.journalBudget === undefined ? {} : { journalBudget: options.journalBudget }),
          onJournalPruned: (count) => (pruned = count),
        })
      );
    },
    restore: async (journals: Journal[]) => {
      await restore(journals);
    },
    clearMarks: async (journals: Journal[]) => {
      await clearMarks(journals);
    },
    restoreSaved: async () => restore(await readJournals(store)),
    clearSavedMarks: async () => clearMarks(await readJournals(store)),
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
        // The format as validation read it: a Text cell ("@") takes the text as it is.
        const grid = snapshots.get(sheet);
        const format = grid && cellAt(grid, address.row, address.col).format;
        context.workbook.worksheets.getItem(sheet).getCell(address.row, address.col).values = [
          [typedValue(value, format)],
        ];
        await context.sync();
      }, sheet),
    savedJournals: () => readJournals(store),
    readSetting: (name: string) => store.read(name),
    saveSetting: (name: string, value: unknown) => updateSetting(name, () => value),
    updateSetting,
    features: () => checkFloor(),
    journalPruned: () => pruned,
  };
}
