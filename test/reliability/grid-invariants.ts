import {
  cellAt,
  evaluate,
  formatFinding,
  gridArea,
  isInside,
  type Address,
  type Evaluation,
  type Grid,
  type PlannedWrite,
} from "../../src/core";
import { allowedCells, applyPlan } from "../helpers/apply-plan";
import { misplacedWrites } from "./write-targets";

/** What one checked grid gave, for the tallies in docs/reliability.md. */
export interface GridCheck {
  /** Evaluations that recognised a form (a sheet without one still gets a "not a form" evaluation). */
  forms: number;
  findings: number;
  writes: number;
  marks: number;
  /** CPU time of the first evaluation, in milliseconds. */
  ms: number;
  /** Wall time of the first evaluation, in milliseconds. */
  wallMs: number;
  evaluations: Evaluation[];
}

/**
 * The time bound applies to CPU time, so that other work on a shared machine does
 * not fail the test; wall time gets a looser bound that still catches a hang.
 */
const WALL_FACTOR = 5;

const key = (a: { row: number; col: number }): string => `${a.row}:${a.col}`;

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail).slice(0, 400)}`);
}

/**
 * A rate is any finite number; a score (number or "95分" text) is finite and not
 * negative (a total may pass 100 when the weights do: weight.total says so).
 */
function isSaneValue(w: PlannedWrite): boolean {
  const value: unknown = w.value;
  if (w.kind === "rate") return typeof value === "number" && Number.isFinite(value);
  const text = typeof value === "string" ? value.replace(/分$/, "").trim() : null;
  const n = typeof value === "number" ? value : text !== null && text !== "" ? Number(text) : NaN;
  return Number.isFinite(n) && n >= 0;
}

/** Checks where findings, writes and marks point, and that every finding can be worded. */
function checkEvaluation(g: Grid, e: Evaluation): void {
  const area = gridArea(g);
  // An empty sheet has no cells: its one "not a form" finding points at the grid's corner.
  const empty = area.bottom < area.top || area.right < area.left;
  const inside = (a: Address): boolean =>
    isInside(area, a) || (empty && a.row === g.top && a.col === g.left);
  const ids = e.findings.map((f) => f.id);
  if (new Set(ids).size !== ids.length) fail("two findings with one id", ids);
  for (const f of e.findings) {
    if (!inside(f.address)) fail(`${f.code} addressed outside the grid`, f.address);
    for (const lang of ["zh-CN", "en-US"] as const) {
      const text = formatFinding(f, lang);
      if (typeof text !== "string" || text.trim() === "") fail(`${f.code} has no ${lang} text`, f);
      if (/\{\w+\}|undefined|NaN/.test(text)) fail(`${f.code} worded badly in ${lang}`, text);
    }
  }
  const allowed = allowedCells(e);
  for (const w of e.plan.writes) {
    if (!allowed.has(key(w.address))) fail("write to a cell that is not computed", w);
    if (!isInside(area, w.address)) fail("write outside the grid", w);
    if (cellAt(g, w.address.row, w.address.col).formula !== undefined)
      fail("write over a formula", w);
    if (!isSaneValue(w)) fail("write of a value that is no finite rate or a negative score", w);
  }
  const misplaced = misplacedWrites(g, e.plan.writes);
  if (misplaced.length > 0) fail("write to a cell that is not a computed one", misplaced);
  for (const m of e.plan.marks) if (!isInside(area, m.address)) fail("mark outside the grid", m);
  if (e.plan.sheet !== g.sheet) fail("plan for another sheet", e.plan.sheet);
}

/**
 * Evaluates a grid and checks the fuzz properties: no exception, done within
 * `boundMs` of CPU time, findings, writes and marks inside the grid, writes only to computed
 * cells without formulas (by the engine's model and by the sheet's labels), and a
 * second evaluation after the writes plans none.
 */
export function checkGrid(g: Grid, boundMs: number): GridCheck {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const evaluations = evaluate(g);
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  const wallMs = performance.now() - started;
  if (ms > boundMs)
    fail(`evaluate took ${Math.round(ms)} ms of CPU (bound ${boundMs} ms)`, g.sheet);
  if (wallMs > boundMs * WALL_FACTOR)
    fail(`evaluate took ${Math.round(wallMs)} ms (bound ${boundMs * WALL_FACTOR} ms)`, g.sheet);
  for (const e of evaluations) checkEvaluation(g, e);
  const targets = evaluations.flatMap((e) => e.plan.writes.map((w) => key(w.address)));
  if (new Set(targets).size !== targets.length) fail("two writes to one cell", targets);
  const again = evaluate(applyPlan(g, evaluations));
  const writes = again.flatMap((e) => e.plan.writes);
  if (writes.length > 0) fail("second evaluation plans writes", writes);
  return {
    forms: evaluations.filter((e) => e.form !== null).length,
    findings: evaluations.reduce((n, e) => n + e.findings.length, 0),
    writes: evaluations.reduce((n, e) => n + e.plan.writes.length, 0),
    marks: evaluations.reduce((n, e) => n + e.plan.marks.length, 0),
    ms,
    wallMs,
    evaluations,
  };
}
