import fc from "fast-check";
import type { Grid } from "../../src/core";
import { applyEvaluations, validateSheets } from "../../src/core";
import { sheetSnapshot, workbookSnapshot } from "../../dev/fake-office";
import { readGrids } from "../excel/sample-grids";
import { setUp } from "../excel/fake-port";
import { FuzzTally, fuzzParams } from "./fuzz-settings";
import { cleanFormArb, mutatedArb } from "./grid-arbitraries";
import { largeCleanForm } from "./large-forms";

/**
 * Through the Excel port over the fake host: write the plan of a hostile sheet,
 * validate again (nothing more to write), restore, and find every cell's value,
 * formula, number format and fill exactly as it was.
 */

// The 10,000-row round trip takes seconds on a busy machine; npm run fuzz sets its own bound.
jest.setTimeout(60_000);

const tally = new FuzzTally();
let samples: Grid[];

beforeAll(async () => {
  samples = await readGrids();
});

afterAll(() => {
  process.stdout.write(tally.report("write, validate again, restore through the fake host"));
});

const FILLS = ["FFFF00", "FFC7CE", "FFFFFF", "00B050"];

/** Fills the user chose on some cells, so restore must put back a fill, not just remove one. */
const userFills = fc.array(
  fc.record({ r: fc.nat(30), c: fc.nat(10), fill: fc.constantFrom(...FILLS) }),
  { maxLength: 8 }
);

async function roundTrip(
  grid: Grid,
  fills: { r: number; c: number; fill: string }[]
): Promise<void> {
  const { office, port } = setUp([grid]);
  const sheet = office.workbook.sheetByName(grid.sheet)!;
  for (const { r, c, fill } of fills)
    office.workbook.updateCell(sheet, grid.top + r, grid.left + c, (cell) => {
      cell.fill = fill;
    });
  const before = sheetSnapshot(sheet);

  const [first] = await validateSheets(port, "active");
  const journals = await applyEvaluations(port, first!.evaluations);
  const written = journals.reduce((n, j) => n + j.entries.length, 0);
  tally.add("sheets");
  tally.add("cells journaled", written);
  if (written > 0) tally.add("sheets changed then restored");

  const [second] = await validateSheets(port, "active");
  const again = second!.evaluations.flatMap((e) => e.plan.writes);
  if (again.length > 0)
    throw new Error(`second validation plans writes: ${JSON.stringify(again).slice(0, 300)}`);

  await port.restoreSaved();
  expect(sheetSnapshot(sheet)).toEqual(before);
  expect(await port.savedJournals()).toEqual([]);
}

describe("write and restore through the Excel port (fast-check, fixed seed)", () => {
  it("restores every value, formula, format and fill of edited clean forms", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb(cleanFormArb, 8), userFills, roundTrip),
      fuzzParams(50)
    );
    expect(tally.get("sheets changed then restored")).toBeGreaterThan(0);
  });

  it("restores every value, formula, format and fill of edited 2021 forms", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedArb(fc.constantFrom(...samples), 8), userFills, roundTrip),
      fuzzParams(40)
    );
  });

  it("restores a 10,000-row form whose every score is wrong, leaving the workbook as it was", async () => {
    const grid = largeCleanForm(10_000);
    const first = 14;
    for (let r = first; r < first + 10_000; r += 1) grid.cells[r]![7] = { value: 1 };
    const { office, port } = setUp([grid]);
    const before = workbookSnapshot(office.workbook);
    const [result] = await validateSheets(port, "active");
    const journals = await applyEvaluations(port, result!.evaluations);
    const entries = journals.flatMap((j) => j.entries);
    // Each wrong score is rewritten and the total too.
    expect(entries.length).toBeGreaterThanOrEqual(10_001);
    expect(office.counters().maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    const [second] = await validateSheets(port, "active");
    expect(second!.evaluations.flatMap((e) => e.plan.writes)).toEqual([]);
    await port.restoreSaved();
    expect(workbookSnapshot(office.workbook)).toEqual(before);
    tally.add("10,000-row form: cells journaled and restored", entries.length);
  });
});
