import { toA1 } from "../../src/core/address";
import {
  BUILTIN_PROFILE_NAMES,
  builtinProfile,
  evaluate,
  type Finding,
  type Grid,
} from "../../src/core/index";
import { buildTemplate, specToGrid, TEMPLATE_ROWS } from "../../src/core/template";
import type { IndicatorInput } from "../../src/core/template-input";
import { openWorkbook, XlsxWorkbookPort } from "../../src/xlsx";
import { SAMPLE_XLSX as SAMPLE } from "../helpers/fixtures";

/** The sample's sheets as the xlsx shell reads them. */
async function readSample(): Promise<Grid[]> {
  const opened = await openWorkbook(SAMPLE);
  if (!opened.ok) throw new Error(`cannot open ${SAMPLE}: ${opened.problem.code}`);
  return new XlsxWorkbookPort(opened.workbook).readSheets();
}

function findingsOf(grid: Grid): Finding[] {
  return evaluate(grid).flatMap((e) => e.findings);
}

function describeFinding(f: Finding): string {
  return `${f.severity} ${f.code} ${toA1(f.address)} ${JSON.stringify(f.params)}`;
}

describe("a blank template evaluates as an empty form", () => {
  const spec = buildTemplate({ name: "新项目" });
  const evaluations = evaluate(specToGrid(spec));
  const findings = evaluations.flatMap((e) => e.findings);
  const codesAt = (code: string): string[] =>
    findings.filter((f) => f.code === code).map((f) => toA1(f.address));

  it("is found as one whole form covering the print area", () => {
    expect(evaluations).toHaveLength(1);
    expect(evaluations[0]?.form).not.toBeNull();
    expect(evaluations[0]?.range).toEqual(spec.print.printArea);
    expect(findings.filter((f) => f.code.startsWith("layout."))).toEqual([]);
  });

  it("gives only the findings of fields still to fill in", () => {
    const expected = new Set([
      "header.field-empty",
      "header.year-missing",
      "funds.budget-zero",
      "goals.empty",
      "indicator.name-empty",
      "target.empty",
      "actual.empty",
      // Empty rows have no tier yet, so their score is still the user's to set.
      "score.needs-judgement",
    ]);
    expect(findings.filter((f) => !expected.has(f.code)).map(describeFinding)).toEqual([]);
  });

  it("names each empty field", () => {
    const rows = Array.from({ length: 8 }, (_, k) => TEMPLATE_ROWS.firstIndicator + k + 1);
    expect(codesAt("header.field-empty")).toEqual(["B4", "G4"]);
    expect(findings.find((f) => toA1(f.address) === "B4")?.severity).toBe("error");
    expect(findings.find((f) => toA1(f.address) === "G4")?.severity).toBe("warning");
    expect(codesAt("goals.empty")).toEqual(["B11", "F11"]);
    expect(codesAt("funds.budget-zero")).toEqual(["E6"]);
    expect(codesAt("indicator.name-empty")).toEqual(rows.map((r) => `D${r}`));
    expect(codesAt("target.empty")).toEqual(rows.map((r) => `E${r}`));
    expect(codesAt("actual.empty")).toEqual(rows.map((r) => `F${r}`));
  });

  it("has weights the checks accept: 100 in all, in the default split", () => {
    expect(findings.filter((f) => f.code.startsWith("weight."))).toEqual([]);
  });

  it("plans no write and no score while nothing is filled in", () => {
    expect(evaluations[0]?.plan.writes).toEqual([]);
    expect(evaluations[0]?.score).toBeNull();
  });
});

describe("a template made under a profile", () => {
  it.each(BUILTIN_PROFILE_NAMES)(
    "%s: its weights and funds formulas are what the same profile checks",
    (name) => {
      const profile = builtinProfile(name);
      const funds = { initial: 3, budget: 3, executed: 2 };
      const zero = { initial: 0, budget: 0, executed: 0 };
      const spec = buildTemplate(
        { name: "p", funds: { ...funds, current: funds, carryover: zero, other: zero } },
        profile
      );
      const [evaluation] = evaluate(specToGrid(spec), profile);
      const codes = [...new Set(evaluation?.findings.map((f) => f.code))];
      expect(codes.filter((c) => c.startsWith("weight.") || c.startsWith("indicator."))).toEqual([
        "indicator.name-empty",
      ]);
      expect(codes.filter((c) => c.startsWith("funds."))).toEqual(["funds.execution-low"]);
      expect(evaluation?.plan.writes).toEqual([]);
    }
  );
});

