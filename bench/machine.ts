import { execFileSync } from "node:child_process";
import os from "node:os";

/** What the figures were measured on. */
export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  memory: string;
  node: string;
  os: string;
  loadStart: string;
  loadEnd?: string;
}

const load = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");

/** `free -h`'s total and available memory, or os's figures where `free` is missing. */
function memory(): string {
  try {
    const out = execFileSync("free", ["-h"], { encoding: "utf8" });
    const mem = out
      .split("\n")
      .find((line) => line.startsWith("Mem:"))
      ?.split(/\s+/);
    if (mem) return `${mem[1]} total, ${mem[6]} available (free -h)`;
  } catch {
    // fall through
  }
  return `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(os.freemem() / 2 ** 30).toFixed(1)} GiB free`;
}

/** The machine now. */
export function describeMachine(): Machine {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? "unknown",
    memory: memory(),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadStart: load(),
  };
}

/** Notes the load average at the end of the run. */
export function finishMachine(machine: Machine): Machine {
  return { ...machine, loadEnd: load() };
}
