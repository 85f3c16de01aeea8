import type { Address } from "./grid";
import type { FindingDraft, FindingParams } from "./findings";
import type { Form, TextField } from "./form";
import type { Profile } from "./profile";
import type { FormLocation, Part } from "./locate";
import type { IndicatorTable } from "./read-indicators";
import type { FundsTable } from "./read-funds";
import { cellAt } from "./grid";
import { toA1 } from "./address";
import { compactLabel, roundHalfUp } from "./normalize";
import { FIELDS, wordsOf, type FieldKey } from "./label-dictionary";
import { fieldName } from "./label-dictionary";
import { findLabelInRow, type SheetView } from "./sheet-view";
import { finding } from "./finding";
import { textSimilarity } from "./similarity";
import { isStandardLevel2, level1Kind, REQUIRED_KINDS } from "./level-tree";

/** What the reader found of a form's tables, for the checks of what is missing. */
export interface ReadTables {
  indicators: IndicatorTable | null;
  funds: FundsTable | null;
}

/** What cannot be done because a part or a column is missing; worded in messages.ts. */
export type MissingEffect =
  | "not-read"
  | "weights-unknown"
  | "reasons-unchecked"
  | "total-not-written"
  | "goals-unchecked"
  | "funds-unread"
  | "rate-not-written"
  | "score-not-written"
  | "scores-unchecked";

const PART_FIELDS: Record<Exclude<Part, "title">, FieldKey> = {
  header: "name",
  funds: "fundsBlock",
  goals: "expected",
  indicators: "level1",
  total: "total",
};

/**
 * layout.missing-part for each part a form lacks and each column its tables lack, saying what
 * was looked for, what stands nearest, and what therefore cannot be checked. Without a part
 * the form cannot be read at all (项目名称, 项目资金, the indicator table) it is an error; a part
 * that some regions' forms do not have (年度总体目标, 总分, the 分值 or 偏差原因 column) is a
 * warning, and the rest of the form is read and checked as far as it goes.
 */
export function checkParts(
  view: SheetView,
  form: Form,
  loc: FormLocation,
  at: Address,
  tables: ReadTables
): FindingDraft[] {
  const found: FindingDraft[] = [];
  const part = (
    name: Exclude<Part, "title">,
    severity: "error" | "warning",
    effect: MissingEffect
  ) => {
    const field = PART_FIELDS[name];
    found.push(
      finding("layout.missing-part", severity, at, {
        part: name,
        field,
        looked: wordsOf(name === "goals" ? "goalsBlock" : field),
        ...nearestIn(view, loc, field),
        effect,
      })
    );
  };
  if (!form.header.name) part("header", "error", "not-read");
  if (!loc.anchors.funds) part("funds", "error", "funds-unread");
  if (!loc.anchors.goals) part("goals", "warning", "goals-unchecked");
  if (!loc.anchors.indicators) part("indicators", "error", "not-read");
  if (!form.total && loc.anchors.indicators) part("total", "warning", "total-not-written");

  const column = (
    p: "funds" | "goals" | "indicators",
    field: FieldKey,
    severity: "error" | "warning",
    effect: MissingEffect,
    where: Address,
    unmatched: readonly { address: Address; text: string }[]
  ) =>
    found.push(
      finding("layout.missing-part", severity, where, {
        part: p,
        column: fieldName(field),
        field,
        looked: wordsOf(field),
        ...nearestOf(field, unmatched),
        effect,
      })
    );
  const fundsAt = loc.anchors.funds?.address ?? at;
  if (loc.anchors.funds) {
    const band = tables.funds?.band;
    const unmatched = band?.unmatched ?? [];
    for (const field of ["budget", "executed"] as const)
      if (!band?.columns[field])
        column("funds", field, "error", "funds-unread", fundsAt, unmatched);
    if (band && form.funds) {
      if (!band.columns.rate)
        column("funds", "rate", "warning", "rate-not-written", fundsAt, unmatched);
      if (!band.columns.score)
        column("funds", "score", "warning", "score-not-written", fundsAt, unmatched);
    }
  }
  if (loc.anchors.goals && !form.goals) {
    // A goals block without its 预期目标 / 实际完成情况 labels: its texts cannot be told apart.
    const field = findLabelInRow(view, loc.goalsRow ?? -1, "expected") ? "achieved" : "expected";
    column("goals", field, "warning", "goals-unchecked", loc.anchors.goals.address, []);
  }
  const table = tables.indicators;
  if (table && loc.anchors.indicators) {
    const where = loc.anchors.indicators.address;
    const unmatched = table.band.unmatched;
    for (const field of ["level3", "target", "actual"] as const)
      if (table.columns[field] === undefined)
        column("indicators", field, "error", "not-read", where, unmatched);
    if (table.columns.score === undefined)
      column("indicators", "score", "warning", "scores-unchecked", where, unmatched);
    if (table.columns.weight === undefined)
      column("indicators", "weight", "warning", "weights-unknown", where, unmatched);
    if (table.columns.reason === undefined)
      column("indicators", "reason", "warning", "reasons-unchecked", where, unmatched);
  }
  return found;
}

