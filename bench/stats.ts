/** Small timing helpers for the benchmark: medians over repeated runs after a warm-up. */

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * One timing: wall-clock ms, and this process's CPU ms (user + system, all its threads).
 * Other processes sharing the machine stretch the first, hardly the second.
 */
export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Times one call of `action`. */
export async function timeOnce(action: () => unknown): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await action();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** Median wall and CPU time of several timings. */
export function medianTiming(times: Timing[]): Timing {
  return { wallMs: median(times.map((t) => t.wallMs)), cpuMs: median(times.map((t) => t.cpuMs)) };
}
