/**
 * How hard the fuzz tests push. `npm test` uses the defaults (fixed seed, bounded
 * counts, well under 30 s together); `npm run fuzz` raises them through the
 * environment: FUZZ_RUNS multiplies every count, FUZZ_SEED replaces the seed.
 */

/** The seed every property starts from unless FUZZ_SEED gives another. */
export const DEFAULT_SEED = 20211231;

function positiveNumber(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`FUZZ value must be a positive number: ${text}`);
  return n;
}

/** The seed for this run. */
export function fuzzSeed(): number {
  const seed = process.env.FUZZ_SEED;
  if (seed === undefined || seed.trim() === "") return DEFAULT_SEED;
  const n = Number(seed);
  if (!Number.isInteger(n)) throw new Error(`FUZZ_SEED must be an integer: ${seed}`);
  return n;
}

/** The number of cases for a property: its default, times FUZZ_RUNS when set. */
export function fuzzRuns(defaultRuns: number): number {
  const factor = positiveNumber(process.env.FUZZ_RUNS) ?? 1;
  return Math.max(1, Math.round(defaultRuns * factor));
}

/** Whether this is a long fuzzing run (npm run fuzz) rather than npm test. */
export function isLongRun(): boolean {
  return (positiveNumber(process.env.FUZZ_RUNS) ?? 1) > 1;
}

/** fast-check parameters for a property with `defaultRuns` cases. */
export function fuzzParams(defaultRuns: number): { seed: number; numRuns: number } {
  return { seed: fuzzSeed(), numRuns: fuzzRuns(defaultRuns) };
}

/** Counts of what the fuzz tests tried, printed at the end of a file for docs/reliability.md. */
export class FuzzTally {
  private readonly counts = new Map<string, number>();

  add(name: string, n = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + n);
  }

  /** Keeps the largest value seen under a name (e.g. the slowest grid). */
  max(name: string, n: number): void {
    this.counts.set(name, Math.max(this.counts.get(name) ?? 0, n));
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** One line per count, for the test output. */
  report(title: string): string {
    const lines = [...this.counts].map(([k, v]) => `  ${k}: ${Math.round(v)}`);
    return `${title} (seed ${fuzzSeed()}):\n${lines.join("\n")}\n`;
  }
}
