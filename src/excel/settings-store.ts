import type { DocumentSettings } from "./host";

/**
 * The document settings as one runtime of the add-in should use them. Office gives each runtime
 * (the task pane, the ribbon's function file) its own in-memory copy of the settings, loaded when
 * the runtime starts; `saveAsync` writes that whole copy back, over whatever another runtime saved
 * meanwhile, and `refreshAsync` re-reads the document (Office.Settings reference). So every read
 * refreshes the copy first, and every change is one read-modify-write of one key: refresh, read,
 * set, save, with nothing awaited between the read and the set. Changes within a runtime are
 * queued one after the other.
 *
 * A value whose save failed is kept by the store, not in Office's copy: this runtime still reads
 * it (恢复 in the same pane works), while the copy, which every later save writes whole, stays as
 * the document has it — an oversized value left there would make every later save fail too.
 */
export interface SettingsStore {
  /** A value as the document holds it now (this runtime's unsaved value first); null when absent. */
  read(name: string): Promise<unknown>;
  /**
   * Sets a key from its current value and saves the settings with the document; `change`
   * returning null removes the key. Rejects with the Office error when the save fails.
   */
  update(name: string, change: (current: unknown) => unknown): Promise<void>;
  /** This runtime's copy as last read, without a round trip (first paint, failure messages). */
  peek(name: string): unknown;
}

function asyncCall<T>(start: (done: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (String(result.status) === "failed") reject(result.error ?? new Error("Office failed"));
      else resolve(result.value);
    });
  });
}

/** A store over a runtime's Office.context.document.settings (a getter: the global may change). */
export function settingsStore(settings: () => DocumentSettings): SettingsStore {
  const unsaved = new Map<string, unknown>();
  let queue: Promise<unknown> = Promise.resolve();

  const current = (name: string): unknown =>
    unsaved.has(name) ? unsaved.get(name) : (settings().get(name) ?? null);

  /** Re-reads the document; if Office cannot, the copy as it is is the best there is. */
  const refresh = async (): Promise<void> => {
    try {
      await asyncCall<Office.Settings>((done) => settings().refreshAsync(done));
    } catch {
      // A failed refresh leaves the copy unchanged (Office.Settings reference); go on with it.
    }
  };

  const put = (name: string, value: unknown): void => {
    if (value === null || value === undefined) settings().remove(name);
    else settings().set(name, value);
  };

  const update = async (name: string, change: (current: unknown) => unknown): Promise<void> => {
    await refresh();
    const before = settings().get(name) ?? null;
    const next = change(current(name));
    put(name, next);
    try {
      await asyncCall<void>((done) => settings().saveAsync(done));
      unsaved.delete(name);
    } catch (error) {
      put(name, before);
      unsaved.set(name, next ?? null);
      throw error;
    }
  };

  const queued = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    read: (name) =>
      queued(async () => {
        await refresh();
        return current(name);
      }),
    update: (name, change) => queued(() => update(name, change)),
    peek: current,
  };
}
