import { readFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";
import { evaluate, type Grid } from "../src/core";
import { syntheticWorkbook } from "./synthetic";

/**
 * Where the core spends its time: a V8 CPU profile of evaluate() over the 10,000-form
 * workbook, summarised as self time per function. Run as a script it either summarises a
 * profile (`node out/bench/bench/profile.js FILE.cpuprofile`) or runs the workload for
 * `node --cpu-prof out/bench/bench/profile.js`.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  /** Function name (the compiled JavaScript keeps the TypeScript names). */
  fn: string;
  file: string;
  ms: number;
  share: number;
}

/** Where a function lives: a package and file in node_modules, a TS source path of ours. */
export function fileLabel(url: string): string {
  if (!url) return "(native)";
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/.*?([^/]+)$/.exec(url);
  if (inPackage) return `${inPackage[1]}/${inPackage[2]}`;
  const ours =
    /out\/bench\/((?:src|bench)\/.+)\.js$/.exec(url) ?? /\/((?:src|lib)\/.+)\.js$/.exec(url);
  if (ours) return `${ours[1]!.replace(/^lib\//, "src/")}.ts`;
  return url.startsWith("node:") ? url : path.basename(url);
}

/** Self time per function, heaviest first. */
export function summarize(profile: CpuProfile): HotSpot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, HotSpot>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const delta = profile.timeDeltas[i] ?? 0;
    total += delta;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = fileLabel(url);
    // Line numbers are the compiled JavaScript's, so only anonymous functions get one.
    const fn = functionName || (url ? `(anonymous, js line ${lineNumber + 1})` : "(anonymous)");
    const key = `${file} ${fn}`;
    const spot = self.get(key) ?? { fn, file, ms: 0, share: 0 };
    spot.ms += delta / 1000;
    self.set(key, spot);
  });
  const spots = [...self.values()];
  for (const spot of spots) spot.share = (spot.ms * 1000) / total;
  return spots.sort((a, b) => b.ms - a.ms);
}

/** Self time per package or source folder (src/core, exceljs, node internals…), heaviest first. */
export function byArea(spots: HotSpot[]): { area: string; ms: number; share: number }[] {
  const areas = new Map<string, { area: string; ms: number; share: number }>();
  for (const s of spots) {
    const area = s.file.startsWith("src/")
      ? s.file.split("/").slice(0, 2).join("/")
      : s.file.startsWith("node:") || !s.file.includes("/")
        ? s.file === "(native)"
          ? `(native) ${s.fn}`
          : "node internals"
        : s.file.startsWith("@")
          ? s.file.split("/").slice(0, 2).join("/")
          : s.file.split("/")[0]!;
    const a = areas.get(area) ?? { area, ms: 0, share: 0 };
    a.ms += s.ms;
    a.share += s.share;
    areas.set(area, a);
  }
  return [...areas.values()].sort((a, b) => b.ms - a.ms);
}

/** Self time per source file, heaviest first. */
export function byFile(spots: HotSpot[]): { file: string; ms: number; share: number }[] {
  const files = new Map<string, { file: string; ms: number; share: number }>();
  for (const s of spots) {
    const f = files.get(s.file) ?? { file: s.file, ms: 0, share: 0 };
    f.ms += s.ms;
    f.share += s.share;
    files.set(s.file, f);
  }
  return [...files.values()].sort((a, b) => b.ms - a.ms);
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (error, result) =>
      error ? reject(error) : resolve(result as T)
    )
  );
}

/** Profiles evaluate() over every sheet of `workbook`, in this process. */
export async function profileEvaluate(workbook: Grid[]): Promise<HotSpot[]> {
  const session = new Session();
  session.connect();
  try {
    await post(session, "Profiler.enable");
    await post(session, "Profiler.setSamplingInterval", { interval: 200 });
    await post(session, "Profiler.start");
    for (const grid of workbook) evaluate(grid);
    const { profile } = await post<{ profile: CpuProfile }>(session, "Profiler.stop");
    return summarize(profile);
  } finally {
    session.disconnect();
  }
}

/** The workload profiled: the 10,000-form synthetic workbook, three times. */
async function runWorkload(): Promise<void> {
  const { loadSamples } = await import("./samples");
  const { grids } = await loadSamples();
  const workbook = syntheticWorkbook(grids, 10_000, 100);
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now();
    const forms = workbook.reduce((n, grid) => n + evaluate(grid).length, 0);
    process.stdout.write(`${forms} forms in ${(performance.now() - start).toFixed(0)} ms\n`);
  }
}

if (require.main === module) {
  const [file, rows = "30"] = process.argv.slice(2);
  if (!file) {
    void runWorkload();
  } else {
    const spots = summarize(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
    process.stdout.write("by area:\n");
    for (const a of byArea(spots).slice(0, 15))
      process.stdout.write(
        `${(a.share * 100).toFixed(1).padStart(5)}%  ${a.ms.toFixed(0).padStart(6)} ms  ${a.area}\n`
      );
    process.stdout.write("by function:\n");
    for (const s of spots.slice(0, Number(rows)))
      process.stdout.write(
        `${(s.share * 100).toFixed(1).padStart(5)}%  ${s.ms.toFixed(0).padStart(6)} ms  ${s.file} ${s.fn}\n`
      );
  }
}
