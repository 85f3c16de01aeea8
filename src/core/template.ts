import { toA1 } from "./address";
import {
  expectedShares,
  level1Kind,
  STANDARD_LEVEL1,
  STANDARD_LEVEL2,
  type Level1Kind,
} from "./level-tree";
import { roundHalfUp } from "./normalize";
import type { Cell, Grid } from "./grid";
import { MOF_2020, type Profile } from "./profile";
import type { CellStyle, SheetSpec, SpecValidation } from "./sheet-spec";
import {
  area,
  BODY_STYLE,
  FORM_FONT,
  heightFor,
  LABEL_STYLE,
  SpecBuilder,
  TEXT_STYLE,
  TITLE_STYLE,
} from "./spec-builder";
import { planSheetNames } from "./sheet-names";
import type { FundAmounts, IndicatorInput, TemplateInput } from "./template-input";

/**
 * The blank 项目支出绩效自评表 as data, in the official nine-column layout of
 * layout.md starting at A1, copied from the look of the real 2021 forms: 宋体,
 * title 16pt bold, body 10pt, thin borders, wrapped text, A4 portrait.
 */

export const TEMPLATE_TITLE = "项目支出绩效自评表";

/** 0-based rows of the fixed parts; indicator rows start at `firstIndicator`. */
export const TEMPLATE_ROWS = {
  title: 0,
  year: 1,
  name: 2,
  dept: 3,
  fundsHeader: 4,
  fundTotal: 5,
  fundCurrent: 6,
  fundCarryover: 7,
  fundOther: 8,
  goalsHeader: 9,
  goalsText: 10,
  indicatorHeader: 11,
  firstIndicator: 12,
} as const;

/** The standard 一级/二级 tree of rules.md §1 (level-tree.ts), offered as drop-down lists. */
export const LEVEL1_OPTIONS: string[] = [...STANDARD_LEVEL1];
export const LEVEL2_OPTIONS: string[] = [...STANDARD_LEVEL2];

/** The rows a new form starts with (issue 5): one of each kind the checks look for. */
const DEFAULT_INDICATORS: readonly IndicatorInput[] = [
  { level1: "产出指标", level2: "数量指标" },
  { level1: "产出指标", level2: "数量指标" },
  { level1: "产出指标", level2: "质量指标" },
  { level1: "产出指标", level2: "时效指标" },
  { level1: "产出指标", level2: "成本指标" },
  { level1: "效益指标", level2: "社会效益指标" },
  { level1: "效益指标", level2: "可持续影响指标" },
  { level1: "满意度指标", level2: "服务对象满意度指标" },
];

/**
 * The rows a new form starts with under a profile: with a 成本 share (the newer framework),
 * 成本 is a 一级 of its own where 2020 forms keep it a 二级 of 产出, so the blank form a
 * department starts from already has the 一级 its rules weigh.
 */
export function defaultIndicators(profile: Profile): readonly IndicatorInput[] {
  if (profile.expectedSplit.cost === 0) return DEFAULT_INDICATORS;
  return DEFAULT_INDICATORS.map((row) =>
    row.level2 === "成本指标" ? { level1: "成本指标", level2: "经济成本指标" } : row
  );
}

/** Excel character units, A–I; the sample's widths, with room for 二级 names and reasons. */
export const TEMPLATE_COLUMN_WIDTHS = [13, 11, 14, 30, 14, 14, 8, 9, 18];

const A = 0;
const B = 1;
const C = 2;
const D = 3;
const E = 4;
const F = 5;
const G = 6;
const H = 7;
const I = 8;

const TITLE = TITLE_STYLE;
const YEAR: CellStyle = { font: FORM_FONT, fontSize: 11, hAlign: "center", vAlign: "middle" };
const BODY = BODY_STYLE;
const LABEL = LABEL_STYLE;
const TEXT = TEXT_STYLE;
const AMOUNT: CellStyle = { ...BODY, numberFormat: "0.00" };
const RATE: CellStyle = { ...BODY, numberFormat: "0.00%" };
const POINTS: CellStyle = { ...BODY, numberFormat: "0.00" };
const DASH = "—";

