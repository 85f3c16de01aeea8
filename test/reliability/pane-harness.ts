import { previewWrites } from "../../src/taskpane/pane-model";
import type { Grid, WritePlan } from "../../src/core";
import { createExcelPort, officeHost, type ExcelPort } from "../../src/excel";
import { createFakeOffice, workbookFromGrids, type FakeOffice } from "../../dev/fake-office";
import type { PaneActions } from "../../src/taskpane/pane-actions";
import { createExcelPaneActions } from "../../src/taskpane/excel-pane-actions";

/**
 * The task pane's real PaneActions over the Excel port over the fake host: what
 * a user's click runs, minus React. Each user action is named, with the state it
 * needs set up first (a write before a restore, say).
 */

export interface PaneRig {
  office: FakeOffice;
  port: ExcelPort;
  pane: PaneActions;
  /** The plans 写入 writes, set by its preparation. */
  plans: WritePlan[];
}

export const NOW = "2026-01-02T03:04:05.000Z";

/** A fresh fake host holding the grids, with the pane's actions over it. */
export function rig(grids: Grid[]): PaneRig {
  const office = createFakeOffice({ workbook: workbookFromGrids(grids) });
  const port = createExcelPort({ host: officeHost(office), now: () => NOW });
  const pane = createExcelPaneActions({ port });
  return { office, port, pane, plans: [] };
}

export interface UserAction {
  name: string;
  /** Whether the action changes the workbook (reads never do). */
  writes: boolean;
  /** What must have happened before the action (not counted in its syncs). */
  prepare(r: PaneRig): Promise<void>;
  run(r: PaneRig): Promise<unknown>;
}

/** Validates every sheet and writes all plans, as 写入 after 全部校验 does. */
async function writeAll(r: PaneRig): Promise<void> {
  const results = await r.pane.validate("all");
  await r.pane.write(previewWrites(results).plans);
}

/** The actions a user can take in the pane, in the order the issue lists them. */
export function userActions(reasonSheet: string): UserAction[] {
  const nothing = async (): Promise<void> => undefined;
  return [
    {
      name: "校验当前表 (validate the active sheet)",
      writes: false,
      prepare: nothing,
      run: (r) => r.pane.validate("active"),
    },
    {
      name: "全部校验 (validate all sheets)",
      writes: false,
      prepare: nothing,
      run: (r) => r.pane.validate("all"),
    },
    {
      name: "写入 (write the plans)",
      writes: true,
      // The validation ran before the user clicked 写入: only the write's own syncs count.
      prepare: async (r) => {
        r.plans = previewWrites(await r.pane.validate("all")).plans;
      },
      run: (r) => r.pane.write(r.plans),
    },
    { name: "恢复 (restore)", writes: true, prepare: writeAll, run: (r) => r.pane.restore() },
    {
      name: "清除标记 (clear marks)",
      writes: true,
      prepare: writeAll,
      run: (r) => r.pane.clearMarks(),
    },
    {
      name: "新建项目表 (insert template sheets)",
      writes: true,
      prepare: nothing,
      run: (r) =>
        r.pane.insertTemplates([
          { name: "新项目一", dept: "某某局", year: 2021 },
          { name: "新项目二", unit: "某某中心" },
        ]),
    },
    {
      name: "填写偏差原因 (write a reason)",
      writes: true,
      prepare: nothing,
      run: (r) => r.pane.writeReason(reasonSheet, { row: 13, col: 8 }, "受疫情影响，已于次年整改"),
    },
  ];
}
