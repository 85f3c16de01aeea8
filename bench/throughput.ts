import { evaluate, type Grid } from "../src/core";
import { medianTiming, timeRuns } from "./stats";
import { syntheticWorkbook } from "./synthetic";

/** Core speed: evaluate() over synthetic workbooks of growing size. */

export interface ThroughputCase {
  forms: number;
  sheets: number;
  /** Forms evaluate() found (must equal `forms`). */
  found: number;
  /** Median ms per form over the timed runs, by the process's CPU time and by the wall clock. */
  cpuMsPerForm: number;
  wallMsPerForm: number;
  /** Forms per second by CPU time. */
  formsPerSecond: number;
  wallFormsPerSecond: number;
  runs: number;
}

/** The shapes measured: forms per workbook and forms stacked on each sheet. */
export const SHAPES = [
  { forms: 1, perSheet: 1 },
  { forms: 100, perSheet: 10 },
  { forms: 10_000, perSheet: 100 },
];

const evaluateAll = (workbook: Grid[]): number =>
  workbook.reduce((n, grid) => n + evaluate(grid).filter((e) => e.form !== null).length, 0);

/** Timed runs per shape; small workbooks repeat inside a run so each run lasts a few ms. */
function plan(forms: number): { repeat: number; warmup: number; runs: number } {
  if (forms >= 10_000) return { repeat: 1, warmup: 1, runs: 5 };
  if (forms >= 100) return { repeat: 10, warmup: 5, runs: 15 };
  return { repeat: 500, warmup: 3, runs: 15 };
}

/** Measures forms per second for each shape, medians of several runs after a warm-up. */
export async function measureThroughput(samples: Grid[]): Promise<ThroughputCase[]> {
  const cases: ThroughputCase[] = [];
  // One untimed pass over a mid-size workbook so the JIT has seen every rule before any timing.
  evaluateAll(syntheticWorkbook(samples, 300, 10));
  for (const shape of SHAPES) {
    const workbook = syntheticWorkbook(samples, shape.forms, shape.perSheet);
    const found = evaluateAll(workbook);
    const { repeat, warmup, runs } = plan(shape.forms);
    const times = await timeRuns(
      () => {
        for (let i = 0; i < repeat; i += 1) evaluateAll(workbook);
      },
      { warmup, runs }
    );
    const mid = medianTiming(times);
    const cpuMsPerForm = mid.cpuMs / (repeat * shape.forms);
    const wallMsPerForm = mid.wallMs / (repeat * shape.forms);
    cases.push({
      forms: shape.forms,
      sheets: workbook.length,
      found,
      cpuMsPerForm,
      wallMsPerForm,
      formsPerSecond: 1000 / cpuMsPerForm,
      wallFormsPerSecond: 1000 / wallMsPerForm,
      runs,
    });
  }
  return cases;
}
