import fc from "fast-check";
import type { Grid } from "../../src/core";
import { readGrids } from "../excel/sample-grids";
import { FuzzTally, fuzzParams, fuzzSeed, isLongRun } from "./fuzz-settings";
import { applyEdits, editArb } from "./grid-arbitraries";
import { checkGrid } from "./grid-invariants";
import { largeCleanForm, largeSampleForm } from "./large-forms";

/** Forms of 10,000 indicator rows: read completely, within 2 s, with the fuzz properties. */

const ROWS = 10_000;
const BOUND_MS = 2000;

const tally = new FuzzTally();
let samples: Grid[];

beforeAll(async () => {
  samples = await readGrids();
});

afterAll(() => {
  process.stdout.write(tally.report("10,000-row forms"));
});

describe("forms of 10,000 indicator rows", () => {
  it("reads every row of the clean form within 2 s and plans nothing a second time", () => {
    const g = largeCleanForm(ROWS);
    const check = checkGrid(g, BOUND_MS);
    expect(check.evaluations[0]?.form?.indicators.length).toBe(ROWS);
    expect(check.forms).toBe(1);
    tally.max("clean form: ms", check.ms);
  });

  it("reads every row of a real 2021 form grown to 10,000 rows within 2 s", () => {
    // npm test grows one of the three forms (by seed); npm run fuzz all three.
    const chosen = isLongRun() ? samples : [samples[fuzzSeed() % samples.length]!];
    for (const sample of chosen) {
      const check = checkGrid(largeSampleForm(sample, ROWS), BOUND_MS);
      expect(check.evaluations[0]?.form?.indicators.length).toBe(ROWS);
      tally.max("2021 form: slowest ms", check.ms);
    }
  });

  it("holds the fuzz properties after random edits anywhere in a 10,000-row form", () => {
    const sources = fc.constantFrom(
      largeCleanForm(ROWS),
      ...samples.map((s) => largeSampleForm(s, ROWS))
    );
    const edited = sources.chain((g) =>
      fc
        .array(editArb(ROWS + 30, 11), { minLength: 1, maxLength: 12 })
        .map((edits) => applyEdits(g, edits))
    );
    fc.assert(
      fc.property(edited, (g) => {
        const check = checkGrid(g, BOUND_MS);
        tally.add("edited: grids");
        tally.add("edited: findings", check.findings);
        tally.max("edited: slowest ms", check.ms);
        tally.max("edited: slowest wall ms", check.wallMs);
      }),
      fuzzParams(2)
    );
  });
});
