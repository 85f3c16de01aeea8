import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildAll } from "./builds";
import { measureLazy, measurePage, packageShares } from "./bundles";
import { cliMissing, measureCli } from "./cli";
import { measureLargeSheet } from "./large-sheet";
import { describeMachine, finishMachine } from "./machine";
import { measurePaneStart } from "./pane-start";
import { profileEvaluate } from "./profile";
import { renderReport, type Measurements } from "./report";
import { failed, formatTable, skipped, type Result } from "./results";
import { measureRoundTrips } from "./round-trips";
import { loadSamples, ROOT } from "./samples";
import {
  bundleRows,
  cliRows,
  largeSheetRows,
  paneStartRows,
  roundTripRows,
  throughputRows,
} from "./sections";
import { syntheticWorkbook } from "./synthetic";
import { measureThroughput } from "./throughput";

/**
 * `npm run bench`: measures the budgets of issue 8, prints them, writes docs/performance.md
 * (a full run only) and exits 1 when a stable budget fails (any budget with --strict).
 */

const SECTIONS = ["rt", "core", "cli", "bundle", "pane", "large"] as const;
type Section = (typeof SECTIONS)[number];

/** A bad command line: its message is all the user needs. */
class UsageError extends Error {}

interface Options {
  only: Set<Section>;
  strict: boolean;
  writeDoc: boolean;
}

function parseArgs(argv: string[]): Options {
  let only = new Set<Section>(SECTIONS);
  let strict = false;
  let partial = false;
  let writeDoc = true;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--strict") strict = true;
    else if (arg === "--no-doc") writeDoc = false;
    else if (arg === "--only" || arg.startsWith("--only=")) {
      const list = arg.includes("=") ? arg.slice("--only=".length) : (argv[(i += 1)] ?? "");
      const wanted = list.split(",").filter(Boolean);
      const unknown = wanted.filter((w) => !(SECTIONS as readonly string[]).includes(w));
      if (unknown.length > 0 || wanted.length === 0)
        throw new UsageError(`--only 只接受 / accepts: ${SECTIONS.join(",")} (got "${list}")`);
      only = new Set(wanted as Section[]);
      partial = true;
    } else throw new UsageError(`未知参数 / unknown argument: ${arg}`);
  }
  // A partial run would leave the document half filled: it only prints.
  return { only, strict, writeDoc: writeDoc && !partial };
}

const say = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const machine = describeMachine();
  say(`bench: ${machine.cores} cores, node ${machine.node}, load ${machine.loadStart}`);
  const { file, grids } = await loadSamples();
  const m: Measurements = {
    machine,
    sampleFile: path.relative(ROOT, file),
    results: [],
  };
  const add = (rows: Result[]): void => {
    m.results.push(...rows);
  };
  const run = options.only;

  if (run.has("rt")) {
    say("1. Office round trips…");
    m.roundTrips = await measureRoundTrips(grids);
    add(roundTripRows(m.roundTrips));
  }
  if (run.has("core")) {
    say("2. core throughput…");
    m.throughput = await measureThroughput(grids);
    add(throughputRows(m.throughput));
    m.hotSpots = await profileEvaluate(syntheticWorkbook(grids, 10_000, 100));
  }
  if (run.has("cli")) {
    const missing = cliMissing();
    if (missing) add([skipped("3", "selfeval check 200 workbooks", `not measured: ${missing}`)]);
    else {
      say("3. command line…");
      m.cli = measureCli(file);
      add(cliRows(m.cli));
    }
  }
  if (run.has("bundle") || run.has("pane")) {
    say("4. production build…");
    const builds = await buildAll(grids);
    if (run.has("bundle")) {
      const pages = ["taskpane", "commands", "web"].map((page) => measurePage(builds.product, page));
      const click = measureLazy(
        builds.product,
        builds.productStats!,
        "command-engine",
        "command click"
      );
      const packages = Object.fromEntries(
        ["taskpane", "commands"].map((page) => [page, packageShares(builds.productStats!, page)])
      );
      m.bundles = { pages: [...pages, click], packages };
      add(bundleRows(pages[0]!, pages[1]!, click, pages[2]!));
    }
    if (run.has("pane")) {
      say("5. task pane start in chromium…");
      m.paneStart = await measurePaneStart(builds);
      add(paneStartRows(m.paneStart));
    }
    rmSync(path.dirname(builds.product), { recursive: true, force: true });
  }
  if (run.has("large")) {
    say("6. a sheet of 50,000 rows…");
    m.largeSheet = await measureLargeSheet(grids);
    add(largeSheetRows(m.largeSheet));
  }

  m.machine = finishMachine(machine);
  say("");
  say(formatTable(m.results));
  for (const r of m.results.filter((x) => x.note)) say(`  ${r.name}: ${r.note}`);
  if (options.writeDoc) {
    writeFileSync(path.join(ROOT, "docs", "performance.md"), renderReport(m));
    say("\nwrote docs/performance.md");
  }
  const failures = failed(m.results, options.strict);
  if (failures.length > 0) {
    say(`\n${failures.length} budget(s) failed: ${failures.map((f) => f.name).join("; ")}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const text =
      error instanceof UsageError
        ? error.message
        : error instanceof Error
          ? error.stack
          : String(error);
    process.stderr.write(`bench: ${text}\n`);
    process.exitCode = 2;
  }
);
