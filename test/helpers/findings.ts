import type { Evaluation, Finding, FindingCode, FindingParams, Severity } from "../../src/core";
import { toA1 } from "../../src/core/address";
import { finding } from "../../src/core/finding";
import { identifyFindings } from "../../src/core/findings";

/** Findings as "code@A1" strings, the compact form rule tests compare. */
export function codesAt(
  e: Evaluation | undefined,
  severities: Finding["severity"][] = ["error", "warning", "info"]
): string[] {
  return (e?.findings ?? [])
    .filter((f) => severities.includes(f.severity))
    .map((f) => `${f.code}@${toA1(f.address)}`);
}

export function codes(e: Evaluation | undefined): string[] {
  return (e?.findings ?? []).map((f) => f.code);
}

/** Planned writes as "A1=value". */
export function writesOf(e: Evaluation | undefined): string[] {
  return (e?.plan.writes ?? []).map((w) => `${toA1(w.address)}=${String(w.value)}`);
}

/** Parameters for every code, as the checks give them (the type makes the table complete). */
export const EXAMPLE_PARAMS: { [C in FindingCode]: FindingParams[C] } = {
  "layout.not-a-form": { sheet: "汇总" },
  "layout.missing-part": {
    part: "indicators",
    column: "分值",
    field: "weight",
    looked: "分值、权重",
    nearest: "G12“配分”",
    effect: "weights-unknown",
  },
  "layout.hint-unused": { field: "weight", column: "分值", text: "配分", cell: "" },
  "header.field-empty": { field: "项目名称" },
  "header.year-missing": {},
  "funds.not-a-number": { row: "年度资金总额", column: "全年预算数", value: "约120" },
  "funds.negative": { row: "年度资金总额", column: "全年执行数", value: "-5" },
  "funds.sum-mismatch": {
    column: "全年预算数",
    total: 120,
    parts: "当年财政拨款 + 上年结转资金 + 其他资金",
    sum: 110,
  },
  "funds.budget-zero": {},
  "funds.over-budget": { budget: 100, executed: 120 },
  "funds.execution-low": { rate: "75%", threshold: "80%" },
  "funds.rate-wrong": { entered: "90%", computed: "86.18%", basis: "budget" },
  "funds.adjusted-budget": { initial: 100, adjustment: 20, adjusted: 120, budget: 110 },
  "funds.score-wrong": { entered: "10", computed: 8.62 },
  "goals.empty": { field: "预期目标" },
  "goals.copied": { similarity: 98 },
  "indicator.none": {},
  "indicator.level-unknown": { level: "二级", value: "效果指标", parent: "产出指标" },
  "indicator.name-empty": {},
  "indicator.missing-kind": { kind: "时效" },
  "target.empty": {},
  "target.comparator-missing": { target: "200人次", assumed: "≥" },
  "target.comparator-nonstandard": { written: "≧", canonical: "≥" },
  "actual.empty": {},
  "actual.not-a-value": { actual: "社会效益指标" },
  "actual.has-comparator": { actual: "≥266米" },
  "actual.not-a-number": { target: "≥200人次", actual: "较多" },
  "actual.unit-missing": { actual: "95", unit: "%" },
  "actual.unit-mismatch": { actual: "人", target: "人次" },
  "actual.qualitative-unclear": { target: "保障", actual: "95%" },
  "actual.over-achieved": { ratio: "150%" },
  "weight.invalid": { value: "" },
  "weight.total": { sum: 95 },
  "weight.split": {
    actual: "产出 40 / 效益 35 / 满意度 15",
    expected: "产出 50 / 效益 30 / 满意度 10",
  },
  "score.invalid": { value: "12", weight: 10 },
  "score.wrong": { entered: "7", computed: 10 },
  "score.out-of-band": { entered: "18", tier: "partly", low: 12, high: 16 },
  "score.needs-judgement": { tier: "late" },
  "score.adjusted": { entered: 8, computed: 9 },
  "score.deviation-deducted": { deviation: "35%", threshold: "30%", points: 2, score: 8 },
  "reason.required": { cause: "not-achieved", name: "人员培训" },
  "total.wrong": { entered: "100分", computed: 98 },
  "total.grade": { grade: "优", total: 98 },
  "total.grade-wrong": { entered: "良", grade: "优", total: 98 },
  "total.all-full-marks": {},
  "total.capped-by-execution": { rate: "65%", below: "70%", cap: 79, total: 84.5 },
  "consistency.performance-ahead-of-spending": { completion: "100%", spending: "80%" },
  "consistency.cost-restates-budget": { name: "项目成本" },
};

/** A finding of a code with example parameters, as an evaluation would hold it. */
export function sampleFinding(
  code: FindingCode,
  severity: Severity,
  row: number,
  col: number,
  fixed = false
): Finding {
  const draft = finding(code, severity, { row, col }, EXAMPLE_PARAMS[code] as never, fixed);
  return identifyFindings([draft])[0]!;
}
