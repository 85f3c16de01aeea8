import { readFileSync } from "fs";
import {
  evaluate,
  fromA1,
  type Evaluation,
  type Form,
  type Grid,
  type Indicator,
  type LayoutHint,
} from "../../src/core";
import { CORPUS_JSON, CORPUS_XLSX, REGIONS_JSON, REGIONS_XLSX } from "../helpers/fixtures";
import { loadSampleGrids } from "../helpers/sample";
import { normalizeUnit } from "../../src/core/units";

/**
 * Real forms of other regions and years, read field by field against what their transcription
 * says a correct reader must extract (test/fixtures/*\/README.md): every part the form has is
 * found, every indicator row read as the form holds it, and no layout finding names a part or
 * a column that is on the sheet.
 */

interface Cell {
  cell: string;
  text: string;
}
interface SplitTarget {
  comparator: string | null;
  value: string | null;
  unit: string | null;
}
interface Row {
  row: number;
  level1: string;
  level1_inferred?: string;
  level2: string | null;
  level3: string | null;
  target: string | SplitTarget | null;
  actual: string | null;
  weight: number | string | null;
  score: number | string | null;
  reason: string | null;
  placeholder?: boolean;
}
interface Expected {
  fragment?: boolean;
  header: Record<string, Cell> | null;
  funds: {
    header_row?: number;
    columns?: Record<string, string>;
    roles?: Record<string, string>;
    summary: {
      initial?: number | null;
      budget: number | null;
      executed: number | null;
      rate: number | null;
      weight: number | null;
      score: number | null;
    };
    cells?: unknown;
  } | null;
  goals: { label: Cell; expected: string | null; actual: string | null } | null;
  indicators: {
    header_row: number;
    columns: Record<string, unknown>;
    rows: Row[];
  } | null;
  total: { row: number; weight: number | null; score: number | null } | null;
}
interface Sheet {
  sheet: string;
  forms: Expected[];
}

/**
 * Forms whose labels the reader cannot know (OCR-garbled 「考值参分」 for 分值, a 得分 column
 * headed by the block's points 「50」): a user shows them with 指定列, here as the hints the pane
 * would store. Without them the reader must say which labels it could not find.
 */
const HINTS: Record<string, LayoutHint[]> = {
  银川2021: [
    { field: "budget", text: "调整预算将,A、" },
    { field: "initial", text: "年初预匏数" },
    { field: "weight", text: "考值参分" },
    { field: "unit", text: "实施第位" },
  ],
  安居2021: [{ field: "score", text: "", cell: "G12" }],
};

const CORPORA = [
  { name: "regions", xlsx: REGIONS_XLSX, json: REGIONS_JSON },
  { name: "corpus", xlsx: CORPUS_XLSX, json: CORPUS_JSON },
];

/** "≥" for ">=", as the reader's comparators are canonical. */
const COMPARATORS: Record<string, string> = {
  ">=": "≥",
  "≧": "≥",
  "<=": "≤",
  "≦": "≤",
  "═": "＝",
  ">": "＞",
  "<": "＜",
  "=": "＝",
};

/** The 执行率 a form writes, as a fraction: "97.80%" → 0.978, a bare 20 → 0.2 (昌宁 writes 20 for 20%). */
function enteredRate(raw: string, value: number | null): number | null {
  if (value === null) return null;
  if (raw.trim().endsWith("%")) return value / 100;
  return value > 1.5 ? value / 100 : value;
}

const near = (a: number | null | undefined, b: number | null | undefined) =>
  a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 1e-6);

