import { FakeOfficeError, type FakeErrorCode } from "./errors";
import type { FakeWorkbook } from "./model";
import { jsonBytes } from "./payload";
import { FakeWorkbookProxy } from "./workbook-proxy";

/** One sync as the host saw it, for tests and the benchmark. */
export interface SyncRecord {
  /** 1-based number of the sync over the host's life. */
  sync: number;
  /** 1-based number of the Excel.run the sync belongs to. */
  run: number;
  operations: number;
  requestBytes: number;
  responseBytes: number;
  /** The error code when the sync failed. */
  failed?: string;
}

/** A fault a test asks for: the sync fails with `code` after applying its first `applyFirst` operations. */
export interface InjectedFault {
  code: FakeErrorCode;
  /**
   * How many queued operations run (and stay applied) before the failure: Office.js
   * batches are not atomic. 0, the default, fails at the first operation, so nothing
   * is applied.
   */
  applyFirst?: number;
  detail?: string;
}

/** What a request context needs from the host that created it. */
export interface HostState {
  readonly workbook: FakeWorkbook;
  readonly payloadLimit: number;
  readonly log: SyncRecord[];
  /** Counts a sync that reaches the host and returns its number. */
  startSync(run: number): number;
  takeFault(sync: number): InjectedFault | undefined;
  runHooks(sync: number): void;
  waitForCellEditEnd(): Promise<void>;
  supports(version: string): boolean;
}

type Operation = {
  path: string;
  args: unknown;
  run: (tx: Transaction) => void;
};

interface Loadable {
  accept(name: string, value: unknown): void;
}

/** The work of one sync: the workbook, the values loads produce, and their size. */
export class Transaction {
  readonly workbook: FakeWorkbook;
  readonly host: HostState;
  responseBytes = 0;
  private readonly staged: [Loadable, string, unknown][] = [];

  constructor(host: HostState) {
    this.host = host;
    this.workbook = host.workbook;
  }

  /**
   * Records a loaded value, delivered to the proxy only if the sync succeeds. The value
   * is copied now, at the load's place in the queue: a write queued after the load in
   * the same batch does not show through it, as in Office.js.
   */
  stage(target: Loadable, name: string, value: unknown): void {
    const copy = snapshotOf(value);
    this.staged.push([target, name, copy]);
    this.responseBytes += jsonBytes(copy) + name.length + 4;
  }

  /** Throws ApiNotFound when the host lacks the ExcelApi version an API needs. */
  requireApi(version: string, api: string): void {
    if (!this.host.supports(version)) {
      throw new FakeOfficeError("ApiNotFound", `${api} needs ExcelApi ${version}`);
    }
  }

  deliver(): void {
    for (const [target, name, value] of this.staged) target.accept(name, value);
  }
}

/** A copy of plain data (arrays, plain objects); proxies and other class instances are kept. */
function snapshotOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snapshotOf);
  if (
    value !== null &&
    typeof value === "object" &&
    Object.getPrototypeOf(value) === Object.prototype
  )
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, snapshotOf(v)]));
  return value;
}

/** Overhead Office.js adds per queued action (object path and action JSON), estimated. */
const OPERATION_OVERHEAD_BYTES = 96;

/** A fake Excel.RequestContext: queues operations, applies them at `sync()`. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  readonly delayForCellEdit: boolean;
  /** Accepted and ignored, as the fake tracks nothing across syncs. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: Operation[] = [];
  private closed = false;
  private readonly host: HostState;
  private readonly run: number;

  constructor(host: HostState, run: number, delayForCellEdit: boolean) {
    this.host = host;
    this.run = run;
    this.delayForCellEdit = delayForCellEdit;
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** Queues an operation; objects of a finished Excel.run cannot be used any more. */
  enqueue(path: string, args: unknown, run: (tx: Transaction) => void): void {
    if (this.closed) {
      throw new FakeOfficeError("InvalidObjectPath", `${path} used after its Excel.run ended`);
    }
    this.queue.push({ path, args, run });
  }

  /** Operations waiting for the next sync. */
  get pendingOperations(): number {
    return this.queue.length;
  }

  close(): void {
    this.closed = true;
  }

  /**
   * Sends the queued operations, applied in order. As in Excel, a batch is not atomic: when an
   * operation fails (a locked cell, a deleted sheet, an injected fault), the ones before it
   * stay applied and the rest are not run; the loads of the batch deliver nothing.
   */
  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    // An empty batch never leaves the add-in in Office.js: no round trip.
    if (operations.length === 0) return;
    await Promise.resolve();
    const number = this.host.startSync(this.run);
    const requestBytes = operations.reduce(
      (sum, op) => sum + OPERATION_OVERHEAD_BYTES + op.path.length + jsonBytes(op.args),
      0
    );
    const record: SyncRecord = {
      sync: number,
      run: this.run,
      operations: operations.length,
      requestBytes,
      responseBytes: 0,
    };
    this.host.log.push(record);
    try {
      this.host.runHooks(number);
      await this.waitOutCellEdit();
      if (requestBytes > this.host.payloadLimit) {
        throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `${requestBytes} bytes`);
      }
      this.apply(operations, record, this.host.takeFault(number));
    } catch (error) {
      record.failed = error instanceof FakeOfficeError ? error.code : String(error);
      throw error;
    }
  }

  private async waitOutCellEdit(): Promise<void> {
    if (!this.host.workbook.cellEditMode) return;
    if (!this.delayForCellEdit) throw new FakeOfficeError("InvalidOperationInCellEditMode");
    await this.host.waitForCellEditEnd();
  }

  private apply(
    operations: Operation[],
    record: SyncRecord,
    fault: InjectedFault | undefined
  ): void {
    const workbook = this.host.workbook;
    const tx = new Transaction(this.host);
    workbook.beginTransaction();
    try {
      operations.forEach((op, index) => {
        if (fault && index === (fault.applyFirst ?? 0)) throw injected(fault);
        op.run(tx);
      });
      if (fault) throw injected(fault);
    } catch (error) {
      workbook.commit();
      throw error;
    }
    record.responseBytes = tx.responseBytes;
    if (tx.responseBytes > this.host.payloadLimit) {
      // Whether Excel keeps the writes of a batch whose response is too large is not documented;
      // the fake keeps none (the shell reads in batches without writes).
      workbook.rollback();
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${tx.responseBytes} bytes`);
    }
    workbook.commit();
    tx.deliver();
  }
}

function injected(fault: InjectedFault): FakeOfficeError {
  return new FakeOfficeError(fault.code, fault.detail ?? "injected by the test");
}
