import type { Address } from "./grid";
import type { FieldKey } from "./label-dictionary";
import { isLabelOf, valueRightOf, type LabelCell, type SheetView } from "./sheet-view";

/** The parts of a form; a part seen again starts a new form. */
export const PARTS = ["title", "header", "funds", "goals", "indicators", "total"] as const;
export type Part = (typeof PARTS)[number];

export interface FormLocation {
  /** Rows [top, bottom] the form may read. */
  top: number;
  bottom: number;
  /**
   * The cell that anchors each part: the title; 项目名称; the funds block's label (or, without
   * one, its first column label); the goals block's label (or 预期目标); the indicator table's
   * 一级指标 (or first column) label; 总分.
   */
  anchors: Partial<Record<Part, LabelCell>>;
  /** The year line, when separate from the title. */
  yearLine?: LabelCell;
  /** The row of the funds block's column labels (预算数, 执行数 …), when it has one. */
  fundsHeaderRow?: number;
  /** The row of 预期目标 and 实际完成情况, when both are labelled. */
  goalsRow?: number;
  /** The label over the indicator table ("绩效指标(90分)", "年度绩效目标(80分)"), when there is one. */
  indicatorsBlock?: LabelCell;
}

/** Column labels of a funds block; two of them (one a budget or spending) make its header row. */
const FUNDS_COLUMNS: readonly FieldKey[] = ["initial", "adjustment", "budget", "executed", "rate"];
/** Labels that, beside 一级指标 or 三级指标, make a row the indicator table's header. */
const INDICATOR_COLUMNS: readonly FieldKey[] = ["level2", "level3", "target", "actual"];
/** Fields that can begin a part; a row without any of them begins none. */
const ANCHOR_KEYS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  "title",
  "name",
  "level1",
  "level3",
  "initial",
  "adjustment",
  "budget",
  "executed",
  "rate",
  "fundsBlock",
  "expected",
  "goalsBlock",
  "total",
]);
/** How far a block's label may stand above its header row. */
const BLOCK_REACH = 2;

interface Hit {
  part: Part;
  row: number;
  anchor: LabelCell;
  extra?: Partial<FormLocation>;
}

const hasIn = (labels: readonly LabelCell[], key: FieldKey) =>
  labels.some((l) => isLabelOf(l, key));
const firstIn = (labels: readonly LabelCell[], key: FieldKey) =>
  labels.find((l) => isLabelOf(l, key));

/** The parts that a row's labels make, left to right. */
function partsOfRow(view: SheetView, row: number): Hit[] {
  const labels = view.labelsByRow.get(row) ?? [];
  const hits: Hit[] = [];
  const keys = new Set<FieldKey>();
  let anchored = false;
  for (const l of labels)
    for (const k of l.keys) {
      keys.add(k);
      anchored ||= ANCHOR_KEYS.has(k);
    }
  // Most label rows hold labels of no part at all (年度资金总额, 数量指标 …): skip them at once.
  if (!anchored) return hits;
  const first = (ls: readonly LabelCell[], key: FieldKey) =>
    keys.has(key) ? ls.find((l) => isLabelOf(l, key)) : undefined;
  const title = first(labels, "title");
  if (title) hits.push({ part: "title", row, anchor: title });
  const name = first(labels, "name");
  if (name) hits.push({ part: "header", row, anchor: name });

  const indicatorHead = first(labels, "level1") ?? first(labels, "level3");
  const isIndicatorHeader =
    indicatorHead !== undefined &&
    (keys.has("level1")
      ? INDICATOR_COLUMNS.some((k) => keys.has(k))
      : keys.has("target") && keys.has("actual"));
  if (isIndicatorHeader && indicatorHead) {
    const block = labels.find(
      (l) => isLabelOf(l, "indicatorsBlock") && l.address.col < indicatorHead.address.col
    );
    hits.push({
      part: "indicators",
      row,
      anchor: indicatorHead,
      extra: block ? { indicatorsBlock: block } : {},
    });
    return hits;
  }

  const fundsKeys = new Set(FUNDS_COLUMNS.filter((k) => keys.has(k)));
  if (fundsKeys.size >= 2 && (fundsKeys.has("budget") || fundsKeys.has("executed"))) {
    const block = first(labels, "fundsBlock") ?? fundsBlockAbove(view, row);
    const firstColumn = labels.find((l) => FUNDS_COLUMNS.some((k) => isLabelOf(l, k)));
    const anchor = block ?? firstColumn;
    if (anchor) hits.push({ part: "funds", row, anchor, extra: { fundsHeaderRow: row } });
  } else {
    const block = first(labels, "fundsBlock");
    if (block && !fundsHeaderBelow(view, row)) hits.push({ part: "funds", row, anchor: block });
  }

  const expected = first(labels, "expected");
  const achieved = expected
    ? labels.find((l) => isLabelOf(l, "achieved") && l.address.col > expected.address.col)
    : undefined;
  if (expected && (achieved || isAloneWithText(view, labels, expected))) {
    const block = labels.find(
      (l) => isLabelOf(l, "goalsBlock") && l.address.col < expected.address.col
    );
    hits.push({ part: "goals", row, anchor: block ?? expected, extra: { goalsRow: row } });
  } else {
    const block = first(labels, "goalsBlock");
    if (block && !goalsPairBelow(view, row)) hits.push({ part: "goals", row, anchor: block });
  }

  const total = first(labels, "total");
  if (total) hits.push({ part: "total", row, anchor: total });
  return hits.sort((a, b) => a.anchor.address.col - b.anchor.address.col);
}

