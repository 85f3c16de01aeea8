import type { Cell, Grid } from "../../src/core";
import { PAYLOAD_LIMIT_BYTES } from "../../dev/fake-office";
import { setUp } from "./fake-port";

/** 50,000 rows of nine columns: text with Chinese characters, numbers, percents, merges every 1,000 rows. */
function largeGrid(rows: number): Grid {
  const cells: Cell[][] = [];
  for (let r = 0; r < rows; r += 1) {
    cells.push([
      { value: `年度绩效指标完成情况 第${r + 1}行` },
      { value: "产出指标" },
      { value: "数量指标" },
      { value: `受理安全生产举报（次）${r}` },
      { value: "≥90%" },
      { value: 0.9 + (r % 10) / 100, format: "0%" },
      { value: 10 },
      { value: r % 7 === 0 ? null : 10 },
      { value: r % 3 === 0 ? "受疫情影响，部分项目验收推迟至次年" : null },
    ]);
  }
  const merges = Array.from({ length: Math.floor(rows / 1000) }, (_, i) => ({
    top: i * 1000,
    left: 1,
    bottom: i * 1000 + 1,
    right: 2,
  }));
  return { sheet: "大表", top: 0, left: 0, cells, merges };
}

describe("Excel port: a sheet of 50,000 rows", () => {
  it("reads completely in payload-sized bands, every request and response under 5 MB", async () => {
    const grid = largeGrid(50_000);
    const { office, port } = setUp([grid]);
    const [read] = await port.readSheets(["大表"]);
    expect(read!.cells.length).toBe(50_000);
    expect(read!.cells[49_999]).toEqual(grid.cells[49_999]);
    expect(read!.cells[12_345]).toEqual(grid.cells[12_345]);
    expect(read).toEqual(grid);
    const { syncs, maxRequestBytes, maxResponseBytes, failedSyncs } = office.counters();
    expect(failedSyncs).toBe(0);
    expect(maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // About 9 MB of cell data: more than one band, and not one sync per few rows.
    expect(syncs).toBeGreaterThan(2);
    expect(syncs).toBeLessThan(12);
  });
});
