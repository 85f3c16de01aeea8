import { jsonBytes } from "./payload";

/**
 * Fake Office document settings, as office.js keeps them: the document stores one property
 * bag per add-in (FakeSettingsDocument), and every runtime of the add-in — the task pane, a
 * function command, a dialog — holds its own in-memory copy (FakeDocumentSettings), loaded
 * when the runtime starts. `get`, `set` and `remove` work on that copy; `saveAsync` writes the
 * whole copy back, replacing whatever another runtime saved meanwhile; `refreshAsync` re-reads
 * the document into the copy (office.js's Settings.refreshAsync removes every key of the copy,
 * then sets each key the document holds).
 */

/** Assumed size cap of an add-in's document settings, in bytes of JSON. */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

type Callback<T> = (result: Office.AsyncResult<T>) => void;

function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function copyMap(map: Map<string, unknown>): Map<string, unknown> {
  return new Map([...map].map(([k, v]) => [k, copy(v)]));
}

function result<T>(
  status: "succeeded" | "failed",
  value: T,
  message?: string
): Office.AsyncResult<T> {
  const error = { code: 5001, name: "Internal Error", message: message ?? "" } as Office.Error;
  return {
    status: status as unknown as Office.AsyncResultStatus,
    value,
    error: status === "failed" ? error : (undefined as unknown as Office.Error),
    asyncContext: undefined,
    diagnostics: undefined,
  };
}

/** The settings stored with the document: shared by every runtime, changed only by saveAsync. */
export class FakeSettingsDocument {
  stored = new Map<string, unknown>();
  /** Number of saveAsync calls from every runtime. */
  saves = 0;
  /** Tests may lower it to make a document refuse large settings. */
  limitBytes: number;

  constructor(limitBytes = SETTINGS_LIMIT_BYTES) {
    this.limitBytes = limitBytes;
  }

  /** A stored value (null when absent). */
  value(name: string): unknown {
    return copy(this.stored.get(name) ?? null);
  }
}

/** One runtime's Office.context.document.settings. */
export class FakeDocumentSettings {
  readonly document: FakeSettingsDocument;
  private memory: Map<string, unknown>;
  private saveFailures = 0;
  private refreshFailures = 0;

  constructor(document: FakeSettingsDocument = new FakeSettingsDocument()) {
    this.document = document;
    // A runtime loads the document's settings when it starts.
    this.memory = copyMap(document.stored);
  }

  get saves(): number {
    return this.document.saves;
  }

  get limitBytes(): number {
    return this.document.limitBytes;
  }

  get(name: string): unknown {
    return copy(this.memory.get(name) ?? null);
  }

  set(name: string, value: unknown): void {
    this.memory.set(name, copy(value));
  }

  remove(name: string): void {
    this.memory.delete(name);
  }

  /** Writes this runtime's whole copy to the document, as office.js serializes the whole bag. */
  saveAsync(
    optionsOrCallback?: Office.AsyncContextOptions | Callback<void>,
    maybeCallback?: Callback<void>
  ): void {
    const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback;
    this.document.saves += 1;
    const size = jsonBytes(Object.fromEntries(this.memory));
    let outcome: Office.AsyncResult<void>;
    if (this.saveFailures > 0) {
      this.saveFailures -= 1;
      outcome = result("failed", undefined, "injected by the test");
    } else if (size > this.document.limitBytes) {
      outcome = result("failed", undefined, `settings of ${size} bytes exceed the limit`);
    } else {
      this.document.stored = copyMap(this.memory);
      outcome = result("succeeded", undefined);
    }
    setTimeout(() => callback?.(outcome), 0);
  }

  /** Re-reads the document into this runtime's copy (unsaved changes are dropped). */
  refreshAsync(callback?: Callback<Office.Settings>): void {
    let outcome: Office.AsyncResult<Office.Settings>;
    if (this.refreshFailures > 0) {
      this.refreshFailures -= 1;
      outcome = result("failed", this as unknown as Office.Settings, "injected by the test");
    } else {
      this.memory = copyMap(this.document.stored);
      outcome = result("succeeded", this as unknown as Office.Settings);
    }
    setTimeout(() => callback?.(outcome), 0);
  }

  /** Makes the next `count` saves fail, as a read-only or locked document would. */
  failNextSaves(count = 1): void {
    this.saveFailures = count;
  }

  /** Makes the next `count` refreshes fail. */
  failNextRefreshes(count = 1): void {
    this.refreshFailures = count;
  }

  /** What is stored with the document (a reopened pane starts from this). */
  savedValue(name: string): unknown {
    return this.document.value(name);
  }

  /** The size of this runtime's copy as saveAsync would send it, in bytes of JSON. */
  memoryBytes(): number {
    return jsonBytes(Object.fromEntries(this.memory));
  }

  /** Forgets unsaved changes, as closing and reopening the pane does. */
  reopen(): void {
    this.memory = copyMap(this.document.stored);
  }
}
