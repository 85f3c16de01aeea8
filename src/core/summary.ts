import Big from "big.js";
import type { Evaluation, FormEvaluation, Grade } from "./evaluation";
import { isEmptyCell, type Area, type Grid } from "./grid";
import { roundHalfUp } from "./normalize";

/**
 * The 汇总表 as data: one row per form of one or more workbooks, with the figures the
 * department hands in (budget, spending, 执行率, funds and total scores, grade) and how much
 * is still wrong on each form; a totals row; and the sheets that could not be read. Built
 * from evaluations only: every figure is the one the form's own evaluation computed.
 */

/** One form of the summary. Amounts are in 万元, whatever unit the form uses. */
export interface SummaryRow {
  /** The workbook the form is in, when the summary spans several (the command line); else null. */
  file: string | null;
  sheet: string;
  /** The form's cells on its sheet (a sheet may hold several forms). */
  range: Area;
  /** 项目名称, 主管部门, 实施单位 as written; null when blank or absent. */
  project: string | null;
  dept: string | null;
  unit: string | null;
  /** 全年预算数 and 全年执行数 of 年度资金总额 in 万元 (to 0.01 元), converted from the form's unit. */
  budget: number | null;
  executed: number | null;
  /** What one of the form's amounts is in 万元: 1 for 万元, 0.0001 for 元 (Funds.toWanYuan). */
  toWanYuan: number;
  /** 全年执行数 / 全年预算数 (R1) as the evaluation computed it. */
  executionRate: number | null;
  /** The funds 分值 and 得分 as counted in the total (R2). */
  fundsWeight: number | null;
  fundsScore: number | null;
  /** 总分 as the rules compute it (R10); null while a score awaits judgement. */
  total: number | null;
  /** 总分 as written on the form, where it differs from the computed one (or none is computed). */
  writtenTotal: number | null;
  grade: Grade | null;
  errors: number;
  warnings: number;
  /** Rows that need a 偏差原因分析 and lack one (reason.required). */
  missingReasons: number;
}

/** The department's totals over the rows. */
export interface SummaryTotals {
  forms: number;
  /** Forms with at least one error. */
  formsWithErrors: number;
  /** Sums in 万元, exact to 0.01 元, over the forms that have the amount. */
  budget: number;
  executed: number;
  /** Σ 全年执行数 / Σ 全年预算数 over the forms that have both and a rate (`rateForms` of them). */
  executionRate: number | null;
  rateForms: number;
  /** Σ 总分 × 全年预算数 / Σ 全年预算数 over the forms with both (`scoreForms`), rounded half up to 2 decimals. */
  averageScore: number | null;
  scoreForms: number;
  errors: number;
  warnings: number;
  missingReasons: number;
}

/** Why a sheet (or a whole file) gave no row. */
export type UnreadReason =
  /** The sheet holds content but no form (layout.not-a-form). */
  | { code: "not-a-form" }
  /** The file could not be opened: the reading shell's own message. */
  | { code: "file"; message: string };

export interface UnreadSheet {
  file: string | null;
  /** Null when the whole file could not be read. */
  sheet: string | null;
  reason: UnreadReason;
}

export interface Summary {
  rows: SummaryRow[];
  totals: SummaryTotals;
  unread: UnreadSheet[];
}

/** One workbook as a shell validated it (validateSheets), or why it could not. */
export interface SummaryInput {
  /** The workbook's name, shown beside each row when the summary spans several. */
  file?: string;
  sheets: readonly { sheet: string; grid: Grid; evaluations: readonly Evaluation[] }[];
  /** Why the file could not be read, worded by the shell that opened it. */
  error?: string;
}

/**
 * Amounts are kept to 0.01 元 (6 decimals of 万元) and summed as decimals with big.js, so that
 * totals are exact. Not BigInt: the pane runs in EdgeHTML webviews (Office 2016/2019), which
 * have none, and a BigInt literal does not even parse there (test/build/syntax.test.ts).
 */

/** Whole numbers divided and rounded down: floor(a / b) for a, b > 0, exact. */
function wholeNumbers(): Big.BigConstructor {
  // Made per call rather than at load: a module-level statement would keep big.js in every
  // bundle that imports the core, the ribbon's included, summary or not.
  const Whole = Big();
  Whole.DP = 0;
  Whole.RM = Big.roundDown;
  return Whole;
}

/** An amount of the form converted to 万元, to 0.01 元. */
function toWan(value: number | null | undefined, toWanYuan: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  // Dividing by the power of ten (not multiplying by 0.0001) keeps 387664.62 元 at 38.766462.
  const wan = toWanYuan === 1 ? value : value / Math.round(1 / toWanYuan);
  return roundHalfUp(wan, 6);
}

function textOf(field: { text: string } | null | undefined): string | null {
  const text = field?.text.trim();
  return text ? text : null;
}

