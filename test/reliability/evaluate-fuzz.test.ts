import fc from "fast-check";
import type { Grid } from "../../src/core";
import { readGrids } from "../excel/sample-grids";
import { CORPUS_XLSX, REGIONS_XLSX } from "../helpers/fixtures";
import { loadSampleGrids } from "../helpers/sample";
import { FuzzTally, fuzzParams, isLongRun } from "./fuzz-settings";
import { checkGrid, type GridCheck } from "./grid-invariants";
import { cleanFormArb, LONG_TEXTS, mutatedArb, randomGridArb, twoForms } from "./grid-arbitraries";

/**
 * Extends test/core/evaluate-properties.test.ts: wider cells (dates, every error
 * value, 100,000-character texts), more edits (columns deleted, cells moved,
 * merges broken or shifted), the real 2021 forms as sources, a time bound per
 * grid, marks and wording checked too.
 */

/** Per grid of at most a few hundred cells; generous because the machine is shared. */
const BOUND_MS = 2000;

const tally = new FuzzTally();
let samples: Grid[];
let regional: Grid[];

// Three workbooks are opened through the .xlsx shell: a second alone, and past jest's default
// 5 s when a full test run shares the two cores with other work.
beforeAll(async () => {
  samples = await readGrids();
  regional = [...(await loadSampleGrids(REGIONS_XLSX)), ...(await loadSampleGrids(CORPUS_XLSX))];
}, 60_000);

afterAll(() => {
  process.stdout.write(tally.report("evaluate fuzz"));
});

function record(name: string, check: GridCheck): void {
  tally.add(`${name}: grids`);
  tally.add(`${name}: findings`, check.findings);
  tally.add(`${name}: writes`, check.writes);
  tally.add(`${name}: marks`, check.marks);
  if (check.forms > 0) tally.add(`${name}: grids holding a form`);
  tally.max("slowest grid (ms)", check.ms);
}

describe("evaluate on hostile grids (fast-check, fixed seed)", () => {
  it("holds every property on random sheets with long texts, dates and error values", () => {
    fc.assert(
      fc.property(randomGridArb, (g) => record("random", checkGrid(g, BOUND_MS))),
      fuzzParams(150)
    );
  });

  it("holds every property on the clean form after rows, columns, labels and merges are edited", () => {
    fc.assert(
      fc.property(mutatedArb(cleanFormArb, 10), (g) =>
        record("clean form", checkGrid(g, BOUND_MS))
      ),
      fuzzParams(250)
    );
    expect(tally.get("clean form: grids holding a form")).toBeGreaterThan(0);
  });

  it("holds every property on the real 2021 forms after edits", () => {
    const sources = fc.constantFrom(...samples);
    fc.assert(
      fc.property(mutatedArb(sources, 10), (g) => record("2021 sample", checkGrid(g, BOUND_MS))),
      fuzzParams(150)
    );
    expect(tally.get("2021 sample: grids holding a form")).toBeGreaterThan(0);
  });

  it("holds every property on the real forms of other regions and years after edits", () => {
    const sources = fc.constantFrom(...regional);
    fc.assert(
      fc.property(mutatedArb(sources, 10), (g) => record("regional", checkGrid(g, BOUND_MS))),
      fuzzParams(200)
    );
    expect(tally.get("regional: grids holding a form")).toBeGreaterThan(0);
  });

  it("holds every property on a sheet holding two forms after edits", () => {
    fc.assert(
      fc.property(mutatedArb(fc.constant(twoForms()), 8), (g) =>
        record("two forms", checkGrid(g, BOUND_MS))
      ),
      fuzzParams(100)
    );
  });

  it("finds both forms of the unedited two-form sheet, and reads the real forms without a write", () => {
    expect(checkGrid(twoForms(), BOUND_MS).forms).toBe(2);
    for (const sample of samples) {
      const check = checkGrid(sample, BOUND_MS);
      expect(check.forms).toBe(1);
    }
  });

  it("evaluates 100,000-character texts in every cell of two forms within the bound", () => {
    const g = twoForms();
    // npm test puts two of the texts in each cell; npm run fuzz all of them.
    const perCell = isLongRun() ? LONG_TEXTS.length : 2;
    let cells = 0;
    for (let r = 0; r < 24; r += 1) {
      for (let c = 0; c < 9; c += 1) {
        for (let k = 0; k < perCell; k += 1) {
          const text = LONG_TEXTS[(r * 9 + c + k * 4) % LONG_TEXTS.length]!;
          const cellsCopy = g.cells.map((row) => row.slice());
          const row = cellsCopy[r] ?? [];
          while (row.length < c) row.push({ value: null });
          row[c] = { value: text };
          cellsCopy[r] = row;
          record("long text", checkGrid({ ...g, cells: cellsCopy }, BOUND_MS));
          cells += 1;
        }
      }
    }
    expect(cells).toBe(24 * 9 * perCell);
    expect(tally.get("long text: grids holding a form")).toBe(cells);
  });
});
