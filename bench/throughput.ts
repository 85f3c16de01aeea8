import { evaluate, type Grid } from "../src/core";
import { medianTiming, timeOnce, type Timing } from "./stats";
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

/** Evaluations per timed run, so that each run of a small workbook lasts several ms. */
function repeatsFor(forms: number): number {
  if (forms >= 10_000) return 1;
  if (forms >= 100) return 10;
  return 500;
}

/** Rounds: each times every shape once, so a slow spell of the machine falls on all of them. */
const WARMUP_ROUNDS = 1;
const ROUNDS = 9;

/** Measures forms per second for each shape, medians of interleaved runs after a warm-up. */
export async function measureThroughput(samples: Grid[]): Promise<ThroughputCase[]> {
  // One untimed pass over a mid-size workbook so the JIT has seen every rule before any timing.
  evaluateAll(syntheticWorkbook(samples, 300, 10));
  const shapes = SHAPES.map((shape) => {
    const workbook = syntheticWorkbook(samples, shape.forms, shape.perSheet);
    const repeat = repeatsFor(shape.forms);
    const action = () => {
      for (let i = 0; i < repeat; i += 1) evaluateAll(workbook);
    };
    return {
      ...shape,
      workbook,
      repeat,
      action,
      found: evaluateAll(workbook),
      times: [] as Timing[],
    };
  });
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round += 1)
    for (const shape of shapes) {
      const time = await timeOnce(shape.action);
      if (round >= WARMUP_ROUNDS) shape.times.push(time);
    }
  return shapes.map((shape) => {
    const mid = medianTiming(shape.times);
    const cpuMsPerForm = mid.cpuMs / (shape.repeat * shape.forms);
    const wallMsPerForm = mid.wallMs / (shape.repeat * shape.forms);
    return {
      forms: shape.forms,
      sheets: shape.workbook.length,
      found: shape.found,
      cpuMsPerForm,
      wallMsPerForm,
      formsPerSecond: 1000 / cpuMsPerForm,
      wallFormsPerSecond: 1000 / wallMsPerForm,
      runs: ROUNDS,
    };
  });
}
