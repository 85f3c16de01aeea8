import type { FindingDraft } from "./findings";
import { FUND_PARTS, type FundColumns, type FundPart, type Funds, type NumberField } from "./form";
import type { PlannedWrite } from "./plan";
import type { ExecutionBasis, Profile } from "./profile";
import { finding } from "./finding";
import { decimalsOfFormat, roundHalfUp } from "./parse-number";
import { planScoreWrite, sameScore } from "./score-style";
import type { Cell } from "./grid";

export interface FundsResult {
  findings: FindingDraft[];
  writes: PlannedWrite[];
  /** BE / BA (R1; BA by the profile's executionBasis), null when BA is 0 or blank. */
  rate: number | null;
  /** wF: the funds 分值 read from the sheet, or the profile's default. */
  weight: number;
  /** sF counted in the total: computed by R2, or the user's when no rate can be computed. */
  score: number | null;
  budget: number | null;
  executed: number | null;
}

const COLUMNS = ["initial", "adjustment", "budget", "executed"] as const;
const COLUMN_NAMES = {
  initial: "年初预算数",
  adjustment: "调整数",
  budget: "全年预算数",
  executed: "全年执行数",
} as const;
const ROW_NAMES = {
  total: "年度资金总额",
  current: "当年财政拨款",
  carryover: "上年结转资金",
  other: "其他资金",
  special: "财政专户管理资金",
  unit: "单位资金",
} as const;

/** Validates the funds block and computes the execution rate and funds score (R1, R2). */
export function checkFunds(
  funds: Funds,
  cellOf: (f: NumberField) => Cell,
  profile: Profile
): FundsResult {
  const findings: FindingDraft[] = [];
  const writes: PlannedWrite[] = [];
  for (const [rowKey, row] of Object.entries(funds.rows) as [
    keyof typeof ROW_NAMES,
    FundColumns | null,
  ][]) {
    if (!row) continue;
    for (const col of COLUMNS) {
      const f = row[col];
      if (!f) continue;
      const params = { row: ROW_NAMES[rowKey], column: COLUMN_NAMES[col], value: f.raw };
      if (f.value === null && f.raw !== "" && !isDash(f.raw))
        findings.push(finding("funds.not-a-number", "error", f.address, params));
      // A 调整数 below 0 is a budget cut (调减), not a slip.
      else if (f.value !== null && f.value < 0 && col !== "adjustment")
        findings.push(finding("funds.negative", "error", f.address, params));
    }
  }
  // A part in words the reader does not know would be left out of the sum: no check then.
  if (funds.partsComplete) for (const col of COLUMNS) checkSum(funds, col, profile, findings);

  const budget = amount(funds.rows.total.budget);
  const executed = amount(funds.rows.total.executed);
  // The 分值 cell, else a weight in a label ("（20分）", "得分（20分*执行率）"), else the profile's.
  const weight = funds.weight?.value ?? funds.labelWeight ?? profile.fundsWeight;
  // A funds weight of 100 or more leaves nothing for the indicators: a slip (上饶's 分值 100
  // beside 得分 10), never a reason to write a funds score of 100.
  const weightValid = weight > 0 && weight < 100;
  if (!weightValid && funds.weight)
    findings.push(
      finding("weight.invalid", "error", funds.weight.address, { value: funds.weight.raw })
    );
  const anchor =
    funds.rows.total.budget?.address ?? funds.rate?.address ?? funds.rows.total.executed?.address;
  const basis = rateBasis(funds, profile);
  const denominator = basis.kind === "adjusted" ? basis.adjusted : budget;
  // 全年预算数, as the finding names it: none when the budget read is the 年初预算数.
  const fullYear = funds.budgetFromInitial ? null : budget;
  if (basis.kind === "adjusted" && basis.adjusted !== fullYear) {
    const at = funds.rate?.address ?? funds.rows.total.adjustment?.address ?? anchor;
    if (at)
      findings.push(
        finding("funds.adjusted-budget", "info", at, {
          initial: basis.initial,
          adjustment: basis.adjustment,
          adjusted: basis.adjusted,
          ...(fullYear === null ? {} : { budget: fullYear }),
        })
      );
  }
  let rate: number | null = null;
  // R1 needs a positive budget; one so close to 0 that the rate overflows is no budget either.
  // A negative amount (funds.negative) gives no rate rather than a negative score.
  const ratio =
    denominator !== null && denominator > 0 && executed !== null ? executed / denominator : null;
  if (denominator === null || denominator <= 0 || (ratio !== null && !Number.isFinite(ratio))) {
    if (anchor) findings.push(finding("funds.budget-zero", "warning", anchor));
  } else if (ratio !== null && executed !== null && executed >= 0) {
    // A budget system that rounds the rate (to two decimals of a percent) scores by the rounded one.
    rate = profile.rateDecimals === null ? ratio : roundHalfUp(ratio, profile.rateDecimals + 2);
    if (budget !== null && executed > budget && funds.rows.total.executed)
      findings.push(
        finding("funds.over-budget", "warning", funds.rows.total.executed.address, {
          budget,
          executed,
        })
      );
    if (rate < 1 && anchor) {
      const low = rate < profile.executionLow;
      findings.push(
        finding("funds.execution-low", low ? "warning" : "info", funds.rate?.address ?? anchor, {
          rate: percentText(rate, 2),
          threshold: percentText(profile.executionLow, 0),
        })
      );
    }
  }

  if (rate !== null && funds.rate)
    checkRateCell(funds.rate, cellOf(funds.rate), rate, basis.kind, findings, writes);
  let score: number | null = funds.score?.value ?? null;
  if (rate !== null && weightValid) {
    const computed = roundHalfUp(weight * Math.min(rate, 1), profile.decimals);
    score = computed;
    const cell = funds.score;
    if (cell) {
      const entered = cell.value;
      if (entered === null || !sameScore(entered, computed, profile.tolerance)) {
        const wrong = entered !== null || (cell.raw !== "" && !isDash(cell.raw));
        if (wrong)
          findings.push(
            finding(
              "funds.score-wrong",
              "error",
              cell.address,
              { entered: cell.raw, computed },
              !cell.formula
            )
          );
        if (!cell.formula)
          writes.push(
            planScoreWrite(cell, cellOf(cell), "funds-score", computed, profile.decimals)
          );
      }
    }
  }
  return { findings, writes, rate, weight, score, budget, executed };
}

