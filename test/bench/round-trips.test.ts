import type { Grid } from "../../src/core";
import { BUDGETS } from "../../bench/budgets";
import { measureLargeSheet } from "../../bench/large-sheet";
import { measureRoundTrips, type RoundTrips } from "../../bench/round-trips";
import { loadSamples } from "../../bench/samples";

// The stable budgets of issue 8 that test/excel does not already hold, measured by the
// benchmark's own code: validating and writing whole workbooks, inserting one template
// sheet, generating the 汇总表 (issue 18), and a 50,000-row sheet validated and written.
// Timings are never asserted here.

// The 50,000-row sheet takes seconds in node but far longer under jest on a loaded machine.
jest.setTimeout(300_000);

let samples: Grid[];
let measured: RoundTrips;

beforeAll(async () => {
  samples = (await loadSamples()).grids;
  measured = await measureRoundTrips(samples, [1, 10, 50], [1]);
});

describe("benchmark round trips", () => {
  it("validates and writes a workbook of 1, 10 or 50 sheets in the same number of syncs", () => {
    const totals = measured.workbook.map((w) => w.validate.syncs + w.write.syncs);
    expect(measured.workbook.map((w) => w.sheets)).toEqual([1, 10, 50]);
    expect(new Set(totals).size).toBe(1);
  });

  it("changes the workbook in exactly one sync when writing, and never when validating", () => {
    for (const w of measured.workbook) {
      expect(w.validate.writes).toBe(0);
      expect(w.write.writes).toBe(1);
    }
    for (const s of measured.oneSheet) {
      expect([s.validate.writes, s.write.writes, s.restore.writes]).toEqual([0, 1, 1]);
    }
  });

  it("inserts one template sheet in at most 2 syncs", () => {
    expect(measured.insert[0]!.sheets).toBe(1);
    expect(measured.insert[0]!.count.syncs).toBeLessThanOrEqual(BUDGETS.insertSyncs);
    expect(measured.insert[0]!.count.writes).toBe(1);
  });

  it("generates the 汇总表 in the reads of 校验全部工作表 and one write, again in place, at 1, 10 or 50 sheets", () => {
    expect(measured.summary.map((s) => s.sheets)).toEqual([1, 10, 50]);
    for (const { validate, generate, validateAgain, again } of measured.summary) {
      expect([validate.writes, validateAgain.writes]).toEqual([0, 0]);
      // The workbook read the same way 校验全部工作表 reads it, summary included once it is there.
      expect(generate.reads).toBe(validate.reads);
      expect(again.reads).toBe(validateAgain.reads);
      for (const count of [generate, again]) {
        expect(count.writes).toBe(BUDGETS.summaryWrites);
        expect(count.maxRequestBytes).toBeLessThan(BUDGETS.payloadBytes);
      }
    }
  });

  it("validates and writes a 50,000-row sheet of forms with every request and response under 5 MB", async () => {
    const large = await measureLargeSheet(samples);
    expect(large.error).toBeNull();
    expect(large.rows).toBeGreaterThanOrEqual(50_000);
    expect(large.forms).toBe(large.stacked);
    expect(large.writeSyncs).toBeGreaterThan(0);
    expect(large.maxRequestBytes).toBeLessThan(BUDGETS.payloadBytes);
    expect(large.maxResponseBytes).toBeLessThan(BUDGETS.payloadBytes);
  });
});