const FUND_ROWS = [
  { row: TEMPLATE_ROWS.fundTotal, label: "年度资金总额" },
  { row: TEMPLATE_ROWS.fundCurrent, label: "其中：当年财政拨款" },
  { row: TEMPLATE_ROWS.fundCarryover, label: "上年结转资金" },
  { row: TEMPLATE_ROWS.fundOther, label: "其他资金" },
] as const;

/** Splits `total` points over `n` rows: whole points when they go round, else hundredths. */
export function spreadPoints(total: number, n: number): number[] {
  if (n <= 0) return [];
  const unit = Number.isInteger(total) && total >= n ? 1 : 0.01;
  const units = Math.round(total / unit);
  const base = Math.floor(units / n);
  const extra = units - base * n;
  return Array.from({ length: n }, (_, i) => roundHalfUp((base + (i < extra ? 1 : 0)) * unit, 2));
}

/** The 分值 of each row: as given, or the rest of its group's share of the split (R11). */
function assignWeights(rows: readonly IndicatorInput[], profile: Profile): (number | null)[] {
  const kinds = rows.map((r) => level1Kind(r.level1));
  const shares = expectedShares(profile.expectedSplit, new Set(kinds));
  const weights: (number | null)[] = rows.map((r) => r.weight ?? null);
  for (const [kind, groupShare] of Object.entries(shares) as [Level1Kind, number][]) {
    const members = rows.map((r, i) => ({ r, i })).filter(({ i }) => kinds[i] === kind);
    const missing = members.filter(({ r }) => r.weight === undefined);
    const given = members.reduce((sum, { r }) => sum + (r.weight ?? 0), 0);
    const rest = groupShare - given;
    if (missing.length === 0 || rest <= 0) continue;
    spreadPoints(rest, missing.length).forEach((w, k) => {
      const index = missing[k]?.i;
      if (index !== undefined) weights[index] = w;
    });
  }
  return weights;
}

function amount(value: number | undefined): number | null {
  return value ?? null;
}

function writeHeader(b: SpecBuilder, input: TemplateInput): void {
  const R = TEMPLATE_ROWS;
  b.merge(area(R.title, A, R.title, I), TEMPLATE_TITLE, TITLE);
  const year = input.year === undefined ? "    " : String(input.year);
  b.merge(area(R.year, A, R.year, I), `（${year}年度）`, YEAR);
  b.put(R.name, A, "项目名称", LABEL);
  b.merge(area(R.name, B, R.name, I), input.name, BODY);
  b.put(R.dept, A, "主管部门", LABEL);
  b.merge(area(R.dept, B, R.dept, E), input.dept ?? null, BODY);
  b.put(R.dept, F, "实施单位", LABEL);
  b.merge(area(R.dept, G, R.dept, I), input.unit ?? null, BODY);
}

