import {
  evaluate,
  parseProfile,
  type Cell,
  type Evaluation,
  type Grid,
  type Profile,
  type Scalar,
} from "../../src/core";
import { grid, pct } from "./grid";

type V = Scalar | Cell;

export interface RowSpec {
  l1?: V;
  l2?: V;
  name: V;
  target: V;
  actual: V;
  weight: V;
  score: V;
  reason?: V;
}

export interface FormSpec {
  name: V;
  dept: V;
  unit: V;
  yearLine: V;
  /**
   * `adjustment`: a 调整数 column after 年初预算数, with this amount on the total and
   * 当年财政拨款 rows (the form has none when it is absent).
   */
  funds: { initial: V; budget: V; executed: V; weight: V; rate: V; score: V; adjustment?: V };
  fundRows: { current: [V, V, V]; carryover: [V, V, V]; other: [V, V, V] };
  expected: V;
  achieved: V;
  rows: RowSpec[];
  /** `grade`: a grade written beside the score, in the 偏差原因 column. */
  total: { weight: V; score: V; grade?: V };
}

/** A clean official form: every rule passes, so a test changes one thing and sees one finding. */
export function cleanForm(): FormSpec {
  return {
    name: "示例项目",
    dept: "某某局",
    unit: "某某中心",
    yearLine: "（2021年度）",
    funds: {
      initial: 10,
      budget: 10,
      executed: 10,
      weight: 10,
      rate: pct(1, "0.0%"),
      score: "10分",
    },
    fundRows: { current: [10, 10, 10], carryover: [0, 0, 0], other: [0, 0, 0] },
    expected: "开展安全检查，提升群众安全意识。",
    achieved: "全年开展检查 11 次，覆盖全部乡镇，群众满意度 95%。",
    rows: [
      {
        l1: "产出指标",
        l2: "数量指标",
        name: "检查次数（次）",
        target: "≥10次",
        actual: "11次",
        weight: 20,
        score: 20,
      },
      {
        l2: "质量指标",
        name: "整改完成率",
        target: "≥90%",
        actual: pct(0.95),
        weight: 10,
        score: 10,
      },
      {
        l2: "时效指标",
        name: "完成时限",
        target: "2021.01-2021.12",
        actual: "2021.01-2021.12",
        weight: 10,
        score: 10,
      },
      {
        l2: "成本指标",
        name: "人均培训成本（元）",
        target: "≤500元",
        actual: "450元",
        weight: 10,
        score: 10,
      },
      {
        l1: "效益指标",
        l2: "社会效益指标",
        name: "群众安全意识",
        target: "提升",
        actual: "达成年度指标",
        weight: 30,
        score: 30,
      },
      {
        l1: "满意度指标",
        l2: "服务对象满意度指标",
        name: "群众满意度",
        target: "≥90%",
        actual: pct(0.95),
        weight: 10,
        score: 10,
      },
    ],
    total: { weight: 100, score: "100分" },
  };
}

/** Lays a FormSpec out in the official nine columns from (top, left), with the sample's merges. */
export function layForm(
  spec: FormSpec,
  opts: { sheet?: string; top?: number; left?: number; spacer?: boolean } = {}
): Grid {
  // With a 调整数 column, the funds rows are one column wider: it stands after 年初预算数.
  const adjusted = spec.funds.adjustment !== undefined;
  const widen = (row: V[], value: V): V[] =>
    adjusted ? [...row.slice(0, 4), value, ...row.slice(4)] : row;
  const fundRows: V[][] = [
    widen(
      [
        "项目资金（万元）",
        null,
        null,
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
      ],
      "调整数"
    ),
    widen(
      [
        null,
        "年度资金总额",
        null,
        spec.funds.initial,
        spec.funds.budget,
        spec.funds.executed,
        spec.funds.weight,
        spec.funds.rate,
        spec.funds.score,
      ],
      spec.funds.adjustment ?? null
    ),
    widen(
      [null, "其中：当年财政拨款", null, ...spec.fundRows.current, "—", "—", "—"],
      spec.funds.adjustment ?? null
    ),
    widen([null, "上年结转资金", null, ...spec.fundRows.carryover, "—", "—", "—"], 0),
    widen([null, "其他资金", null, ...spec.fundRows.other, "—", "—", "—"], 0),
  ];
  const rows: V[][] = [
    ["项目支出绩效自评表"],
    [spec.yearLine],
    ["项目名称", spec.name],
    ["主管部门", spec.dept, null, null, null, "实施单位", spec.unit],
    ...fundRows,
    ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
    [null, spec.expected, null, null, null, spec.achieved],
    [
      "年度绩效指标完成情况",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ],
  ];
  if (opts.spacer !== false) rows.push([]);
  for (const r of spec.rows)
    rows.push([
      null,
      r.l1 ?? null,
      r.l2 ?? null,
      r.name,
      r.target,
      r.actual,
      r.weight,
      r.score,
      r.reason ?? null,
    ]);
  const { weight, score, grade } = spec.total;
  rows.push([
    "总分",
    null,
    null,
    null,
    null,
    null,
    weight,
    score,
    ...(grade === undefined ? [] : [grade]),
  ]);
  const top = opts.top ?? 0;
  const left = opts.left ?? 0;
  const shifted = rows.map((r) => [...Array<V>(left).fill(null), ...r]);
  const pad = Array.from({ length: top }, () => [] as V[]);
  const col = (c: number) => String.fromCharCode(65 + left + c);
  const row = (r: number) => top + r + 1;
  const totalRow = rows.length - 1;
  const merges = [
    `${col(0)}${row(0)}:${col(8)}${row(0)}`,
    `${col(0)}${row(1)}:${col(8)}${row(1)}`,
    `${col(1)}${row(2)}:${col(8)}${row(2)}`,
    `${col(0)}${row(4)}:${col(0)}${row(8)}`,
    `${col(1)}${row(10)}:${col(4)}${row(10)}`,
    `${col(5)}${row(10)}:${col(8)}${row(10)}`,
    `${col(0)}${row(totalRow)}:${col(5)}${row(totalRow)}`,
  ];
  return grid([...pad, ...shifted], { sheet: opts.sheet ?? "Sheet1", merges });
}

/**
 * Evaluates the clean form after one change; the single Evaluation it gives. `profile` is a
 * profile definition: rules over mof-2020, or `{ extends: "province-2022", … }`.
 */
export function evalForm(
  change: (spec: FormSpec) => void,
  profile?: Partial<Profile> | Record<string, unknown>
): Evaluation {
  const spec = cleanForm();
  change(spec);
  const parsed = parseProfile(profile ?? {});
  if (!parsed.success) throw new Error(`bad profile in test: ${JSON.stringify(parsed.issues)}`);
  const [e, ...rest] = evaluate(layForm(spec), parsed.data);
  if (!e || rest.length > 0) throw new Error(`expected one form, got ${rest.length + (e ? 1 : 0)}`);
  return e;
}

/** The indicator rows of the clean form sit from row 14 (A1) on: row(0) → 14. */
export const indicatorRow = (i: number) => 14 + i;
