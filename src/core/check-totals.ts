import type { Address } from "./grid";
import type { FindingDraft } from "./findings";
import type { Form, Indicator, NumberField } from "./form";
import type { Cell } from "./grid";
import type { Grade } from "./evaluation";
import type { PlannedWrite } from "./plan";
import type { Profile } from "./profile";
import { percentText, type FundsResult } from "./check-funds";
import type { IndicatorScore } from "./score-indicator";
import { finding } from "./finding";
import { expectedShares, level1Kind, type Level1Kind } from "./level-tree";
import { roundHalfUp } from "./parse-number";
import { planScoreWrite, sameScore } from "./score-style";
import { gradeOfText } from "./read-total";

export interface TotalResult {
  findings: FindingDraft[];
  writes: PlannedWrite[];
  total: number | null;
  grade: Grade | null;
}

/** R11: weights add up to 100, and the 一级 split follows the profile. */
export function checkWeights(
  form: Form,
  funds: FundsResult | null,
  at: Address,
  profile: Profile
): FindingDraft[] {
  const f: FindingDraft[] = [];
  const parts = weightParts(form);
  if (parts === null) return f;
  const fundsWeight = funds?.weight ?? profile.fundsWeight;
  const sum = fundsWeight + parts.reduce((a, p) => a + p.weight, 0);
  const where = form.total?.weight?.address ?? at;
  if (!sameScore(sum, 100, profile.tolerance))
    f.push(finding("weight.total", "error", where, { sum: roundHalfUp(sum, 2) }));
  const byKind = new Map<Level1Kind, number>();
  for (const p of parts) {
    const kind = level1Kind(p.level1);
    if (kind) byKind.set(kind, (byKind.get(kind) ?? 0) + p.weight);
  }
  // A 成本 一级 under a profile without a 成本 share (mof-2020): no split to hold it to.
  if (byKind.has("cost") && profile.expectedSplit.cost === 0) return f;
  const expected = expectedShares(profile.expectedSplit, new Set(byKind.keys()));
  const differs = (Object.keys(expected) as Level1Kind[]).some(
    (k) => !sameScore(byKind.get(k) ?? 0, expected[k] ?? 0, profile.tolerance)
  );
  if (differs)
    f.push(
      finding("weight.split", "warning", form.indicators[0]?.level1.address ?? at, {
        actual: describeSplit(byKind),
        expected: describeSplit(new Map(Object.entries(expected) as [Level1Kind, number][])),
      })
    );
  return f;
}

/**
 * The weights to add up: each row's 分值; on a form without a 分值 column, each 一级 group's
 * weight from its label ("产出指标(50分)") when every group has one; else null (unknown).
 */
function weightParts(form: Form): { level1: string; weight: number }[] | null {
  if (form.indicators.length === 0) return null;
  if (form.indicators.every((i) => i.weight.value !== null))
    return form.indicators.map((i) => ({ level1: i.level1.text, weight: i.weight.value ?? 0 }));
  if (form.indicators.some((i) => i.weightSource === "cell")) return null;
  const groups = new Map<string, { level1: string; weight: number | null }>();
  for (const i of form.indicators)
    groups.set(`${i.level1.address.row}:${i.level1.address.col}`, {
      level1: i.level1.text,
      weight: i.level1Weight,
    });
  const list = [...groups.values()];
  return list.every((g) => g.weight !== null)
    ? list.map((g) => ({ level1: g.level1, weight: g.weight ?? 0 }))
    : null;
}

const KIND_NAMES: Record<Level1Kind, string> = {
  output: "产出",
  benefit: "效益",
  satisfaction: "满意度",
  cost: "成本",
  process: "过程",
};

function describeSplit(m: Map<Level1Kind, number>): string {
  return [...m.entries()].map(([k, v]) => `${KIND_NAMES[k]} ${roundHalfUp(v, 2)}`).join(" / ");
}

