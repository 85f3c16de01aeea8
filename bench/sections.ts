import { BUDGETS } from "./budgets";
import type { PageBundle } from "./bundles";
import type { CliTiming } from "./cli";
import type { LargeSheet } from "./large-sheet";
import type { PaneStart } from "./pane-start";
import { check, info, type Result } from "./results";
import type { RoundTrips, SyncCount } from "./round-trips";
import type { ThroughputCase } from "./throughput";

/** Turns each section's measurements into rows held against the budgets. */

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const syncs = (c: SyncCount): string =>
  `${c.syncs} (${c.reads} read${c.reads === 1 ? "" : "s"} + ${c.writes} write${c.writes === 1 ? "" : "s"})`;
const plus = (a: SyncCount, b: SyncCount): SyncCount => ({
  syncs: a.syncs + b.syncs,
  reads: a.reads + b.reads,
  writes: a.writes + b.writes,
  maxRequestBytes: Math.max(a.maxRequestBytes, b.maxRequestBytes),
  maxResponseBytes: Math.max(a.maxResponseBytes, b.maxResponseBytes),
});

/** Item 1: Office round trips. */
export function roundTripRows(rt: RoundTrips): Result[] {
  const rows: Result[] = [];
  const worst = (pick: (s: RoundTrips["oneSheet"][number]) => SyncCount) =>
    rt.oneSheet.map(pick).reduce((a, b) => (b.syncs > a.syncs ? b : a));
  const validate = worst((s) => s.validate);
  const write = worst((s) => s.write);
  const both = worst((s) => plus(s.validate, s.write));
  const { reads, writes } = BUDGETS.oneSheet;
  rows.push(
    info(
      "1",
      "校验本表 one sheet (validate)",
      syncs(validate),
      `worst of ${rt.oneSheet.length} sample sheets`
    ),
    info("1", "写入 one sheet (write plans)", syncs(write)),
    check({
      section: "1",
      name: "validate + write one sheet",
      measured: syncs(both),
      budget: `${reads} read + ${writes} write`,
      pass: both.reads <= reads && both.writes <= writes,
      stable: true,
    })
  );
  const totals = rt.workbook.map((w) => ({ sheets: w.sheets, total: plus(w.validate, w.write) }));
  for (const { sheets, total } of totals)
    rows.push(
      check({
        section: "1",
        name: `validate + write ${sheets} sheet${sheets === 1 ? "" : "s"}`,
        measured: `${syncs(total)}; validate ${rt.workbook.find((w) => w.sheets === sheets)!.validate.syncs}`,
        budget: `≤ ${BUDGETS.workbookSyncs}`,
        pass: total.syncs <= BUDGETS.workbookSyncs,
        stable: true,
      })
    );
  const counts = new Set(totals.map((t) => t.total.syncs));
  rows.push(
    check({
      section: "1",
      name: `workbook syncs constant (${totals.map((t) => t.sheets).join(", ")} sheets)`,
      measured: [...counts].join(", "),
      budget: "one constant",
      pass: counts.size === 1,
      stable: true,
    })
  );
  for (const { sheets, count } of rt.insert)
    rows.push(
      check({
        section: "1",
        name: `insert ${sheets} template sheet${sheets === 1 ? "" : "s"}`,
        measured: `${syncs(count)}; request ≤ ${kb(count.maxRequestBytes)}`,
        budget: `≤ ${BUDGETS.insertSyncs}`,
        pass: count.syncs <= BUDGETS.insertSyncs,
        stable: true,
      })
    );
  for (const { sheets, validate, generate, validateAgain, again } of rt.summary)
    rows.push(
      check({
        section: "1",
        name: `生成汇总表 ${sheets} sheet${sheets === 1 ? "" : "s"}, and again`,
        measured: `${syncs(generate)}; again ${syncs(again)}; request ≤ ${kb(Math.max(generate.maxRequestBytes, again.maxRequestBytes))}`,
        budget: `校验全部工作表's reads (${validate.reads}; ${validateAgain.reads} with the summary) + ${BUDGETS.summaryWrites} write`,
        pass:
          generate.reads <= validate.reads &&
          again.reads <= validateAgain.reads &&
          Math.max(generate.writes, again.writes) <= BUDGETS.summaryWrites,
        stable: true,
      })
    );
  const restore = worst((s) => s.restore);
  rows.push(
    check({
      section: "1",
      name: "恢复 restore one sheet",
      measured: syncs(restore),
      budget: `${BUDGETS.restoreSyncs}`,
      pass: restore.syncs <= BUDGETS.restoreSyncs,
      stable: true,
    })
  );
  return rows;
}

/** Item 2: core throughput and linearity. */
export function throughputRows(cases: ThroughputCase[]): Result[] {
  const rows: Result[] = cases.map((c) =>
    check({
      section: "2",
      name: `evaluate ${c.forms.toLocaleString("en-US")} form${c.forms === 1 ? "" : "s"} (${c.sheets} sheet${c.sheets === 1 ? "" : "s"})`,
      measured: `${Math.round(c.formsPerSecond).toLocaleString("en-US")} forms/s (wall ${Math.round(c.wallFormsPerSecond).toLocaleString("en-US")})`,
      budget: `≥ ${BUDGETS.formsPerSecond.toLocaleString("en-US")}`,
      pass: c.found === c.forms && c.formsPerSecond >= BUDGETS.formsPerSecond,
      stable: false,
      ...(c.found === c.forms ? {} : { note: `found ${c.found} forms of ${c.forms}` }),
    })
  );
  const at = (n: number) => cases.find((c) => c.forms === n);
  const small = at(100);
  const large = at(10_000);
  if (small && large) {
    const ratio = large.cpuMsPerForm / small.cpuMsPerForm;
    rows.push(
      check({
        section: "2",
        name: "per-form time 10,000 ÷ 100",
        measured: `${ratio.toFixed(2)} (wall ${(large.wallMsPerForm / small.wallMsPerForm).toFixed(2)})`,
        budget: `≤ ${BUDGETS.linearity}`,
        pass: ratio <= BUDGETS.linearity,
        stable: false,
      })
    );
  }
  return rows;
}

