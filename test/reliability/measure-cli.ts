import { spawn } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { ensureBuiltCli } from "../cli/global-setup";

export { ensureBuiltCli };

/**
 * Runs the built `selfeval` bin in a child process and measures it: wall time and
 * peak resident memory (the kernel's high-water mark, written by a preloaded module
 * when the process exits).
 */

export const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/selfeval.js");

/**
 * Records at exit, into the file named by SELFEVAL_PEAK_FILE, the peak RSS in KB — Linux's
 * VmHWM, which starts afresh at exec (getrusage's maxRSS keeps the forking parent's peak
 * across exec, so it would report the test runner's size); maxRSS elsewhere — and the CPU
 * time the process used, which unlike wall time does not grow when other work shares the
 * machine's cores.
 */
const PRELOAD =
  "data:text/javascript," +
  encodeURIComponent(
    'import { readFileSync, writeFileSync } from "node:fs";' +
      "const peak = () => {" +
      '  try { return /VmHWM:\\s*(\\d+)/.exec(readFileSync("/proc/self/status", "utf8"))[1]; }' +
      "  catch { return String(process.resourceUsage().maxRSS); }" +
      "};" +
      "const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };" +
      'process.on("exit", () => writeFileSync(process.env.SELFEVAL_PEAK_FILE, peak() + " " + cpu()));'
  );

export interface MeasuredRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time, for bounds that catch a hang. */
  ms: number;
  /** CPU time of the CLI process (user + system), for the speed budgets. */
  cpuMs: number;
  /** Peak resident set size of the CLI process, in MB. */
  peakMb: number;
}

/** Runs `selfeval args` and measures it; `heapMb` caps V8's heap as a user's machine might. */
export async function runMeasured(args: string[], heapMb = 2048): Promise<MeasuredRun> {
  const peakFile = path.join(
    os.tmpdir(),
    `selfeval-peak-${process.pid}-${Math.random().toString(36).slice(2)}`
  );
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      SELFEVAL_PEAK_FILE: peakFile,
    };
    delete env.DEBUG;
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${heapMb}`, "--import", PRELOAD, BIN, ...args],
      { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] }
    );
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.on("error", reject);
    child.on("close", (exit) => resolve({ code: exit, stdout: out, stderr: err }));
  });
  const ms = performance.now() - started;
  const [kb, cpuMs] = (await fs.readFile(peakFile, "utf8").catch(() => "NaN NaN"))
    .split(" ")
    .map(Number) as [number, number];
  await fs.rm(peakFile, { force: true });
  return { code, stdout, stderr, ms, cpuMs, peakMb: kb / 1024 };
}