/** R9, R10: the total over applicable rows, the grade, and the 总分 cell. */
export function checkTotal(
  form: Form,
  cellOf: (f: NumberField) => Cell,
  funds: FundsResult | null,
  scores: IndicatorScore[],
  profile: Profile
): TotalResult {
  const f: FindingDraft[] = [];
  const writes: PlannedWrite[] = [];
  const applicable = form.indicators
    .map((ind, i) => [ind, scores[i]] as const)
    .filter(([, s]) => s?.applicable);
  const counted = applicable.map(([, s]) => s?.counted ?? null);
  const fundsScore = funds?.score ?? null;
  if (counted.some((c) => c === null) || fundsScore === null || applicable.length === 0)
    return { findings: f, writes, total: null, grade: null };
  const sum = fundsScore + counted.reduce<number>((a, c) => a + (c ?? 0), 0);
  const rescale = applicable.length < form.indicators.length;
  const weightSum =
    (funds?.weight ?? profile.fundsWeight) +
    applicable.reduce((a, [ind]) => a + (ind.weight.value ?? 0), 0);
  const raw = rescale && weightSum > 0 ? (sum / weightSum) * 100 : sum;
  let total = roundHalfUp(raw, profile.decimals);
  const cap = capOf(funds?.rate ?? null, profile);
  if (cap && total > cap.cap) {
    const at = form.total?.score?.address ??
      form.funds?.rate?.address ?? { row: form.range.top, col: form.range.left };
    f.push(
      finding("total.capped-by-execution", "info", at, {
        rate: percentText(funds?.rate ?? 0, 2),
        below: percentText(cap.below, 2),
        cap: cap.cap,
        total,
      })
    );
    total = cap.cap;
  }
  const grade = gradeOf(total, profile);
  const written = form.total?.grade;
  const writtenGrade = written ? gradeOfText(written.text) : null;
  if (written && writtenGrade !== grade)
    f.push(
      finding("total.grade-wrong", "error", written.address, {
        entered: written.text,
        grade,
        total,
      })
    );
  const cell = form.total?.score;
  if (cell) {
    f.push(finding("total.grade", "info", cell.address, { grade, total }));
    if (cell.value === null || !sameScore(cell.value, total, profile.tolerance)) {
      if (cell.value !== null || cell.raw !== "")
        f.push(
          finding(
            "total.wrong",
            "error",
            cell.address,
            { entered: cell.raw, computed: total },
            !cell.formula
          )
        );
      if (!cell.formula)
        writes.push(planScoreWrite(cell, cellOf(cell), "total-score", total, profile.decimals));
    }
  }
  return { findings: f, writes, total, grade };
}

/**
 * The cap of the execution band a rate is in (a province's rule): of the bands whose `below`
 * the rate is under, the lowest. Bands descend (the schema refuses others), so that is the last.
 */
function capOf(rate: number | null, profile: Profile): Profile["executionCaps"][number] | null {
  if (rate === null) return null;
  // A rate of exactly 70% is in the 70–80% band, not below 70%, whatever the division left.
  const under = profile.executionCaps.filter((c) => rate < c.below - 1e-9);
  return under[under.length - 1] ?? null;
}

export function gradeOf(total: number, profile: Profile): Grade {
  const b = profile.gradeBands;
  if (total >= b.excellent) return "优";
  if (total >= b.good) return "良";
  if (total >= b.fair) return "中";
  return "差";
}

/** Section 4's warnings without a reason cell: completion ahead of spending, all full marks. */
export function checkConsistency(
  form: Form,
  funds: FundsResult | null,
  scores: IndicatorScore[],
  others: FindingDraft[],
  at: Address,
  profile: Profile
): FindingDraft[] {
  const f: FindingDraft[] = [];
  const rows = form.indicators
    .map((ind, i) => [ind, scores[i]] as const)
    .filter(([, s]) => s?.applicable && s.counted !== null);
  const w = rows.reduce((a, [ind]) => a + (ind.weight.value ?? 0), 0);
  const s = rows.reduce((a, [, sc]) => a + (sc?.counted ?? 0), 0);
  if (funds && funds.score !== null && funds.weight > 0 && w > 0 && s > 0) {
    const done = s / w;
    const spent = funds.score / funds.weight;
    const gap = (done - spent) / done;
    if (gap > profile.performanceAheadOfSpending)
      f.push(
        finding(
          "consistency.performance-ahead-of-spending",
          "warning",
          form.funds?.rate?.address ?? at,
          {
            completion: `${roundHalfUp(done * 100, 1)}%`,
            spending: `${roundHalfUp(spent * 100, 1)}%`,
          }
        )
      );
  }
  if (funds)
    for (const ind of form.indicators)
      f.push(...costRestatesBudget(ind, funds, form.funds?.toWanYuan ?? 1));
  const allFull =
    scores.length > 0 &&
    scores.every((sc) => !sc.applicable || sc.full) &&
    (funds?.score ?? 0) >= (funds?.weight ?? 0) - profile.tolerance;
  const warnings = others.some((x) => x.severity !== "info");
  if (allFull && warnings && form.total?.score)
    f.push(finding("total.all-full-marks", "warning", form.total.score.address));
  return f;
}

/** A 成本 target or actual that only repeats the budget or the amount spent says nothing about cost. */
function costRestatesBudget(ind: Indicator, funds: FundsResult, toWanYuan: number): FindingDraft[] {
  if (!/成本/.test(ind.level2.text) && !/成本/.test(ind.level1.text)) return [];
  const amounts = [funds.budget, funds.executed]
    .filter((x): x is number => x !== null)
    .map((x) => x * toWanYuan);
  const wan = (value: number, unit: string | null): number | null =>
    unit === "万元" ? value : unit === "元" ? value / 10000 : null;
  const values: number[] = [];
  if (ind.target.kind === "quantity") {
    const v = wan(ind.target.value, ind.target.unit);
    if (v !== null) values.push(v);
  }
  if (ind.actual.kind === "number") {
    const v = wan(
      ind.actual.value,
      ind.actual.unit ?? (ind.target.kind === "quantity" ? ind.target.unit : null)
    );
    if (v !== null) values.push(v);
  }
  const repeats = values.some((v) => amounts.some((a) => Math.abs(a - v) < 1e-6));
  return repeats
    ? [
        finding("consistency.cost-restates-budget", "info", ind.targetText.address, {
          name: ind.name.text,
        }),
      ]
    : [];
}