/**
 * 预期目标 without 实际完成情况 still makes the goals part when it is the row's only label and a
 * text stands beside it ("项目年度目标 | 1.完成乡村道路建设养护里程 300 公里").
 */
function isAloneWithText(
  view: SheetView,
  labels: readonly LabelCell[],
  expected: LabelCell
): boolean {
  if (labels.length !== 1) return false;
  return !valueRightOf(view, expected.address).empty;
}

/** A funds block label on the rows just above a header row that has none. */
function fundsBlockAbove(view: SheetView, row: number): LabelCell | undefined {
  for (let r = row - 1; r >= row - BLOCK_REACH; r--) {
    const block = firstIn(view.labelsByRow.get(r) ?? [], "fundsBlock");
    if (block) return block;
  }
  return undefined;
}

function fundsHeaderBelow(view: SheetView, row: number): boolean {
  for (let r = row + 1; r <= row + BLOCK_REACH; r++) {
    const labels = view.labelsByRow.get(r) ?? [];
    if (FUNDS_COLUMNS.filter((k) => hasIn(labels, k)).length >= 2) return true;
  }
  return false;
}

function goalsPairBelow(view: SheetView, row: number): boolean {
  for (let r = row + 1; r <= row + BLOCK_REACH; r++) {
    const labels = view.labelsByRow.get(r) ?? [];
    if (hasIn(labels, "expected") && hasIn(labels, "achieved")) return true;
  }
  return false;
}

/**
 * Splits a sheet into forms by their parts, in whatever order a region arranges them: a part
 * the current form already has (a second 项目名称, a second indicator table) or a title after
 * other parts starts the next form, so stacked forms, shifted tables and missing parts are all
 * found without fixed positions.
 */
export function locateForms(view: SheetView): FormLocation[] {
  const forms: FormLocation[] = [];
  let current: FormLocation | undefined;
  const start = (row: number) => {
    if (current) forms.push(current);
    current = { top: row, bottom: row, anchors: {} };
    return current;
  };
  for (const row of view.labelRows) {
    for (const hit of partsOfRow(view, row)) {
      let form: FormLocation = current ?? start(row);
      if (hit.part === "total") {
        // 总分/合计 ends a form only below its indicator header; elsewhere (a funds 合计, a
        // 总分 typed into a header row) it is an ordinary cell.
        const header = form.anchors.indicators;
        if (!header || header.address.row >= row || form.anchors.total) continue;
      }
      // 成安's funds block: "预算数 | 6.84 | 执行数 | 6.84" under "预算安排情况 | 资金执行情况"
      // looks like a second header; rows so close under the first belong to the same block.
      if (hit.part === "funds" && isWithinFunds(form, row)) continue;
      if (hit.part === "title") {
        const others = PARTS.some((p) => p !== "title" && form.anchors[p]);
        if (others || form.anchors.title) form = start(row);
      } else if (form.anchors[hit.part]) {
        form = start(row);
      }
      form.anchors[hit.part] = hit.anchor;
      Object.assign(form, hit.extra);
    }
    // "（2021年度）" under the title belongs to it; a year elsewhere (a 时效 target) does not.
    const year = firstIn(view.labelsByRow.get(row) ?? [], "yearLine");
    const title = current?.anchors.title;
    if (
      year &&
      current &&
      title &&
      !current.yearLine &&
      row > title.address.row &&
      row <= title.address.row + 2
    )
      current.yearLine = year;
  }
  if (current) forms.push(current);
  // A form reaches down to the row before the next one starts.
  forms.forEach((f, i) => {
    const next = forms[i + 1];
    f.bottom = next ? next.top - 1 : view.area.bottom;
  });
  return forms.filter(isForm);
}

/** How many rows a funds block may take under its header. */
const FUNDS_ROWS = 8;

function isWithinFunds(form: FormLocation, row: number): boolean {
  const header = form.fundsHeaderRow;
  if (header === undefined || row > header + FUNDS_ROWS) return false;
  // Another part begun since then closes the block.
  return !Object.values(form.anchors).some((l) => l.address.row > header && l.address.row <= row);
}

/** A stray 合计 or 项目名称 is not a form: it needs its indicator table, or a header with funds or goals. */
function isForm(f: FormLocation): boolean {
  const a = f.anchors;
  return (
    a.indicators !== undefined ||
    (a.header !== undefined && (a.funds !== undefined || a.goals !== undefined)) ||
    (a.funds !== undefined && a.goals !== undefined)
  );
}

export function topLeftOf(f: FormLocation): Address {
  const cells = Object.values(f.anchors).map((l) => l.address);
  return { row: f.top, col: Math.min(...cells.map((c) => c.col)) };
}