/** 执行率 and the funds 得分 as formulas (see docs/template.md), with their cached results. */
function writeFunds(b: SpecBuilder, input: TemplateInput, profile: Profile): void {
  const R = TEMPLATE_ROWS;
  const funds = input.funds ?? {};
  b.merge(area(R.fundsHeader, A, R.fundOther, A), "项目资金（万元）", LABEL);
  b.merge(area(R.fundsHeader, B, R.fundsHeader, C), null, BODY);
  ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((label, k) =>
    b.put(R.fundsHeader, D + k, label, LABEL)
  );
  const byRow: Record<number, FundAmounts | undefined> = {
    [R.fundTotal]: funds,
    [R.fundCurrent]: funds.current,
    [R.fundCarryover]: funds.carryover,
    [R.fundOther]: funds.other,
  };
  for (const { row, label } of FUND_ROWS) {
    b.merge(area(row, B, row, C), label, TEXT);
    const values = byRow[row];
    b.put(row, D, amount(values?.initial), AMOUNT);
    b.put(row, E, amount(values?.budget), AMOUNT);
    b.put(row, F, amount(values?.executed), AMOUNT);
    if (row !== R.fundTotal) [G, H, I].forEach((col) => b.put(row, col, DASH, BODY));
  }

  const row = R.fundTotal;
  const weight = profile.expectedSplit.funds;
  const budget = toA1({ row, col: E });
  const executed = toA1({ row, col: F });
  const guard = `N(${budget})>0`;
  // A profile that rounds the rate (to decimals of a percent) rounds it in the formula too. The
  // form has no 调整数 column, so its 全年预算数 is the denominator under either basis.
  const digits = profile.rateDecimals;
  const rate =
    digits === null ? `${executed}/${budget}` : `ROUND(${executed}/${budget},${digits + 2})`;
  const hasRate = (funds.budget ?? 0) > 0;
  const ratio = (funds.executed ?? 0) / (funds.budget ?? 1);
  const rateValue = !hasRate ? "" : digits === null ? ratio : roundHalfUp(ratio, digits + 2);
  // The formula rounds as the engine does (profile.decimals), so the engine finds it right.
  const decimals = profile.decimals;
  const scoreValue =
    typeof rateValue === "number" ? roundHalfUp(weight * Math.min(rateValue, 1), decimals) : "";
  b.put(row, G, weight, POINTS);
  b.put(row, H, rateValue, RATE, `=IF(${guard},${rate},"")`);
  const wCell = toA1({ row, col: G });
  b.put(row, I, scoreValue, POINTS, `=IF(${guard},ROUND(${wCell}*MIN(${rate},1),${decimals}),"")`);
}

function writeGoals(b: SpecBuilder, input: TemplateInput): number {
  const R = TEMPLATE_ROWS;
  b.merge(area(R.goalsHeader, A, R.goalsText, A), "年度总体目标", LABEL);
  b.merge(area(R.goalsHeader, B, R.goalsHeader, E), "预期目标", LABEL);
  b.merge(area(R.goalsHeader, F, R.goalsHeader, I), "实际完成情况", LABEL);
  const expected = input.goals?.expected ?? null;
  const actual = input.goals?.actual ?? null;
  b.merge(area(R.goalsText, B, R.goalsText, E), expected, TEXT);
  b.merge(area(R.goalsText, F, R.goalsText, I), actual, TEXT);
  const widthBE = TEMPLATE_COLUMN_WIDTHS.slice(B, E + 1).reduce((s, w) => s + w, 0);
  const widthFI = TEMPLATE_COLUMN_WIDTHS.slice(F, I + 1).reduce((s, w) => s + w, 0);
  return heightFor(
    [
      { text: expected ?? "", width: widthBE },
      { text: actual ?? "", width: widthFI },
    ],
    72
  );
}

/** Writes the indicator table and the 总分 row; returns the 0-based row of 总分. */
function writeIndicators(
  b: SpecBuilder,
  rows: readonly IndicatorInput[],
  profile: Profile,
  heights: Record<number, number>
): number {
  const R = TEMPLATE_ROWS;
  const first = R.firstIndicator;
  const last = first + rows.length - 1;
  const total = last + 1;
  b.merge(area(R.indicatorHeader, A, last, A), "年度绩效指标完成情况", LABEL);
  const header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
  header.forEach((label, k) => b.put(R.indicatorHeader, B + k, label, LABEL));
  b.put(R.indicatorHeader, I, "偏差原因分析及改进措施", LABEL);
  heights[R.indicatorHeader] = 30;

  const weights = assignWeights(rows, profile);
  let runStart = 0;
  rows.forEach((r, k) => {
    const row = first + k;
    const next = rows[k + 1];
    if (next === undefined || next.level1 !== r.level1) {
      b.merge(area(first + runStart, B, row, B), r.level1, BODY);
      runStart = k + 1;
    }
    b.put(row, C, r.level2, BODY);
    b.put(row, D, r.name ?? null, TEXT);
    b.put(row, E, r.target ?? null, BODY);
    b.put(row, F, r.actual ?? null, BODY);
    b.put(row, G, weights[k] ?? null, POINTS);
    b.put(row, H, r.score ?? null, POINTS);
    b.put(row, I, r.reason ?? null, TEXT);
    heights[row] = heightFor(
      [
        { text: r.level2, width: TEMPLATE_COLUMN_WIDTHS[C] ?? 14 },
        { text: r.name ?? "", width: TEMPLATE_COLUMN_WIDTHS[D] ?? 30 },
        { text: r.target ?? "", width: TEMPLATE_COLUMN_WIDTHS[E] ?? 14 },
        { text: String(r.actual ?? ""), width: TEMPLATE_COLUMN_WIDTHS[F] ?? 14 },
        { text: r.reason ?? "", width: TEMPLATE_COLUMN_WIDTHS[I] ?? 18 },
      ],
      30
    );
  });

  b.merge(area(total, A, total, F), "总分", LABEL);
  b.put(total, G, 100, POINTS);
  b.put(total, H, null, POINTS);
  b.put(total, I, null, BODY);
  heights[total] = 26;
  return total;
}

