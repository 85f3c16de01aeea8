import { cellAt, type Address, type Grid } from "./grid";
import type { Form } from "./form";
import type { Evaluation, FormEvaluation, IndicatorResult, NoFormEvaluation } from "./evaluation";
import { compareSeverity, identifyFindings, type Finding, type FindingDraft } from "./findings";
import type { Mark, PlannedWrite, WritePlan } from "./plan";
import { MOF_2020, type Profile } from "./profile";
import { compareAddress, addressKey, fromA1 } from "./address";
import { indexHints, type LayoutHint } from "./layout-hints";
import { FIELDS } from "./label-dictionary";
import { compactLabel } from "./normalize";
import { viewSheet, type SheetView } from "./sheet-view";
import { locateForms, topLeftOf, type FormLocation } from "./locate";
import { readForm } from "./read-form";
import { finding } from "./finding";
import { checkFunds } from "./check-funds";
import { scoreIndicator } from "./score-indicator";
import { checkGoals, checkHeader, checkParts, checkStructure } from "./check-form";
import { checkConsistency, checkTotal, checkWeights } from "./check-totals";
import { planScoreWrite } from "./score-style";
import { isOwnSummary } from "./summary-mark";

/**
 * Finds every form on a sheet, reads, validates and scores it, and plans the writes.
 * Pure: the same grid and profile always give the same evaluations. A summary sheet the
 * add-in made (isOwnSummary) is neither a form nor a sheet missing one: it gives none.
 */
export function evaluate(
  grid: Grid,
  profile: Profile = MOF_2020,
  hints: readonly LayoutHint[] = []
): Evaluation[] {
  if (isOwnSummary(grid)) return [];
  const view = viewSheet(grid, indexHints(hints));
  const locations = locateForms(view);
  if (locations.length === 0) return [notAForm(grid, unusedHints(view, hints))];
  const evaluations = locations.map((loc) => evaluateForm(view, loc, profile));
  const unused = unusedHints(view, hints);
  const first = evaluations[0];
  // Numbered with the form's own findings, so every id stays unique within the evaluation.
  if (first && unused.length > 0) first.findings = identifyFindings([...first.findings, ...unused]);
  return evaluations;
}

/** layout.hint-unused for each hint whose label is nowhere on the sheet. */
function unusedHints(view: SheetView, hints: readonly LayoutHint[]): FindingDraft[] {
  if (hints.length === 0) return [];
  const hinted = [...view.labelsByRow.values()].flat().filter((l) => l.hinted);
  return hints
    .filter((h) => {
      const text = compactLabel(h.text);
      const cell = h.cell ? fromA1(h.cell) : undefined;
      return !hinted.some((l) =>
        text !== ""
          ? l.compact === text
          : cell !== undefined && l.address.row === cell.row && l.address.col === cell.col
      );
    })
    .map((h) =>
      finding(
        "layout.hint-unused",
        "info",
        (h.cell && fromA1(h.cell)) || { row: view.area.top, col: view.area.left },
        {
          field: h.field,
          column: FIELDS[h.field].name,
          text: h.text,
          cell: h.cell ?? "",
        }
      )
    );
}

function notAForm(grid: Grid, unused: FindingDraft[]): NoFormEvaluation {
  const at = { row: grid.top, col: grid.left };
  return {
    kind: "no-form",
    sheet: grid.sheet,
    range: { top: at.row, left: at.col, bottom: at.row, right: at.col },
    form: null,
    findings: identifyFindings([
      finding("layout.not-a-form", "error", at, { sheet: grid.sheet }),
      ...unused,
    ]),
    plan: { sheet: grid.sheet, writes: [], marks: [] },
    executionRate: null,
    funds: null,
    indicators: [],
    score: null,
  };
}

function evaluateForm(view: SheetView, loc: FormLocation, profile: Profile): FormEvaluation {
  const { form, table, funds: fundsTable } = readForm(view, loc);
  const at = topLeftOf(loc);
  const headerAt = loc.anchors.indicators?.address ?? at;
  const cellOf = (f: { address: { row: number; col: number } }) =>
    cellAt(view.grid, f.address.row, f.address.col);
  const findings: FindingDraft[] = [
    ...checkParts(view, form, loc, at, { indicators: table, funds: fundsTable }),
    ...checkHeader(form, at),
    ...checkGoals(form, profile),
  ];
  const writes: PlannedWrite[] = [];
  const funds = form.funds ? checkFunds(form.funds, cellOf, profile) : null;
  if (funds) {
    findings.push(...funds.findings);
    writes.push(...funds.writes);
  }
  // Rows that only break a row above into parts are read and shown, never scored or counted.
  const scored: Form = { ...form, indicators: form.indicators.filter((i) => i.detailOf === null) };
  findings.push(...checkStructure(scored, headerAt, loc.anchors.indicators !== undefined));
  const scores = scored.indicators.map((ind) => scoreIndicator(ind, profile));
  scored.indicators.forEach((ind, i) => {
    const s = scores[i];
    if (!s) return;
    findings.push(...s.findings);
    if (s.write !== null)
      writes.push(
        planScoreWrite(ind.score, cellOf(ind.score), "indicator-score", s.write, profile.decimals)
      );
  });
  findings.push(...checkWeights(scored, funds, at, profile));
  const total = checkTotal(scored, cellOf, funds, scores, profile);
  findings.push(...total.findings);
  writes.push(...total.writes);
  findings.push(...checkConsistency(scored, funds, scores, findings, at, profile));

  const unique = identifyFindings(
    dedupe(findings).sort(
      (a, b) => compareSeverity(a.severity, b.severity) || compareAddress(a.address, b.address)
    )
  );
  const byRow = new Map(scored.indicators.map((ind, i) => [ind.row, scores[i]]));
  const indicators: IndicatorResult[] = form.indicators.map((ind) => {
    const s = byRow.get(ind.row);
    return {
      row: ind.row,
      applicable: s?.applicable ?? false,
      computedScore: s?.computed ?? null,
      countedScore: s?.counted ?? null,
    };
  });
  return {
    kind: "form",
    sheet: view.grid.sheet,
    range: form.range,
    form,
    findings: unique,
    plan: planOf(view.grid.sheet, writes, unique, (visit) =>
      forEachInputCell(form, view, loc, visit)
    ),
    executionRate: funds?.rate ?? null,
    funds: funds ? { weight: funds.weight, score: funds.score } : null,
    indicators,
    score:
      total.total !== null && total.grade !== null
        ? { total: total.total, grade: total.grade }
        : null,
  };
}