/** How alike a text must be to a field's wordings to be named as what stands nearest. */
const NEAREST = 0.5;
/** Texts longer than this are content, never a header that stands for a field. */
const NEAREST_MAX_LENGTH = 40;

/**
 * Of the texts that named no field, the one most like the missing field's wordings: among a
 * table's own unread header cells any will do (「配分」 where 分值 was looked for), elsewhere in
 * the form only a text that is alike enough.
 */
function nearestOf(
  field: FieldKey,
  unmatched: readonly { address: Address; text: string }[],
  threshold = 0
): { nearest?: string } {
  let best: { score: number; text: string; address: Address } | null = null;
  for (const u of unmatched) {
    // A header label is short; comparing a 100,000-character text word by word costs seconds.
    if (u.text.length > NEAREST_MAX_LENGTH) continue;
    const score = Math.max(
      ...FIELDS[field].words.map((w) => textSimilarity(w, compactLabel(u.text)))
    );
    if (score >= threshold && (!best || score > best.score)) best = { score, ...u };
  }
  return best ? { nearest: `${toA1(best.address)}“${best.text}”` } : {};
}

/** For a missing part: the short text in the form's rows most like the part's wordings. */
function nearestIn(view: SheetView, loc: FormLocation, field: FieldKey): { nearest?: string } {
  const candidates: { address: Address; text: string }[] = [];
  for (let row = loc.top; row <= Math.min(loc.bottom, loc.top + 60); row++)
    for (let col = view.area.left; col <= view.area.right; col++) {
      const cell = cellAt(view.grid, row, col);
      if (typeof cell.value !== "string") continue;
      const text = cell.value.trim();
      if (text === "" || text.length > 20) continue;
      if (view.labelsByRow.get(row)?.some((l) => l.address.col === col)) continue;
      candidates.push({ address: { row, col }, text });
    }
  return nearestOf(field, candidates, NEAREST);
}
export function checkHeader(form: Form, at: Address): FindingDraft[] {
  const f: FindingDraft[] = [];
  const h = form.header;
  type HeaderField = FindingParams["header.field-empty"]["field"];
  const empty = (field: TextField | null, name: HeaderField, severity: "error" | "warning") => {
    if (field && field.text === "")
      f.push(finding("header.field-empty", severity, field.address, { field: name }));
  };
  empty(h.name, "项目名称", "error");
  empty(h.dept, "主管部门", "error");
  empty(h.unit, "实施单位", "warning");
  if (h.year === null) f.push(finding("header.year-missing", "warning", h.title?.address ?? at));
  return f;
}

export function checkGoals(form: Form, profile: Profile): FindingDraft[] {
  const g = form.goals;
  if (!g) return [];
  const f: FindingDraft[] = [];
  if (g.expected.text === "")
    f.push(finding("goals.empty", "error", g.expected.address, { field: "预期目标" }));
  if (g.actual.text === "")
    f.push(finding("goals.empty", "error", g.actual.address, { field: "实际完成情况" }));
  if (g.expected.text !== "" && g.actual.text !== "") {
    const similarity = textSimilarity(g.expected.text, g.actual.text);
    if (similarity >= profile.copiedSimilarity)
      f.push(
        finding("goals.copied", "warning", g.actual.address, {
          similarity: roundHalfUp(similarity * 100, 0),
        })
      );
  }
  return f;
}

/** indicator.level-unknown and indicator.missing-kind over the table. */
export function checkStructure(form: Form, headerAt: Address, hasTable: boolean): FindingDraft[] {
  const f: FindingDraft[] = [];
  // The table's header is there but no indicator is filled in under it.
  if (hasTable && form.indicators.length === 0)
    f.push(finding("indicator.none", "error", headerAt));
  for (const ind of form.indicators) {
    const kind = level1Kind(ind.level1.text);
    if (kind === null) {
      f.push(
        finding("indicator.level-unknown", "error", ind.level1.address, {
          level: "一级",
          value: ind.level1.text,
        })
      );
    } else if (!isStandardLevel2(kind, ind.level2.text)) {
      f.push(
        finding("indicator.level-unknown", "warning", ind.level2.address, {
          level: "二级",
          value: ind.level2.text,
          parent: ind.level1.text,
        })
      );
    }
  }
  if (form.indicators.length === 0) return f;
  for (const kind of REQUIRED_KINDS) {
    if (
      !form.indicators.some(
        (i) => i.level2.text.includes(kind) || (kind === "满意度" && i.level1.text.includes(kind))
      )
    )
      f.push(finding("indicator.missing-kind", "warning", headerAt, { kind }));
  }
  return f;
}
