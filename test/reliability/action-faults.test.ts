import type { Grid } from "../../src/core";
import type { FakeErrorCode, InjectedFault } from "../../dev/fake-office";
import { workbookSnapshot } from "../../dev/fake-office";
import { PaneFault, type FaultKind } from "../../src/taskpane/pane-actions";
import { readGrids } from "../excel/sample-grids";
import { FuzzTally } from "./fuzz-settings";
import { rig, userActions, type PaneRig, type UserAction } from "./pane-harness";

/**
 * Every Office fault at every sync of every user action, through the pane's own
 * PaneActions: the pane gets a typed fault worded in Chinese that says what to do,
 * what the message says happened is what happened, 恢复 then brings back the
 * workbook as it was, and no promise rejection goes unhandled.
 * test/excel/port-faults.test.ts covers the port's read, write and restore; this
 * adds the pane's layer and the other actions (clear marks, templates, reasons).
 */

jest.setTimeout(120_000);

const CODES: [FakeErrorCode, FaultKind][] = [
  ["InvalidOperationInCellEditMode", "cell-edit"],
  ["AccessDenied", "protected"],
  ["ItemNotFound", "sheet-missing"],
  ["RequestPayloadSizeLimitExceeded", "payload-too-large"],
  ["GeneralException", "unknown"],
];

const tally = new FuzzTally();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
let samples: Grid[];

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  const grids = await readGrids();
  // Wrong figures on two sheets so that 写入 has writes and marks on both.
  const first = structuredClone(grids[0]!);
  first.cells[5]![5] = { value: 8 };
  first.cells[13]![7] = { value: 7 };
  const second = structuredClone(grids[1]!);
  second.cells[14]![7] = { value: 2 };
  samples = [first, second, grids[2]!];
});

afterAll(async () => {
  await new Promise((resolve) => setImmediate(resolve));
  process.off("unhandledRejection", onUnhandled);
  process.stdout.write(tally.report("pane actions under injected Office faults"));
});

interface Baseline {
  before: unknown;
  after: unknown;
  syncs: { operations: number }[];
}

/** A fresh workbook with the action's preparation done and counters reset. */
async function prepared(action: UserAction): Promise<{ r: PaneRig; original: unknown }> {
  const r = rig(samples);
  const original = workbookSnapshot(r.office.workbook);
  await action.prepare(r);
  r.office.resetCounters();
  return { r, original };
}

/** The action without faults: its syncs and the workbook before and after. */
async function baseline(action: UserAction): Promise<Baseline> {
  const { r } = await prepared(action);
  const before = workbookSnapshot(r.office.workbook);
  await action.run(r);
  return {
    before,
    after: workbookSnapshot(r.office.workbook),
    syncs: r.office.log.map((s) => ({ operations: s.operations })),
  };
}

/** Sheet snapshots by name, to compare the user's own sheets whatever was added. */
function sheetsOf(snapshot: unknown): Map<string, unknown> {
  const { sheets } = snapshot as { sheets: { name: string }[] };
  return new Map(sheets.map((s) => [s.name, s]));
}

async function outcomeOf(run: Promise<unknown>): Promise<PaneFault | null> {
  try {
    await run;
    return null;
  } catch (error) {
    if (!(error instanceof PaneFault)) throw error;
    return error;
  }
}

/** The checks after a failed action: wording, truthfulness, and recovery by 恢复. */
async function checkFault(
  action: UserAction,
  base: Baseline,
  r: PaneRig,
  original: unknown,
  fault: PaneFault
): Promise<void> {
  const zh = fault.words?.["zh-CN"] ?? "";
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  expect(zh).toMatch(/请|恢复|重试/);
  const now = workbookSnapshot(r.office.workbook);
  const saved = (await r.port.savedJournals()).flatMap((j) => j.entries).length;
  if (zh.includes("工作表未被修改")) {
    expect(now).toEqual(base.before);
    tally.add("outcome: unchanged (said and checked)");
  } else if (zh.includes("恢复")) {
    expect(saved).toBeGreaterThan(0);
    tally.add("outcome: journaled or record kept (said and checked)");
  } else tally.add("outcome: no statement");
  if (!action.writes) expect(now).toEqual(base.before);

  // What 恢复 then gives: every sheet the user had, exactly as it was.
  if (saved > 0) await r.pane.restore();
  const restored = sheetsOf(workbookSnapshot(r.office.workbook));
  const wanted = sheetsOf(original);
  const reasonWritten = sheetsOf(base.after);
  for (const [name, sheet] of wanted) {
    const got = restored.get(name);
    // A reason typed in the pane is the user's own edit, not journaled: it may stand.
    if (action.name.startsWith("填写偏差原因") && got !== undefined) {
      expect([sheet, reasonWritten.get(name)]).toContainEqual(got);
    } else expect(got).toEqual(sheet);
  }
  // Template sheets are new, not the user's: a failed insertion may leave some (see docs).
  const complete = sheetsOf(base.after);
  for (const name of [...restored.keys()].filter((n) => !wanted.has(n))) {
    const whole = JSON.stringify(restored.get(name)) === JSON.stringify(complete.get(name));
    tally.add(`failed insertion left a ${whole ? "complete" : "half-built"} template sheet`);
  }
}

