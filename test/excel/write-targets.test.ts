import type { Grid, WritePlan } from "../../src/core";
import { MARK_FILLS } from "../../src/core";
import { recoveredEntry } from "../../src/excel/write-recovery";
import { collectTargets, snapshotEntry } from "../../src/excel/write-targets";

const plan: WritePlan = {
  sheet: "表一",
  writes: [
    { address: { row: 1, col: 1 }, kind: "rate", value: 0.8, format: "0.00%", previous: 1 },
    { address: { row: 2, col: 1 }, kind: "total-score", value: "98分", previous: "90分" },
  ],
  marks: [
    { address: { row: 1, col: 1 }, severity: "error" },
    { address: { row: 3, col: 0 }, severity: "warning" },
  ],
};

const grid: Grid = {
  sheet: "表一",
  top: 0,
  left: 0,
  cells: [[], [{ value: null }, { value: 1, format: "0%" }], [{ value: null }, { value: "90分" }]],
  merges: [],
};

describe("write targets", () => {
  it("makes one target per cell, with the write and the mark together", () => {
    expect(collectTargets([plan])).toEqual([
      {
        plan: 0,
        sheet: "表一",
        address: { row: 1, col: 1 },
        value: 0.8,
        previous: 1,
        format: "0.00%",
        fill: MARK_FILLS.error,
      },
      { plan: 0, sheet: "表一", address: { row: 2, col: 1 }, value: "98分", previous: "90分" },
      { plan: 0, sheet: "表一", address: { row: 3, col: 0 }, fill: MARK_FILLS.warning },
    ]);
  });

  it("takes what a cell held from the snapshot when the snapshot agrees with the plan", () => {
    const [rate] = collectTargets([plan]);
    expect(snapshotEntry(rate!, grid)).toEqual({
      address: { row: 1, col: 1 },
      value: 1,
      format: "0%",
      fill: null,
    });
  });

  it("falls back on the plan's previous value alone, format unknown, when the snapshot disagrees or is missing", () => {
    const [rate, , mark] = collectTargets([plan]);
    const edited: Grid = { ...grid, cells: [[], [{ value: null }, { value: 7 }]] };
    const alone = { address: { row: 1, col: 1 }, value: 1, fill: null };
    expect(snapshotEntry(rate!, edited)).toEqual(alone);
    expect(snapshotEntry(rate!, undefined)).toEqual(alone);
    expect(snapshotEntry(mark!, undefined)).toBeUndefined();
  });

  it("recovers only what a failed write changed: planned state back to the snapshot, the rest as read", () => {
    const [rate, total, mark] = collectTargets([plan]);
    // The value and format were written, the mark was not: the user's yellow fill stays recorded.
    const written = { address: rate!.address, value: 0.8, format: "0.00%", fill: "FFFF00" };
    expect(recoveredEntry(written, rate!, snapshotEntry(rate!, grid))).toEqual({
      ...written,
      value: 1,
      format: "0%",
    });
    // Nothing planned is there: the write never reached the cell.
    const untouched = { address: total!.address, value: "90分", format: "General", fill: null };
    expect(recoveredEntry(untouched, total!, snapshotEntry(total!, grid))).toBeNull();
    // A mark is there: taken as written, the fill before it as none.
    const marked = {
      address: mark!.address,
      value: "x",
      format: "General",
      fill: MARK_FILLS.warning,
    };
    expect(recoveredEntry(marked, mark!, undefined)).toEqual({ ...marked, fill: null });
  });
});
