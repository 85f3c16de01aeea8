/**
 * Where 网页版 keeps what the add-in keeps with a document: the settings (profile, language)
 * and the headers the user pointed out (指定列). An .xlsx written by exceljs has no place for
 * an add-in's document settings, so they live in the browser's storage for the page's origin
 * (an intranet server, or file://), and survive a reload and the next visit. Settings hold
 * for every workbook opened in this browser, hints for the workbook of that file name.
 *
 * Storage can be missing or refuse (private windows, a full quota, policies that turn it
 * off): the page then keeps them for the session, as before, and never fails for it.
 */

/** The subset of the Web Storage API the page uses (window.localStorage implements it). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface PageStorage {
  /** The value stored under a key, parsed; null when absent, unreadable or storage is off. */
  read(key: string): unknown;
  /** Stores a value; false when the browser refused (the value then lasts for the session). */
  write(key: string, value: unknown): boolean;
}

export const SETTINGS_KEY = "selfeval.web.settings";

/**
 * The key of a workbook's hints: its file name without the extension and without the mark
 * the page adds to a downloaded copy, so the scored copy opened again finds the same hints.
 */
export function hintsKey(file: string): string {
  const stem = file.replace(/\.(xlsx|xlsm)$/i, "").replace(/（已评分）$/, "");
  return `selfeval.web.layout:${stem}`;
}

/** A store in memory: what the page uses when the browser offers no storage. */
export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** The browser's localStorage, when it is there and answers. */
function localStore(): KeyValueStore | null {
  try {
    // Reading the property itself throws where storage is disabled (Chrome's "block cookies").
    const store = globalThis.localStorage;
    return store ?? null;
  } catch {
    return null;
  }
}

/** Page storage over a key-value store (by default localStorage, else memory). */
export function pageStorage(store: KeyValueStore = localStore() ?? memoryStore()): PageStorage {
  const session = memoryStore();
  return {
    read(key) {
      let text: string | null;
      try {
        text = session.getItem(key) ?? store.getItem(key);
      } catch {
        text = session.getItem(key);
      }
      if (text === null) return null;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return null;
      }
    },
    write(key, value) {
      const text = JSON.stringify(value);
      try {
        store.setItem(key, text);
        session.removeItem(key);
        return true;
      } catch {
        // QuotaExceededError or storage turned off: the value still holds until the page closes.
        session.setItem(key, text);
        return false;
      }
    },
  };
}
