import type { FakeWorkbook } from "./model";
import { FakeWorkbook as Workbook } from "./model";
import { FakeRequestContext, type HostState, type InjectedFault, type SyncRecord } from "./context";
import { PAYLOAD_LIMIT_BYTES } from "./payload";
import { FakeDocumentSettings, FakeSettingsDocument, SETTINGS_LIMIT_BYTES } from "./settings";

/**
 * An in-memory Excel host that behaves like Office.js where the shell depends on
 * it: proxies throw until loaded and synced, writes wait for sync, syncs are
 * counted and sized, and faults can be injected. Runs in Node and in a browser.
 */

export interface FakeOfficeOptions {
  workbook?: FakeWorkbook;
  /** Highest ExcelApi requirement set the host supports, e.g. "1.12" (default "1.17"). */
  excelApi?: string;
  /** Per-sync request and response cap (default 5 MB, Excel on the web's). */
  payloadLimit?: number;
  settingsLimit?: number;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run's shape: (batch), (options, batch) or (object(s), batch). */
export type FakeRun = <T>(
  first: Excel.RunOptions | object | Batch<T>,
  second?: Batch<T>
) => Promise<T>;

/** The Office global as one runtime of the add-in sees it. */
export interface FakeOfficeGlobal {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { settings: FakeDocumentSettings };
  };
  AsyncResultStatus: { Succeeded: "succeeded"; Failed: "failed" };
  onReady(): Promise<{ host: string; platform: string }>;
}

/**
 * One runtime of the add-in on the fake host: its own Office global and its own copy of the
 * document settings, the same workbook and Excel.run as every other runtime.
 */
export interface FakeRuntime {
  readonly Excel: { run: FakeRun };
  readonly Office: FakeOfficeGlobal;
  readonly settings: FakeDocumentSettings;
}

export interface FakeCounters {
  runs: number;
  syncs: number;
  failedSyncs: number;
  settingsSaves: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

function versionNumber(text: string): number {
  const [major = "0", minor = "0"] = text.split(".");
  return Number(major) * 1000 + Number(minor);
}

export class FakeOffice implements FakeRuntime {
  readonly workbook: FakeWorkbook;
  /** The document settings as stored with the document, shared by every runtime. */
  readonly settingsDocument: FakeSettingsDocument;
  /** The first runtime's copy of the settings (the task pane's, by convention in tests). */
  readonly settings: FakeDocumentSettings;
  /** Every sync since the last resetCounters(), in order. */
  readonly log: SyncRecord[] = [];
  /** The options each Excel.run was given (undefined for none). */
  readonly runOptions: (Excel.RunOptions | undefined)[] = [];
  readonly Excel: { run: FakeRun };
  readonly Office: FakeOfficeGlobal;
  private readonly excelApi: number;
  private readonly payloadLimit: number;
  private syncCount = 0;
  private runCount = 0;
  private settingsSavesAtReset = 0;
  private readonly faults = new Map<number, InjectedFault>();
  private readonly hooks = new Map<number, ((workbook: FakeWorkbook) => void)[]>();
  private cellEditWaiters: (() => void)[] = [];

  constructor(options: FakeOfficeOptions = {}) {
    this.workbook = options.workbook ?? new Workbook();
    this.excelApi = versionNumber(options.excelApi ?? "1.17");
    this.payloadLimit = options.payloadLimit ?? PAYLOAD_LIMIT_BYTES;
    this.settingsDocument = new FakeSettingsDocument(options.settingsLimit ?? SETTINGS_LIMIT_BYTES);
    this.settings = new FakeDocumentSettings(this.settingsDocument);
    this.Excel = { run: (first, second) => this.run(first, second) };
    this.Office = this.officeGlobal(this.settings);
  }

  private officeGlobal(settings: FakeDocumentSettings): FakeOfficeGlobal {
    return {
      context: {
        requirements: {
          isSetSupported: (name, minVersion) => this.isSetSupported(name, minVersion),
        },
        document: { settings },
      },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    };
  }

  /**
   * Starts another runtime of the add-in on the same document, as clicking a function command
   * (一键校验) does while the task pane is open: it loads the settings the document holds now
   * and keeps its own copy from then on.
   */
  openRuntime(): FakeRuntime {
    const settings = new FakeDocumentSettings(this.settingsDocument);
    return { Excel: this.Excel, Office: this.officeGlobal(settings), settings };
  }