/** Merged 一级 cells repeat the same finding on every row they span: keep one. */
function dedupe(findings: FindingDraft[]): FindingDraft[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${addressKey(f.address)}|${JSON.stringify(f.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A numeric key per cell (cheaper than strings for the sets of a plan). */
const cellKey = (a: Address) => a.row * 16384 + a.col;

/**
 * Visits the cells the form reads as input. On a sheet with broken merges a computed cell can
 * share its top-left cell with an input (a rate merged over an amount): writing it would
 * change what the form says, so such a write is dropped.
 */
function forEachInputCell(
  form: Form,
  view: SheetView,
  loc: FormLocation,
  visit: (key: number) => void
): void {
  // Two computed cells that share one merged cell (执行率 merged with 得分) are inputs of each
  // other: writing one changes the other, so neither is written.
  const computed = [
    form.funds?.rate,
    form.funds?.score,
    form.total?.score,
    ...form.indicators.map((i) => i.score),
  ];
  const seen = new Set<number>();
  for (const f of computed) {
    if (!f) continue;
    const key = cellKey(f.address);
    if (seen.has(key)) visit(key);
    seen.add(key);
  }
  // A label is never a computed cell.
  // Only the form's own rows: a sheet of many forms must not cost forms × labels.
  for (let row = loc.top; row <= loc.bottom; row++)
    for (const l of view.labelsByRow.get(row) ?? []) visit(cellKey(l.address));
  const add = (f: { address: Address } | null | undefined) => {
    if (f) visit(cellKey(f.address));
  };
  const funds = form.funds;
  if (funds) {
    for (const row of Object.values(funds.rows))
      if (row) [row.initial, row.budget, row.executed].forEach(add);
    add(funds.weight);
  }
  add(form.header.name);
  add(form.header.dept);
  add(form.header.unit);
  add(form.goals?.expected);
  add(form.goals?.actual);
  add(form.total?.weight);
  add(form.total?.grade);
  for (const i of form.indicators)
    [i.level1, i.level2, i.name, i.targetText, i.actualText, i.weight, i.reason].forEach(add);
}

/**
 * The writes that are safe to make, and marks on the cells of findings the plan does not fix
 * (the most severe per cell; info is not marked).
 */
function planOf(
  sheet: string,
  writes: PlannedWrite[],
  findings: Finding[],
  inputs: (visit: (key: number) => void) => void
): WritePlan {
  const marks = new Map<number, Mark>();
  const fixedAt = new Map<number, string[]>();
  for (const f of findings) {
    const key = cellKey(f.address);
    if (f.fixed) fixedAt.set(key, [...(fixedAt.get(key) ?? []), f.id]);
    if (f.fixed || f.severity === "info") continue;
    const prev = marks.get(key);
    if (!prev || compareSeverity(f.severity, prev.severity) < 0)
      marks.set(key, { address: f.address, severity: f.severity, findings: [f.id] });
    else prev.findings = [...(prev.findings ?? []), f.id];
  }
  // Two computed cells in one merged cell, or a computed cell on an input: write neither.
  const byCell = new Map<number, PlannedWrite>();
  const clashing = new Set<number>();
  for (const w of writes) {
    const key = cellKey(w.address);
    if (byCell.has(key)) clashing.add(key);
    byCell.set(key, w);
  }
  // The inputs are many and the writes few: look each input up among the writes rather than
  // collecting the inputs first.
  if (byCell.size > 0)
    inputs((key) => {
      if (byCell.has(key)) clashing.add(key);
    });
  for (const key of clashing) byCell.delete(key);
  return {
    sheet,
    writes: [...byCell.entries()]
      .map(([key, w]) => ({ ...w, findings: fixedAt.get(key) ?? [] }))
      .sort((a, b) => compareAddress(a.address, b.address)),
    marks: [...marks.values()].sort((a, b) => compareAddress(a.address, b.address)),
  };
}