/** Item 4: bundle sizes. */
export function bundleRows(
  taskpane: PageBundle,
  commands: PageBundle,
  commandClick: PageBundle,
  web: PageBundle
): Result[] {
  return [
    check({
      section: "4",
      name: "网页版 initial JS, gzip",
      measured: `${kb(web.gzipBytes)} (${web.files.length} files, ${kb(web.rawBytes)} raw)`,
      budget: `≤ ${kb(BUDGETS.webGzipBytes)}`,
      pass: web.gzipBytes <= BUDGETS.webGzipBytes,
      stable: true,
    }),
    check({
      section: "4",
      name: "task pane initial JS, gzip",
      measured: `${kb(taskpane.gzipBytes)} (${taskpane.files.length} files, ${kb(taskpane.rawBytes)} raw)`,
      budget: `≤ ${kb(BUDGETS.taskpaneGzipBytes)}`,
      pass: taskpane.gzipBytes <= BUDGETS.taskpaneGzipBytes,
      stable: true,
    }),
    check({
      section: "4",
      name: "commands initial JS, gzip",
      measured: `${kb(commands.gzipBytes)} (${commands.files.length} files, ${kb(commands.rawBytes)} raw)`,
      budget: `≤ ${kb(BUDGETS.commandsGzipBytes)}`,
      pass: commands.gzipBytes <= BUDGETS.commandsGzipBytes,
      stable: true,
    }),
    check({
      section: "4",
      name: "a click on 一键校验 fetches, gzip",
      measured: `${kb(commandClick.gzipBytes)} (${commandClick.files.length} files, ${kb(commandClick.rawBytes)} raw)`,
      budget: `≤ ${kb(BUDGETS.commandClickGzipBytes)}`,
      pass: commandClick.gzipBytes <= BUDGETS.commandClickGzipBytes,
      stable: true,
    }),
  ];
}

/** Item 5: task pane start. */
export function paneStartRows(p: PaneStart): Result[] {
  return [
    info(
      "5",
      "production pane → first button",
      `${p.pane.toFixed(0)} ms (scripts run by ${p.paneScripts.toFixed(0)} ms)`,
      "office.js replaced by the fake host"
    ),
    info(
      "5",
      "React + Fluent page → first button",
      `${p.minimal.toFixed(0)} ms (scripts run by ${p.minimalScripts.toFixed(0)} ms)`
    ),
    check({
      section: "5",
      name: "pane start ÷ minimal page",
      measured: `${p.ratio.toFixed(2)} (median of ${p.runs} rounds; of the medians ${p.ratioOfMedians.toFixed(2)})`,
      budget: `≤ ${BUDGETS.paneStartRatio}`,
      pass: p.ratio <= BUDGETS.paneStartRatio,
      stable: false,
    }),
    info("5", "outside Office → notice (real office.js)", `${p.outsideNotice.toFixed(0)} ms`),
  ];
}

/** Item 6: a sheet of 50,000 rows. */
export function largeSheetRows(l: LargeSheet): Result[] {
  const under = l.maxRequestBytes < l.limitBytes && l.maxResponseBytes < l.limitBytes;
  return [
    check({
      section: "6",
      name: `${l.rows.toLocaleString("en-US")} rows (${l.forms} forms): validate + write complete`,
      measured: l.error === null ? `yes: ${l.readSyncs} + ${l.writeSyncs} syncs` : `no: ${l.error}`,
      budget: "completes",
      pass: l.error === null,
      stable: true,
    }),
    check({
      section: "6",
      name: "largest request / response",
      measured: `${mb(l.maxRequestBytes)} / ${mb(l.maxResponseBytes)}`,
      budget: `< ${mb(l.limitBytes)}`,
      pass: under,
      stable: true,
    }),
    info(
      "6",
      "time on the fake host (validate / write)",
      `${(l.validateMs / 1000).toFixed(2)} s / ${(l.writeMs / 1000).toFixed(2)} s`
    ),
  ];
}

/** Item 3: the command line against exceljs loading alone. */
export function cliRows(c: CliTiming): Result[] {
  return [
    info("3", `exceljs loads ${c.files} workbooks`, `${(c.loadMs / 1000).toFixed(2)} s`),
    info("3", `selfeval check ${c.files} workbooks`, `${(c.checkMs / 1000).toFixed(2)} s`),
    info(
      "3",
      "the same over 1 workbook (start-up)",
      `${(c.loadOneMs / 1000).toFixed(2)} s / ${(c.checkOneMs / 1000).toFixed(2)} s`,
      "exceljs alone / selfeval check"
    ),
    check({
      section: "3",
      name: "checking adds over loading",
      measured: `${(c.overhead * 100).toFixed(1)}% (median of ${c.runs} rounds; of the medians ${(c.overheadOfMedians * 100).toFixed(1)}%)`,
      budget: `≤ ${(BUDGETS.cliOverhead * 100).toFixed(0)}%`,
      pass: c.overhead <= BUDGETS.cliOverhead,
      stable: false,
    }),
  ];
}
