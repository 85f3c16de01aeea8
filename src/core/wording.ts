/**
 * The one shape of every message in the product (findings, template-input issues, sheet
 * names, file problems, Excel faults, the pane, the ribbon, the command line): a closed
 * set of codes, parameters typed per code, and for each language one module that words
 * every code. A module that misses a code does not compile.
 */

/** The parameters of a code that takes none. */
export type NoParams = Record<never, never>;

/** One language's wording of a set of codes: for each code, a function of that code's parameters. */
export type Wording<P, Names = unknown> = {
  readonly [C in keyof P]: (params: P[C], names: Names) => string;
};

/** Thrown when a message reads a parameter its caller did not give (never worded as "" or "undefined"). */
export class MissingParameterError extends Error {
  constructor(
    readonly code: string,
    readonly parameter: string
  ) {
    super(`message ${code} reads the parameter "${parameter}", which was not given`);
    this.name = "MissingParameterError";
  }
}

/**
 * The parameters as a message sees them: reading one that is absent throws. The types
 * already require every parameter; this catches what arrives untyped (a cast, parsed JSON).
 */
export function strictParams<T extends object>(params: T, code: string): T {
  return new Proxy(params, {
    get(target, key, receiver) {
      if (typeof key === "string" && !(key in target)) throw new MissingParameterError(code, key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** A language's tables of names (tiers, parts …), each strict: a code the table lacks throws. */
function strictNames<Names>(names: Names, code: string): Names {
  if (typeof names !== "object" || names === null) return names;
  return new Proxy(names, {
    get(target, key, receiver) {
      const table = Reflect.get(target, key, receiver) as unknown;
      return typeof table === "object" && table !== null ? strictParams(table, code) : table;
    },
  });
}

/** Words one coded message with its parameters in a language's wording. */
export function say<P, C extends keyof P & string, Names>(
  wording: Wording<P, Names>,
  code: C,
  params: P[C],
  names: Names
): string {
  const given = (params ?? {}) as P[C] & object;
  return wording[code](strictParams(given, code), strictNames(names, code));
}