  isSetSupported(name: string, minVersion = "1.1"): boolean {
    return name === "ExcelApi" && versionNumber(minVersion) <= this.excelApi;
  }

  private state(): HostState {
    return {
      workbook: this.workbook,
      payloadLimit: this.payloadLimit,
      log: this.log,
      startSync: () => {
        this.syncCount += 1;
        return this.syncCount;
      },
      takeFault: (sync) => {
        const fault = this.faults.get(sync);
        this.faults.delete(sync);
        return fault;
      },
      runHooks: (sync) => {
        for (const hook of this.hooks.get(sync) ?? []) hook(this.workbook);
        this.hooks.delete(sync);
      },
      waitForCellEditEnd: () =>
        this.workbook.cellEditMode
          ? new Promise<void>((resolve) => this.cellEditWaiters.push(resolve))
          : Promise.resolve(),
      supports: (version) => this.isSetSupported("ExcelApi", version),
    };
  }

  private async run<T>(first: Excel.RunOptions | object | Batch<T>, second?: Batch<T>): Promise<T> {
    const batch = typeof first === "function" ? first : second;
    if (!batch) throw new TypeError("Excel.run needs a batch function");
    const options = typeof first === "function" ? undefined : (first as Excel.RunOptions);
    this.runCount += 1;
    this.runOptions.push(options);
    const context = new FakeRequestContext(
      this.state(),
      this.runCount,
      options?.delayForCellEdit === true
    );
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run sends whatever is still queued when the batch's promise resolves.
      await context.sync();
      return result;
    } finally {
      context.close();
    }
  }

  /** Makes sync number `sync` (counted since the last reset, from 1) fail. */
  failSync(sync: number, fault: InjectedFault): void {
    this.faults.set(sync, fault);
  }

  /** Makes the next sync fail. */
  failNextSync(fault: InjectedFault): void {
    this.failSync(this.syncCount + 1, fault);
  }

  /** Runs `action` just before sync number `sync` reaches the host: a user acting meanwhile. */
  beforeSync(sync: number, action: (workbook: FakeWorkbook) => void): void {
    this.hooks.set(sync, [...(this.hooks.get(sync) ?? []), action]);
  }

  /** The user starts typing in a cell. */
  startCellEdit(): void {
    this.workbook.cellEditMode = true;
  }

  /** The user leaves the cell: delayed batches go on. */
  endCellEdit(): void {
    this.workbook.cellEditMode = false;
    const waiters = this.cellEditWaiters;
    this.cellEditWaiters = [];
    for (const resume of waiters) resume();
  }

  counters(): FakeCounters {
    return {
      runs: this.runCount,
      syncs: this.syncCount,
      failedSyncs: this.log.filter((r) => r.failed !== undefined).length,
      settingsSaves: this.settings.saves - this.settingsSavesAtReset,
      maxRequestBytes: this.log.reduce((m, r) => Math.max(m, r.requestBytes), 0),
      maxResponseBytes: this.log.reduce((m, r) => Math.max(m, r.responseBytes), 0),
    };
  }

  /** Starts counting afresh (sync numbers for failSync and beforeSync restart at 1). */
  resetCounters(): void {
    this.syncCount = 0;
    this.runCount = 0;
    this.log.length = 0;
    this.runOptions.length = 0;
    this.settingsSavesAtReset = this.settings.saves;
    this.faults.clear();
    this.hooks.clear();
  }

  /** Installs this host as the globals `Excel` and `Office` (for the browser playground). */
  installGlobals(
    target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>
  ): void {
    target.Excel = this.Excel;
    target.Office = this.Office;
  }
}

/** Creates a fake Office host over a workbook. */
export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  return new FakeOffice(options);
}

export { FakeWorkbook } from "./model";
export type { FakeCell, FakeSheet } from "./model";
export { FakeOfficeError, isFakeOfficeError, type FakeErrorCode } from "./errors";
export type { InjectedFault, SyncRecord } from "./context";
export { PAYLOAD_LIMIT_BYTES } from "./payload";
export { FakeDocumentSettings, FakeSettingsDocument, SETTINGS_LIMIT_BYTES } from "./settings";
export {
  addSheetFromGrid,
  sheetSnapshot,
  workbookFromGrids,
  workbookFromRows,
  workbookSnapshot,
} from "./build";