/** Every difference between what the reader read and what the transcription says. */
function compare(sheet: string, expected: Expected, e: Evaluation | undefined): string[] {
  const out: string[] = [];
  const diff = (what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want))
      out.push(`${sheet} ${what}: read ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  };
  if (!e?.form) return [`${sheet}: no form read`];
  const form: Form = e.form;
  const h = expected.header;
  if (h) {
    diff("project", form.header.name?.text ?? null, h.project?.text.trim() ?? null);
    if (h.department) diff("department", form.header.dept?.text ?? null, h.department.text.trim());
    if (h.unit) diff("unit", form.header.unit?.text ?? null, h.unit.text.trim());
    if (h.title) diff("title", form.header.title?.text ?? null, h.title.text.trim());
  }

  const f = expected.funds;
  if (f?.summary) {
    const funds = form.funds;
    if (!funds) out.push(`${sheet} funds: not read`);
    else {
      const total = funds.rows.total;
      diff("funds budget", total.budget?.value ?? null, f.summary.budget);
      diff("funds executed", total.executed?.value ?? null, f.summary.executed);
      if (f.summary.initial !== undefined)
        diff("funds initial", total.initial?.value ?? null, f.summary.initial);
      const rate = funds.rate ? enteredRate(funds.rate.raw, funds.rate.value) : null;
      if (!near(rate, f.summary.rate)) diff("funds rate", rate, f.summary.rate);
      diff("funds weight", funds.weight?.value ?? funds.labelWeight, f.summary.weight);
      diff("funds score", funds.score?.value ?? null, f.summary.score);
      // 执行率 is checked wherever the form has a budget.
      if ((f.summary.budget ?? 0) > 0 && f.summary.executed !== null && e.executionRate === null)
        out.push(`${sheet}: no 执行率 computed`);
    }
  } else if (f === null && form.funds !== null)
    out.push(`${sheet}: funds read where the form has none`);

  const g = expected.goals;
  if (g && g.expected !== null) {
    diff("goals expected", form.goals?.expected.text ?? null, g.expected);
    // A form without an achieved text gives "" where the transcription says null.
    diff("goals actual", form.goals?.actual.text || null, g.actual || null);
  }

  const ind = expected.indicators;
  const byRow = new Map<number, Indicator>(form.indicators.map((i) => [i.row + 1, i]));
  for (const row of ind?.rows ?? []) {
    const got = byRow.get(row.row);
    byRow.delete(row.row);
    if (row.placeholder) {
      if (got) out.push(`${sheet} row ${row.row}: a placeholder read as an indicator`);
      continue;
    }
    if (!got) {
      out.push(`${sheet} row ${row.row}: not read`);
      continue;
    }
    const at = `row ${row.row}`;
    const level1 =
      row.level1_inferred ?? row.level1.replace(/\s/g, "").replace(/\(\d+(\.\d+)?分?\)$/, "");
    diff(`${at} 一级`, got.level1.text, level1);
    diff(`${at} 二级`, got.level2.text, row.level2 ?? "");
    diff(
      `${at} 三级`,
      got.name.text,
      (row.level3 ?? "").trim().replace(/^指标\s*\d+\s*[:：]\s*/, "")
    );
    if (typeof row.target === "string") diff(`${at} target`, got.targetText.text, row.target);
    else if (row.target && row.target.comparator === null)
      diff(`${at} target`, got.targetText.text, row.target.value ?? "");
    else if (row.target) {
      const t = got.target;
      const want = {
        kind: "quantity",
        comparator: COMPARATORS[row.target.comparator ?? ""] ?? row.target.comparator,
        value: Number(row.target.value),
        unit: normalizeUnit((row.target.unit ?? "").replace(/\(.*\)$/, "")),
      };
      diff(
        `${at} target`,
        t.kind === "quantity"
          ? { kind: t.kind, comparator: t.comparator, value: t.value, unit: t.unit }
          : t,
        want
      );
    }
    diff(`${at} actual`, got.actualText.text === "" ? null : got.actualText.text, row.actual);
    const cellValue = (f: Indicator["score"]) => f.value ?? (f.raw === "" ? null : f.raw);
    diff(`${at} 分值`, got.weightSource === "cell" ? cellValue(got.weight) : null, row.weight);
    diff(`${at} 得分`, cellValue(got.score), row.score);
    diff(`${at} reason`, got.reason?.text || null, row.reason);
  }
  for (const extra of byRow.keys())
    out.push(`${sheet} row ${extra}: read, but no indicator is there`);

  const t = expected.total;
  if (t) {
    if (!form.total) out.push(`${sheet} 总分 row ${t.row}: not found`);
    else {
      diff("总分 row", form.total.label.row + 1, t.row);
      diff("总分 分值", form.total.weight?.value ?? null, t.weight);
      diff("总分 得分", form.total.score?.value ?? null, t.score);
    }
  }

  // No layout finding about a part or column that is on the sheet.
  const has: Record<string, boolean> = {
    header: expected.header?.project !== undefined,
    funds: expected.funds !== null,
    goals: expected.goals !== null,
    indicators: expected.indicators !== null,
    total: expected.total !== null,
  };
  const columns = expected.indicators?.columns ?? {};
  for (const finding of e.findings.filter((x) => x.code === "layout.missing-part")) {
    const part = String(finding.params.part);
    const field = String(finding.params.field);
    if (finding.params.column === undefined) {
      if (has[part]) out.push(`${sheet}: says the form has no ${part}, which is at hand`);
    } else if (part === "indicators" && field in columns) {
      out.push(
        `${sheet}: says the indicator table has no ${field}, which is in column ${JSON.stringify(columns[field])}`
      );
    } else if (
      part === "funds" &&
      expected.funds?.roles &&
      fundsRoleOf(field) in expected.funds.roles
    ) {
      out.push(`${sheet}: says the funds block has no ${field}, which it has`);
    }
  }
  return out;
}

/** The transcription's name for a funds field. */
function fundsRoleOf(field: string): string {
  return field === "budget" ||
    field === "executed" ||
    field === "rate" ||
    field === "score" ||
    field === "weight" ||
    field === "initial"
    ? field
    : "";
}

/** The reader's form for a transcribed form: the one whose rows hold its first anchor. */
function evaluationFor(evaluations: Evaluation[], expected: Expected): Evaluation | undefined {
  const anchor =
    expected.header?.project?.cell ??
    (expected.indicators ? `A${expected.indicators.header_row}` : undefined);
  const row = anchor ? fromA1(anchor)?.row : undefined;
  if (row === undefined) return evaluations[0];
  return (
    evaluations.find((e) => e.range.top <= row && row <= e.range.bottom) ??
    evaluations.find((e) => e.form !== null)
  );
}

describe.each(CORPORA)("real forms: $name", ({ xlsx, json }) => {
  const sheets = (JSON.parse(readFileSync(json, "utf8")) as { sheets: Sheet[] }).sheets;
  let grids: Map<string, Grid>;
  beforeAll(async () => {
    grids = new Map((await loadSampleGrids(xlsx)).map((g) => [g.sheet, g]));
  });

  it.each(sheets.map((s) => [s.sheet, s] as const))(
    "%s: every part and row read as the form holds them",
    (_, sheet) => {
      const grid = grids.get(sheet.sheet);
      if (!grid) throw new Error(`sheet ${sheet.sheet} missing from the workbook`);
      const hints = HINTS[sheet.sheet] ?? [];
      const evaluations = evaluate(grid, undefined, hints);
      const problems = sheet.forms.flatMap((expected) =>
        compare(sheet.sheet, expected, evaluationFor(evaluations, expected))
      );
      expect(problems).toEqual([]);
      // One evaluation per form the sheet holds.
      expect(evaluations.filter((e) => e.form !== null)).toHaveLength(sheet.forms.length);
    }
  );

  const hinted = Object.entries(HINTS).filter(([name]) => sheets.some((s) => s.sheet === name));
  if (hinted.length > 0)
    it.each(hinted)("%s: without its hints, says which labels it could not find", (name, hints) => {
      const grid = grids.get(name)!;
      const said = evaluate(grid)
        .flatMap((e) => e.findings)
        .filter((f) => f.code === "layout.missing-part")
        .map((f) => String(f.params.field));
      // 年初预算数 is optional and 实施单位 no column: only the fields a form must have are said.
      const needed = hints.map((h) => h.field).filter((f) => f !== "unit" && f !== "initial");
      expect(needed.filter((f) => !said.includes(f))).toEqual([]);
    });
});
