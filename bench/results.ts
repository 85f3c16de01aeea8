/** One measured figure and its budget, as the table and docs/performance.md show it. */

export type Verdict = "PASS" | "FAIL" | "INFO" | "SKIP";

export interface Result {
  /** The numbered item of issue 8 the figure belongs to. */
  section: string;
  name: string;
  /** The figure as printed, unit included. */
  measured: string;
  /** The budget as printed ("" when the figure is reported only). */
  budget: string;
  verdict: Verdict;
  /** Stable figures (sync counts, sizes) fail the run; timings are reported only. */
  stable: boolean;
  note?: string;
}

interface Check {
  section: string;
  name: string;
  measured: string;
  budget: string;
  pass: boolean;
  stable: boolean;
  note?: string;
}

/** A figure held against its budget. */
export function check(c: Check): Result {
  const { pass, ...rest } = c;
  return { ...rest, verdict: pass ? "PASS" : "FAIL" };
}

/** A figure reported without a budget. */
export function info(section: string, name: string, measured: string, note?: string): Result {
  return {
    section,
    name,
    measured,
    budget: "",
    verdict: "INFO",
    stable: false,
    ...(note ? { note } : {}),
  };
}

/** A measurement that could not be made, and why. */
export function skipped(section: string, name: string, why: string): Result {
  return { section, name, measured: "—", budget: "", verdict: "SKIP", stable: false, note: why };
}

/** Whether the run fails: a stable budget failed, or any budget when `strict`. */
export function failed(results: Result[], strict: boolean): Result[] {
  return results.filter((r) => r.verdict === "FAIL" && (r.stable || strict));
}

const width = (text: string): number =>
  Array.from(text).reduce(
    (w, ch) => w + (/[\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1),
    0
  );
const pad = (text: string, n: number): string => text + " ".repeat(Math.max(0, n - width(text)));

/** The results as a fixed-width table for the terminal. */
export function formatTable(results: Result[]): string {
  const head = ["#", "figure", "measured", "budget", "verdict"];
  const rows = results.map((r) => [
    r.section,
    r.name,
    r.measured,
    r.budget,
    r.verdict + (r.verdict === "FAIL" && !r.stable ? " (timing)" : ""),
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]!))));
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i]!)).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
