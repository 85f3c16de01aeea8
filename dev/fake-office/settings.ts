import { jsonBytes } from "./payload";

/**
 * A fake Office.context.document.settings: `set` changes the add-in's in-memory
 * copy, `saveAsync` stores it with the document, and a pane opened later starts
 * from what was saved (see FakeDocumentSettings.reopen).
 */

/** Assumed size cap of an add-in's document settings, in bytes of JSON. */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

type Callback = (result: Office.AsyncResult<void>) => void;

function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function result(status: "succeeded" | "failed", message?: string): Office.AsyncResult<void> {
  const error = { code: 5001, name: "Internal Error", message: message ?? "" } as Office.Error;
  return {
    status: status as unknown as Office.AsyncResultStatus,
    value: undefined,
    error: status === "failed" ? error : (undefined as unknown as Office.Error),
    asyncContext: undefined,
    diagnostics: undefined,
  };
}

export class FakeDocumentSettings {
  private memory = new Map<string, unknown>();
  private saved = new Map<string, unknown>();
  private failures = 0;
  /** Number of saveAsync calls (each is a round trip to the document). */
  saves = 0;
  readonly limitBytes: number;

  constructor(limitBytes = SETTINGS_LIMIT_BYTES) {
    this.limitBytes = limitBytes;
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

  saveAsync(
    optionsOrCallback?: Office.AsyncContextOptions | Callback,
    maybeCallback?: Callback
  ): void {
    const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback;
    this.saves += 1;
    const size = jsonBytes(Object.fromEntries(this.memory));
    let outcome: Office.AsyncResult<void>;
    if (this.failures > 0) {
      this.failures -= 1;
      outcome = result("failed", "injected by the test");
    } else if (size > this.limitBytes) {
      outcome = result("failed", `settings of ${size} bytes exceed the limit`);
    } else {
      this.saved = new Map([...this.memory].map(([k, v]) => [k, copy(v)]));
      outcome = result("succeeded");
    }
    setTimeout(() => callback?.(outcome), 0);
  }

  refreshAsync(callback?: (result: Office.AsyncResult<Office.Settings>) => void): void {
    this.memory = new Map([...this.saved].map(([k, v]) => [k, copy(v)]));
    setTimeout(
      () => callback?.({ ...result("succeeded"), value: this as unknown as Office.Settings }),
      0
    );
  }

  /** Makes the next `count` saves fail, as a read-only or locked document would. */
  failNextSaves(count = 1): void {
    this.failures = count;
  }

  /** What is stored with the document (a reopened pane starts from this). */
  savedValue(name: string): unknown {
    return copy(this.saved.get(name) ?? null);
  }

  /** Forgets unsaved changes, as closing and reopening the pane does. */
  reopen(): void {
    this.memory = new Map([...this.saved].map(([k, v]) => [k, copy(v)]));
  }
}
