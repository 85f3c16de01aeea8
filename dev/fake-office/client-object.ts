import { FakeOfficeError } from "./errors";
import type { FakeRequestContext, Transaction } from "./context";

/**
 * The proxy behaviour every fake Office object shares: loads are queued and
 * filled in at sync; reading a property that was not loaded and synced throws
 * PropertyNotLoaded; writes and method calls are queued and applied at sync.
 */

/** Load arguments as Office.js accepts them. */
export type LoadArgument = string | string[] | { select?: string | string[] } | undefined;

/** Property names from a load argument, trimmed; empty means "the default set". */
export function parseLoadArgument(arg: LoadArgument): string[] {
  if (arg === undefined) return [];
  const raw = typeof arg === "string" || Array.isArray(arg) ? arg : (arg.select ?? []);
  const list = typeof raw === "string" ? raw.split(",") : raw.flatMap((s) => s.split(","));
  return list.map((s) => s.trim()).filter((s) => s !== "");
}

export abstract class FakeClientObject<Target> {
  readonly context: FakeRequestContext;
  /** A readable description of how the object is reached, for errors and request sizes. */
  readonly path: string;
  private readonly loaded = new Map<string, unknown>();
  private readonly resolver: (tx: Transaction) => Target | null;
  private readonly orNull: boolean;

  protected constructor(
    context: FakeRequestContext,
    path: string,
    resolver: (tx: Transaction) => Target | null,
    orNull = false
  ) {
    this.context = context;
    this.path = path;
    this.resolver = resolver;
    this.orNull = orNull;
    if (orNull) {
      // Office.js resolves isNullObject at the next sync without an explicit load.
      context.enqueue(`${path}.isNullObject`, undefined, (tx) => {
        tx.stage(this, "isNullObject", this.resolver(tx) === null);
      });
    }
  }

  /** Resolves the object at sync time; a missing object throws unless it is an *OrNullObject. */
  resolve(tx: Transaction): Target | null {
    return this.resolver(tx);
  }

  /** Resolves an object that must exist (a null object cannot be used as a parent or target). */
  mustResolve(tx: Transaction): Target {
    const target = this.resolver(tx);
    if (target === null) {
      throw new FakeOfficeError("InvalidObjectPath", `${this.path} is a null object`, this.path);
    }
    return target;
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.read<boolean>("isNullObject");
  }

  /** The properties `load()` without arguments fills in. */
  protected abstract defaultLoad(): string[];

  /** The current value of a property of the resolved target (throws InvalidArgument if unknown). */
  protected abstract readProperty(tx: Transaction, target: Target, name: string): unknown;

  load(arg?: LoadArgument): this {
    const names = parseLoadArgument(arg);
    const list = names.length > 0 ? names : this.defaultLoad();
    this.context.enqueue(`${this.path}.load`, list, (tx) => this.applyLoad(tx, list));
    return this;
  }

  /** Fills in loaded properties at sync; collections override it to load their items. */
  applyLoad(tx: Transaction, names: string[]): void {
    const target = this.resolve(tx);
    if (target === null) {
      tx.stage(this, "isNullObject", true);
      return;
    }
    for (const name of names) {
      if (name.includes("/")) {
        throw new FakeOfficeError("NotImplemented", `navigational load "${name}" in the fake`);
      }
      tx.stage(this, name, this.readProperty(tx, target, name));
    }
  }

  /** Called by a successful sync with a loaded value. */
  accept(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  /** A loaded property; throws as Office.js does when it was not loaded and synced. */
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError("PropertyNotLoaded", `${this.path}.${name}`, this.path);
    }
    if (this.orNull && name !== "isNullObject" && this.loaded.get("isNullObject") === true) {
      throw new FakeOfficeError("PropertyNotLoaded", `${this.path} is a null object`, this.path);
    }
    return this.loaded.get(name) as T;
  }

  /** Queues a property write; the local value is updated at once, as Office.js does. */
  protected write(
    name: string,
    value: unknown,
    apply: (tx: Transaction, target: Target) => void
  ): void {
    this.loaded.set(name, value);
    this.context.enqueue(`${this.path}.${name}=`, value, (tx) => apply(tx, this.mustResolve(tx)));
  }

  /** Queues a method call applied at sync. */
  protected call(
    method: string,
    args: unknown,
    apply: (tx: Transaction, target: Target) => void
  ): void {
    this.context.enqueue(`${this.path}.${method}()`, args, (tx) => apply(tx, this.mustResolve(tx)));
  }

  /** The loaded properties, as Office.js's toJSON gives them. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