describe.each(userActions("安全生产举报奖励项目").map((a) => [a.name, a] as const))(
  "%s",
  (_name, action) => {
    let base: Baseline;

    beforeAll(async () => {
      base = await baseline(action);
      tally.add(`${action.name}: syncs`, base.syncs.length);
    });

    it("has at least one sync to fail", () => {
      expect(base.syncs.length).toBeGreaterThan(0);
    });

    it.each(CODES)(
      "reports %s at each sync as a %s fault the pane words, and 恢复 brings the workbook back",
      async (code, kind) => {
        for (let sync = 1; sync <= base.syncs.length; sync += 1) {
          const operations = base.syncs[sync - 1]!.operations;
          const variants: InjectedFault[] = [{ code }];
          // Office.js batches are not atomic: also stop after half of the operations.
          if (operations > 1) variants.push({ code, applyFirst: Math.floor(operations / 2) });
          for (const injected of variants) {
            const { r, original } = await prepared(action);
            r.office.failSync(sync, injected);
            const fault = await outcomeOf(action.run(r));
            tally.add("faults injected");
            if (fault === null) {
              // A read that hit a payload limit is retried in smaller pieces; showing the first
              // new sheet after 新建项目表 is best effort, so only which sheet is active may differ.
              const now = workbookSnapshot(r.office.workbook) as { active: unknown };
              const expected = base.after as { active: unknown };
              if (action.name.startsWith("新建项目表"))
                expect({ ...now, active: expected.active }).toEqual(expected);
              else expect(now).toEqual(expected);
              tally.add("outcome: retried and completed");
              continue;
            }
            // After a failed write the shell reads whether the sheet is protected: an
            // AccessDenied injected on a sheet that is not is then reported as the code.
            const kinds = code === "AccessDenied" ? [kind, "unknown"] : [kind];
            expect(kinds).toContain(fault.kind);
            tally.add(`${action.name}: faults at sync ${sync}`);
            await checkFault(action, base, r, original, fault);
          }
        }
      }
    );

    it("reports a protected sheet, or completes without touching it", async () => {
      const { r, original } = await prepared(action);
      for (const sheet of r.office.workbook.sheets) sheet.protected = true;
      const fault = await outcomeOf(action.run(r));
      tally.add("faults injected");
      if (fault === null) {
        for (const sheet of r.office.workbook.sheets) sheet.protected = false;
        const now = sheetsOf(workbookSnapshot(r.office.workbook));
        for (const [name, sheet] of sheetsOf(base.before)) expect(now.get(name)).toEqual(sheet);
        return;
      }
      expect(fault.kind).toBe("protected");
      for (const sheet of r.office.workbook.sheets) sheet.protected = false;
      await checkFault(action, base, r, original, fault);
    });

    it("survives the sheet being deleted before each sync", async () => {
      for (let sync = 1; sync <= base.syncs.length; sync += 1) {
        const { r } = await prepared(action);
        const gone = samples[0]!.sheet;
        r.office.beforeSync(sync, (workbook) => {
          if (workbook.sheetByName(gone)) workbook.deleteSheet(gone);
        });
        const fault = await outcomeOf(action.run(r));
        tally.add("faults injected");
        if (fault !== null) {
          expect(fault.words?.["zh-CN"] ?? "").toMatch(/请|恢复/);
          tally.add(`sheet deleted: ${fault.kind}`);
        } else tally.add("sheet deleted: completed on the other sheets");
        // The other sheets are as the action, done or undone, leaves them.
        const now = sheetsOf(workbookSnapshot(r.office.workbook));
        const before = sheetsOf(base.before);
        const after = sheetsOf(base.after);
        for (const name of [samples[1]!.sheet, samples[2]!.sheet]) {
          expect([before.get(name), after.get(name)]).toContainEqual(now.get(name));
        }
      }
    });

    it("waits while the user edits a cell, then completes", async () => {
      const { r } = await prepared(action);
      r.office.startCellEdit();
      const running = action.run(r);
      await new Promise((resolve) => setTimeout(resolve, 5));
      r.office.endCellEdit();
      await running;
      expect(workbookSnapshot(r.office.workbook)).toEqual(base.after);
    });
  }
);

describe("the whole run", () => {
  it("left no promise rejection unhandled", async () => {
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  });
});
