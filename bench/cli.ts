import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./samples";
import { median } from "./stats";

/**
 * The command line's cost: `selfeval check` over many workbooks against exceljs alone loading
 * the same files, each as its own node process, in paired rounds of the same run.
 */

export interface CliTiming {
  files: number;
  runs: number;
  /** Median wall ms of each process. */
  loadMs: number;
  checkMs: number;
  /** The median over the rounds of check ÷ load - 1 (each round times both back to back). */
  overhead: number;
  /** checkMs / loadMs - 1, for comparison. */
  overheadOfMedians: number;
  /** The same two processes over one workbook: mostly node's and the modules' start. */
  loadOneMs: number;
  checkOneMs: number;
}

export const CLI_BIN = path.join(ROOT, "bin", "selfeval.js");

/** Why the command line cannot be measured yet, or null when it can. */
export function cliMissing(): string | null {
  for (const needed of ["src/cli", "src/xlsx", "bin/selfeval.js"]) {
    const at = path.join(ROOT, needed);
    if (!existsSync(at)) return `${needed} is missing`;
  }
  return null;
}

function timeProcess(args: string[]): number {
  const start = performance.now();
  const done = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const ms = performance.now() - start;
  // `check` exits 1 when the workbooks hold errors; 2 or a signal means it did not run through.
  if (done.status === null || done.status > 1)
    throw new Error(
      `${args.join(" ")} failed (${done.status ?? done.signal}): ${String(done.stderr).slice(0, 600)}`
    );
  return ms;
}

/** Times `selfeval check --json` and exceljs loading over `files` copies of the sample workbook. */
export function measureCli(sample: string, files = 200, runs = 7): CliTiming {
  // The bin runs the compiled command line: build it from the current sources first.
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    {
      cwd: ROOT,
      stdio: "inherit",
    }
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), "selfeval-cli-bench-"));
  const one = path.join(dir, "one");
  const many = path.join(dir, "many");
  try {
    mkdirSync(one);
    mkdirSync(many);
    copyFileSync(sample, path.join(one, "workbook.xlsx"));
    for (let i = 0; i < files; i += 1)
      copyFileSync(sample, path.join(many, `workbook-${String(i + 1).padStart(3, "0")}.xlsx`));
    const loadOnly = (folder: string) => [path.join(__dirname, "load-only.js"), folder];
    const check = (folder: string) => [CLI_BIN, "check", folder, "--json"];
    // One untimed pass of each warms the file cache.
    timeProcess(loadOnly(many));
    timeProcess(check(many));
    const t = {
      load: [] as number[],
      check: [] as number[],
      loadOne: [] as number[],
      checkOne: [] as number[],
    };
    // Each round times both processes back to back, each first in turn, so a slow spell of
    // the shared machine falls on both halves of the pair.
    for (let i = 0; i < runs; i += 1) {
      if (i % 2 === 0) {
        t.load.push(timeProcess(loadOnly(many)));
        t.check.push(timeProcess(check(many)));
      } else {
        t.check.push(timeProcess(check(many)));
        t.load.push(timeProcess(loadOnly(many)));
      }
      t.loadOne.push(timeProcess(loadOnly(one)));
      t.checkOne.push(timeProcess(check(one)));
    }
    const loadMs = median(t.load);
    const checkMs = median(t.check);
    return {
      files,
      runs,
      loadMs,
      checkMs,
      overhead: median(t.check.map((ms, i) => ms / t.load[i]! - 1)),
      overheadOfMedians: checkMs / loadMs - 1,
      loadOneMs: median(t.loadOne),
      checkOneMs: median(t.checkOne),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