function amount(f: NumberField | null): number | null {
  return f ? f.value : null;
}

type RateBasis =
  { kind: "budget" } | { kind: "adjusted"; initial: number; adjustment: number; adjusted: number };

/**
 * R1's denominator under the profile's executionBasis. `adjusted` is 年初预算数 + 调整数 on a
 * form that shows a 调整数 column (a blank 调整数 is no adjustment); a form without one has no
 * adjustment to add, and its 全年预算数 (also written 调整后预算数) is the adjusted budget.
 */
function rateBasis(funds: Funds, profile: Profile): RateBasis {
  const { adjustment } = funds.rows.total;
  const initial = funds.budgetFromInitial ? funds.rows.total.budget : funds.rows.total.initial;
  if (profile.executionBasis !== "adjusted" || !adjustment || !initial || initial.value === null)
    return { kind: "budget" };
  const added = adjustment.value ?? 0;
  return {
    kind: "adjusted",
    initial: initial.value,
    adjustment: added,
    adjusted: roundHalfUp(initial.value + added, 6),
  };
}

/** 年度资金总额 = the sum of the parts the form has (当年财政拨款 + 上年结转资金 + 其他资金, or 财政资金 + 财政专户管理资金 + 单位资金 + 其他资金) in each column; blanks count as 0. */
function checkSum(
  funds: Funds,
  col: (typeof COLUMNS)[number],
  profile: Profile,
  findings: FindingDraft[]
): void {
  const total = funds.rows.total[col];
  const parts = FUND_PARTS.map((p) => [p, funds.rows[p]] as const).filter(
    (e): e is readonly [FundPart, FundColumns] => e[1] !== null
  );
  if (!total || parts.length === 0) return;
  const cells = parts.map(([, p]) => p[col]).filter((c): c is NumberField => c !== null);
  if (cells.length === 0) return;
  const sum = cells.reduce((acc, c) => acc + (c.value ?? 0), 0);
  const totalValue = total.value ?? 0;
  if (Math.abs(sum - totalValue) > profile.tolerance)
    findings.push(
      finding("funds.sum-mismatch", "error", total.address, {
        column: COLUMN_NAMES[col],
        total: roundHalfUp(totalValue, 4),
        parts: parts.map(([p]) => ROW_NAMES[p]).join(" + "),
        sum: roundHalfUp(sum, 4),
      })
    );
}

function isDash(raw: string): boolean {
  return /^[—\-–/\\、]+$/.test(raw.trim());
}

/** A fraction as a percent for a message: 0.6543 → "65.43%". */
export function percentText(fraction: number, decimals: number): string {
  return `${roundHalfUp(fraction * 100, decimals)}%`;
}

/**
 * Compares the entered 执行率 at the precision its cell displays (rules.md §3): a cell
 * showing 86.19% for 86.18% is wrong, one showing 86.2% is right.
 */
function checkRateCell(
  field: NumberField,
  cell: Cell,
  rate: number,
  basis: ExecutionBasis,
  findings: FindingDraft[],
  writes: PlannedWrite[]
): void {
  const entered = enteredRate(field, cell);
  const shownDecimals = entered?.decimals ?? 2;
  const computedShown = roundHalfUp(rate * 100, shownDecimals);
  if (entered && roundHalfUp(entered.percent, shownDecimals) === computedShown) return;
  const blank = field.raw === "" || isDash(field.raw);
  if (!blank)
    findings.push(
      finding(
        "funds.rate-wrong",
        "error",
        field.address,
        { entered: field.raw, computed: `${roundHalfUp(rate * 100, 2)}%`, basis },
        !field.formula
      )
    );
  if (field.formula) return;
  const keepFormat =
    typeof cell.value === "number" && cell.format !== undefined && cell.format.includes("%");
  writes.push({
    address: field.address,
    kind: "rate",
    // Unrounded: a rounded value can show differently from the rate it stands for (0.8624995).
    value: rate,
    format: keepFormat && cell.format ? cell.format : "0.00%",
    previous: cell.value,
  });
}

/** The entered rate in percent and the decimals it shows, or null when unreadable. */
function enteredRate(field: NumberField, cell: Cell): { percent: number; decimals: number } | null {
  if (typeof cell.value === "number") {
    const isPercent = cell.format !== undefined && cell.format.includes("%");
    const decimals = isPercent ? (decimalsOfFormat(cell.format) ?? 2) : 2;
    // A plain 0.8618 means 86.18%; a plain 86.18 means the same.
    const percent = isPercent || Math.abs(cell.value) <= 1.5 ? cell.value * 100 : cell.value;
    return { percent, decimals };
  }
  const text = field.raw.replace(/\s/g, "");
  const m = /^(-?\d+(?:\.(\d+))?)%$/.exec(text);
  if (!m || !m[1]) return null;
  return { percent: Number(m[1]), decimals: m[2]?.length ?? 0 };
}