describe("a template with the project's details", () => {
  it("gives no header or funds finding and reads the 执行率 formula's result", () => {
    const funds = { initial: 20, budget: 20, executed: 17.23 };
    const zero = { initial: 0, budget: 0, executed: 0 };
    const spec = buildTemplate({
      name: "p",
      dept: "昌吉回族自治州应急管理局",
      unit: "昌吉回族自治州应急管理局",
      year: 2021,
      funds: { ...funds, current: funds, carryover: zero, other: zero },
    });
    const [evaluation] = evaluate(specToGrid(spec));
    const parts = evaluation?.findings
      .filter((f) => f.code.startsWith("header.") || f.code.startsWith("funds."))
      .map((f) => f.code);
    // 86.15% is below 100%: the info the rules ask for, nothing more.
    expect(parts).toEqual(["funds.execution-low"]);
    expect(evaluation?.findings.find((f) => f.code === "funds.execution-low")?.severity).toBe(
      "info"
    );
    expect(evaluation?.executionRate).toBeCloseTo(17.23 / 20, 10);
    expect(
      evaluation?.plan.writes.filter((w) => w.kind === "rate" || w.kind === "funds-score")
    ).toEqual([]);
  });

  it("reports the blank breakdown when only the totals are given", () => {
    const spec = buildTemplate({ name: "p", funds: { initial: 20, budget: 20, executed: 20 } });
    const mismatches = findingsOf(specToGrid(spec)).filter((f) => f.code === "funds.sum-mismatch");
    expect(mismatches.map((f) => toA1(f.address))).toEqual(["D6", "E6", "F6"]);
  });
});

describe("a template filled with the values of a sample form", () => {
  let samples: Grid[] = [];
  beforeAll(async () => {
    samples = await readSample();
  });

  /**
   * Builds the template with the sample's indicator rows and funds, then types every
   * other value of the sample into the same place, as an accountant would. The sample
   * has a spacer row under the indicator header (row 13) that the template has not.
   */
  function fillFromSample(sample: Grid): { grid: Grid; toSampleRow: (row: number) => number } {
    const spacer = TEMPLATE_ROWS.firstIndicator;
    const v = (r: number, c: number) => sample.cells[r]?.[c]?.value ?? null;
    const rows: IndicatorInput[] = [];
    let level1 = "";
    for (let r = spacer + 1; r < sample.cells.length && v(r, 0) !== "总分"; r += 1) {
      level1 = String(v(r, 1) ?? level1);
      rows.push({ level1, level2: String(v(r, 2)) });
    }
    const num = (r: number, c: number) => v(r, c) as number;
    const spec = buildTemplate({
      name: String(v(TEMPLATE_ROWS.name, 1)),
      funds: { initial: num(5, 3), budget: num(5, 4), executed: num(5, 5) },
      indicators: rows,
    });
    const grid = specToGrid(spec);
    sample.cells.forEach((row, r) => {
      if (r === spacer) return;
      const target = grid.cells[r < spacer ? r : r - 1];
      row.forEach((cell, c) => {
        const into = target?.[c];
        // Formula cells recalculate from the amounts typed above them.
        if (!into || into.formula !== undefined || cell.value === null) return;
        into.value = cell.value;
        if (cell.format !== undefined) into.format = cell.format;
      });
    });
    return { grid, toSampleRow: (row) => (row >= spacer ? row + 1 : row) };
  }

  it.each([0, 1, 2])("sheet %i: no layout finding, and the same findings as the sample", (i) => {
    const sample = samples[i] as Grid;
    const { grid, toSampleRow } = fillFromSample(sample);
    const fromTemplate = findingsOf(grid).map((f) =>
      describeFinding({ ...f, address: { row: toSampleRow(f.address.row), col: f.address.col } })
    );
    const fromSample = findingsOf(sample).map(describeFinding);
    expect(fromTemplate.filter((f) => f.includes(" layout."))).toEqual([]);
    expect(fromSample.length).toBeGreaterThan(0);
    expect(fromTemplate).toEqual(fromSample);
  });
});