function validations(last: number, total: number): SpecValidation[] {
  const R = TEMPLATE_ROWS;
  const first = R.firstIndicator;
  return [
    { area: area(first, B, last, B), type: "list", values: LEVEL1_OPTIONS },
    { area: area(first, C, last, C), type: "list", values: LEVEL2_OPTIONS },
    { area: area(R.fundTotal, D, R.fundOther, F), type: "decimal", min: 0 },
    { area: area(R.fundTotal, G, R.fundTotal, G), type: "decimal", min: 0, max: 100 },
    { area: area(first, G, total, G), type: "decimal", min: 0, max: 100 },
    { area: area(first, H, total, H), type: "decimal", min: 0, max: 100 },
  ];
}

/**
 * The official form for one project, filled with what the input gives: header, funds,
 * goals and indicator rows (the profile's default eight when none are given), 分值 and the
 * funds weight pre-set to the profile's split, validation lists and A4 print set-up.
 */
export function buildTemplate(input: TemplateInput, profile: Profile = MOF_2020): SheetSpec {
  const R = TEMPLATE_ROWS;
  const b = new SpecBuilder();
  const heights: Record<number, number> = {
    [R.title]: 32,
    [R.year]: 22,
    [R.name]: 24,
    [R.dept]: 24,
    [R.fundsHeader]: 24,
  };
  writeHeader(b, input);
  writeFunds(b, input, profile);
  for (const { row } of FUND_ROWS) heights[row] = 22;
  heights[R.goalsHeader] = 22;
  heights[R.goalsText] = writeGoals(b, input);
  const rows = input.indicators ?? defaultIndicators(profile);
  const total = writeIndicators(b, rows, profile, heights);
  const last = total - 1;
  const [plan] = planSheetNames([input.sheetName ?? input.name], []);
  return {
    name: plan?.name ?? input.name,
    cells: b.sortedCells(),
    merges: b.merges,
    columnWidths: [...TEMPLATE_COLUMN_WIDTHS],
    rowHeights: heights,
    validations: validations(last, total),
    print: { paper: "A4", orientation: "portrait", fitToWidth: 1, printArea: area(0, A, total, I) },
  };
}

/**
 * The grid a shell would read back from a sheet written from the spec: values (formula
 * cells hold their cached result), number formats, formulas and merges.
 */
export function specToGrid(spec: SheetSpec): Grid {
  const cells: Cell[][] = [];
  for (const c of spec.cells) {
    const row = (cells[c.row] ??= []);
    const cell: Cell = { value: c.value };
    const format = c.style?.numberFormat;
    if (format !== undefined && format !== "General") cell.format = format;
    if (c.formula !== undefined) cell.formula = c.formula;
    row[c.col] = cell;
  }
  // Fill holes so every row is a dense array, as the shells produce.
  const dense = Array.from({ length: cells.length }, (_, r) => {
    const row = cells[r] ?? [];
    return Array.from({ length: row.length }, (_, c) => row[c] ?? { value: null });
  });
  return {
    sheet: spec.name,
    top: 0,
    left: 0,
    cells: dense,
    merges: spec.merges.map((m) => ({ ...m })),
  };
}