function rowOf(file: string | null, evaluation: FormEvaluation): SummaryRow {
  const { form, findings } = evaluation;
  const funds = form.funds;
  const toWanYuan = funds?.toWanYuan ?? 1;
  const count = (severity: "error" | "warning") =>
    findings.filter((f) => f.severity === severity).length;
  const reasonRows = new Set(
    findings.filter((f) => f.code === "reason.required").map((f) => f.address.row)
  );
  const total = evaluation.score?.total ?? null;
  const written = form.total?.score?.value ?? null;
  // The evaluation says whether the written total is wrong (total.wrong); without a computed
  // total, whatever is written is shown.
  const differs =
    written !== null && (total === null || findings.some((f) => f.code === "total.wrong"));
  return {
    file,
    sheet: evaluation.sheet,
    range: evaluation.range,
    project: textOf(form.header.name),
    dept: textOf(form.header.dept),
    unit: textOf(form.header.unit),
    budget: toWan(funds?.rows.total.budget?.value, toWanYuan),
    executed: toWan(funds?.rows.total.executed?.value, toWanYuan),
    toWanYuan,
    executionRate: evaluation.executionRate,
    fundsWeight: evaluation.funds?.weight ?? null,
    fundsScore: evaluation.funds?.score ?? null,
    total,
    writtenTotal: differs ? written : null,
    grade: evaluation.score?.grade ?? null,
    errors: count("error"),
    warnings: count("warning"),
    missingReasons: reasonRows.size,
  };
}

/** The totals row of a summary's rows (exported for its tests of exactness). */
export function totalsOf(rows: readonly SummaryRow[]): SummaryTotals {
  const Whole = wholeNumbers();
  let budget = new Big(0);
  let executed = budget;
  let rateBudget = budget;
  let rateExecuted = budget;
  let rateForms = 0;
  // Σ (score in hundredths × budget in 0.01 元) and Σ budget, both whole numbers.
  let weighted = new Whole(0);
  let scoreBudget = new Whole(0);
  let scoreForms = 0;
  for (const row of rows) {
    const b = row.budget === null ? null : new Big(row.budget);
    const e = row.executed === null ? null : new Big(row.executed);
    if (b !== null) budget = budget.plus(b);
    if (e !== null) executed = executed.plus(e);
    if (b !== null && e !== null && row.executionRate !== null) {
      rateBudget = rateBudget.plus(b);
      rateExecuted = rateExecuted.plus(e);
      rateForms += 1;
    }
    if (b !== null && b.gt(0) && row.total !== null) {
      const centi = Math.round(roundHalfUp(row.total, 2) * 100);
      const micro = new Whole(b.times(1_000_000).round(0).toFixed(0));
      weighted = weighted.plus(micro.times(centi));
      scoreBudget = scoreBudget.plus(micro);
      scoreForms += 1;
    }
  }
  // Half up on whole hundredths: floor((2n + d) / 2d) for n, d > 0.
  const averageCenti = scoreBudget.gt(0)
    ? weighted.times(2).plus(scoreBudget).div(scoreBudget.times(2))
    : null;
  return {
    forms: rows.length,
    formsWithErrors: rows.filter((r) => r.errors > 0).length,
    budget: budget.toNumber(),
    executed: executed.toNumber(),
    executionRate: rateBudget.gt(0) ? rateExecuted.toNumber() / rateBudget.toNumber() : null,
    rateForms,
    averageScore: averageCenti === null ? null : averageCenti.toNumber() / 100,
    scoreForms,
    errors: rows.reduce((n, r) => n + r.errors, 0),
    warnings: rows.reduce((n, r) => n + r.warnings, 0),
    missingReasons: rows.reduce((n, r) => n + r.missingReasons, 0),
  };
}

function isBlank(grid: Grid): boolean {
  return grid.cells.every((row) => row.every(isEmptyCell));
}

/**
 * The summary of the forms of some workbooks, in workbook and sheet order. Blank sheets and
 * summary sheets the add-in made are left out; a sheet with content but no form, and a file
 * that could not be read, are listed with the reason.
 */
export function summarize(inputs: readonly SummaryInput[]): Summary {
  const rows: SummaryRow[] = [];
  const unread: UnreadSheet[] = [];
  for (const input of inputs) {
    const file = input.file ?? null;
    if (input.error !== undefined) {
      unread.push({ file, sheet: null, reason: { code: "file", message: input.error } });
      continue;
    }
    for (const { sheet, grid, evaluations } of input.sheets) {
      for (const evaluation of evaluations) {
        if (evaluation.kind === "form") rows.push(rowOf(file, evaluation));
        else if (!isBlank(grid)) unread.push({ file, sheet, reason: { code: "not-a-form" } });
      }
    }
  }
  return { rows, totals: totalsOf(rows), unread };
}
