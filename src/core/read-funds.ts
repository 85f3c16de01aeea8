import type { Address } from "./grid";
import type { FundColumns, FundPart, Funds, NumberField } from "./form";
import type { FieldKey } from "./label-dictionary";
import type { FormLocation } from "./locate";
import { compactLabel } from "./normalize";
import { parseNumberCell } from "./parse-number";
import {
  isLabelOf,
  ownerOf,
  readCell,
  readText,
  valueRightOf,
  type LabelCell,
  type SheetView,
} from "./sheet-view";
import {
  bandRows,
  mapColumns,
  numericFit,
  type ColumnChoice,
  type HeaderBand,
} from "./header-band";
import { numberField, textField } from "./fields";
import { nextPartRow } from "./form-rows";

/** The funds block as located: its header band and rows, for the checks and the layout report. */
export interface FundsTable {
  headerRow: number | null;
  band: HeaderBand | null;
  /** The 年度资金总额 row (or the first row of amounts), when found. */
  totalRow: number | null;
}

/** The column labels of a funds block. */
export const FUNDS_FIELDS: readonly FieldKey[] = [
  "initial",
  "adjustment",
  "budget",
  "executed",
  "rate",
  "weight",
  "score",
];

const ROW_FIELDS: Readonly<Record<FundPart | "total", FieldKey>> = {
  total: "fundTotal",
  current: "fundCurrent",
  carryover: "fundCarryover",
  other: "fundOther",
  special: "fundSpecial",
  unit: "fundUnit",
};

const ROW_ENTRIES = Object.entries(ROW_FIELDS) as [FundPart | "total", FieldKey][];

/** How many rows under its header a funds block may have. */
const ROWS_REACH = 8;

/** "金额单位：万元", "单位：元" written beside the form instead of in the block's label. */
const UNIT_NOTE = /^(?:金额)?单位:?(万元|元)$/;

/**
 * Reads the funds block by its labels: the header row maps each column (年初预算数, 全年预算数
 * or 预算数(A) or 调整后预算数, 全年执行数 or 执行数(B), 执行率, 分值, 得分) in any order; the
 * rows are found by their labels (年度资金总额 or 总额, 其中：财政拨款 …); a header merged
 * over a label and its amount ("预算数 | 6.84") reads the amount.
 */
export function readFunds(
  view: SheetView,
  loc: FormLocation
): { funds: Funds | null; table: FundsTable | null } {
  const anchor = loc.anchors.funds;
  if (!anchor) return { funds: null, table: null };
  const headerRow = loc.fundsHeaderRow ?? null;
  if (headerRow === null) return { funds: null, table: { headerRow, band: null, totalRow: null } };
  const limit = Math.min(loc.bottom, nextPartRow(loc, headerRow) - 1, headerRow + ROWS_REACH);
  const bodyRows = rowsBetween(headerRow + 1, limit);
  const band = mapColumns(
    view,
    bandRows(view, headerRow, view.area.left, view.area.right, 1),
    view.area.left,
    view.area.right,
    FUNDS_FIELDS,
    (key, choice) =>
      key === "budget" || key === "executed" ? numericFit(view, bodyRows, choice) : 1
  );
  const cols = band.columns;
  // 年初预算数(A) as the only budget is the budget the rate is taken against (海淀).
  const budgetFromInitial = !cols.budget && cols.initial !== undefined;
  if (!cols.budget && cols.initial) {
    cols.budget = cols.initial;
    delete cols.initial;
  }
  // Without a budget or a spending column there are no amounts to read (checkParts says so).
  if (!cols.budget && !cols.executed)
    return { funds: null, table: { headerRow, band, totalRow: null } };
  const block = isLabelOf(anchor, "fundsBlock") ? anchor : null;
  if (isInline(view, headerRow, cols))
    return {
      funds: inlineFunds(view, loc, headerRow, block, band, budgetFromInitial),
      table: { headerRow, band, totalRow: headerRow },
    };
  const firstValueCol = Math.min(
    ...(["initial", "adjustment", "budget", "executed"] as const).map(
      (k) => cols[k]?.left ?? view.area.right + 1
    )
  );
  const spans = (["initial", "adjustment", "budget", "executed"] as const)
    .map((k) => cols[k])
    .filter((c): c is ColumnChoice => c !== undefined);
  const hasAmount = (row: number) =>
    spans.some((span) => parseNumberCell(readCell(view, amountAddress(view, row, span))) !== null);
  const { found: rowLabels, complete } = findRowLabels(view, bodyRows, firstValueCol, hasAmount);
  const totalRow = rowLabels.total ?? bodyRows.find(hasAmount);
  const table: FundsTable = { headerRow, band, totalRow: totalRow ?? null };
  if (totalRow === undefined) return { funds: null, table };

  const at = (row: number, choice: ColumnChoice | undefined): NumberField | null =>
    choice ? amountIn(view, row, choice) : null;
  const readRow = (row: number | undefined): FundColumns | null =>
    row === undefined
      ? null
      : {
          initial: at(row, cols.initial),
          adjustment: at(row, cols.adjustment),
          budget: at(row, cols.budget),
          executed: at(row, cols.executed),
        };
  const funds: Funds = {
    toWanYuan: unitOf(view, loc, headerRow, block, band) ?? 1,
    label: block ? textField(view, block.address) : null,
    rows: {
      total: readRow(totalRow) as FundColumns,
      current: readRow(rowLabels.current),
      carryover: readRow(rowLabels.carryover),
      other: readRow(rowLabels.other),
      special: readRow(rowLabels.special),
      unit: readRow(rowLabels.unit),
    },
    weight: at(totalRow, cols.weight),
    labelWeight: cols.score?.label.match.weight ?? block?.match.weight ?? null,
    rate: at(totalRow, cols.rate),
    rateInPercent: cols.rate?.label.match.percent ?? false,
    budgetFromInitial,
    partsComplete: complete,
    score: at(totalRow, cols.score),
  };
  return { funds, table };
}

/**
 * "预算数: | 2.38 | 执行数: | 2.38" — each amount right of its label on the label's own row,
 * as some provinces' transfer-payment forms write them (安居).
 */
function isInline(view: SheetView, row: number, cols: HeaderBand["columns"]): boolean {
  const label = cols.budget ?? cols.executed;
  if (!label) return false;
  const right = valueRightOf(view, label.label.address, nextLabelCol(view, row, label.right));
  return !right.empty && parseNumberCell(readCell(view, right.address)) !== null;
}

/** The column of the next label right of `col` on a row, or past the sheet. */
function nextLabelCol(view: SheetView, row: number, col: number): number {
  return (
    view.labelsByRow.get(row)?.find((l) => l.address.col > col)?.address.col ?? view.area.right + 1
  );
}

function inlineFunds(
  view: SheetView,
  loc: FormLocation,
  row: number,
  block: LabelCell | null,
  band: HeaderBand,
  budgetFromInitial: boolean
): Funds {
  const cols = band.columns;
  const at = (choice: ColumnChoice | undefined): NumberField | null => {
    if (!choice) return null;
    const right = valueRightOf(view, choice.label.address, nextLabelCol(view, row, choice.right));
    return numberField(view, right.address);
  };
  return {
    toWanYuan: unitOf(view, loc, row, block, band) ?? 1,
    label: block ? textField(view, block.address) : null,
    rows: {
      total: {
        initial: at(cols.initial),
        adjustment: at(cols.adjustment),
        budget: at(cols.budget),
        executed: at(cols.executed),
      },
      current: null,
      carryover: null,
      other: null,
      special: null,
      unit: null,
    },
    weight: null,
    labelWeight: block?.match.weight ?? null,
    rate: at(cols.rate),
    rateInPercent: cols.rate?.label.match.percent ?? false,
    budgetFromInitial,
    // The parts below ("其中:中央补助 | 2.38 万元") are not summed in this layout.
    partsComplete: false,
    score: scoreAbove(view, loc, row),
  };
}

/**
 * The funds score on a form whose one 自评得分 column heads every block from above (the
 * transfer-payment 区域绩效目标自评表: total, then 预算执行, 目标, 指标): the number in the funds
 * row under a score label higher up in the form.
 */
function scoreAbove(view: SheetView, loc: FormLocation, row: number): NumberField | null {
  for (let r = loc.top; r < row; r++)
    for (const label of view.labelsByRow.get(r) ?? []) {
      if (!isLabelOf(label, "score")) continue;
      const at = ownerOf(view, { row, col: label.address.col });
      if (parseNumberCell(readCell(view, at))) return numberField(view, at);
    }
  return null;
}

function rowsBetween(from: number, to: number): number[] {
  const rows: number[] = [];
  for (let r = from; r <= to; r++) rows.push(r);
  return rows;
}

/** "其中：中央、省、市补助县级资金": a part of the total in a wording the dictionary lacks. */
const PART_PREFIX = /^其中/;

/**
 * The rows named 年度资金总额, 财政拨款 … in the label columns left of the amounts; a row
 * headed "其中…" in other words takes the first free part. `complete` is false when a row
 * with amounts has a label that names no part, so that the parts cannot be summed.
 */
function findRowLabels(
  view: SheetView,
  rows: readonly number[],
  firstValueCol: number,
  hasAmount: (row: number) => boolean
): { found: Partial<Record<FundPart | "total", number>>; complete: boolean } {
  const found: Partial<Record<FundPart | "total", number>> = {};
  let complete = true;
  for (const row of rows) {
    let named = false;
    for (const label of view.labelsByRow.get(row) ?? []) {
      if (label.address.col >= firstValueCol) continue;
      for (const [part, key] of ROW_ENTRIES)
        if (isLabelOf(label, key) && found[part] === undefined) {
          found[part] = row;
          named = true;
          break;
        }
    }
    if (named) continue;
    let text = "";
    for (let col = view.area.left; col < firstValueCol && text === ""; col++)
      text = compactLabel(readText(view, { row, col }));
    if (PART_PREFIX.test(text)) {
      const free = (["current", "other"] as const).find((p) => found[p] === undefined);
      if (free) {
        found[free] = row;
        continue;
      }
    }
    if (text !== "" && hasAmount(row)) complete = false;
  }
  return { found, complete };
}

/** The cell holding the amount of a row under a column: its first numeric cell, past labels. */
function amountAddress(view: SheetView, row: number, span: ColumnChoice): Address {
  let firstOther: Address | null = null;
  for (let col = span.left; col <= span.right; col++) {
    const owner = ownerOf(view, { row, col });
    if (isLabelText(view, owner)) continue;
    if (parseNumberCell(readCell(view, owner))) return owner;
    firstOther ??= owner;
  }
  return firstOther ?? ownerOf(view, { row, col: span.col });
}

function isLabelText(view: SheetView, at: Address): boolean {
  const labels = view.labelsByRow.get(at.row) ?? [];
  return labels.some((l) => l.address.col === at.col);
}

function amountIn(view: SheetView, row: number, span: ColumnChoice): NumberField {
  return numberField(view, amountAddress(view, row, span));
}

/** 万元 unless a label of the block or a note above it says 元. */
function unitOf(
  view: SheetView,
  loc: FormLocation,
  headerRow: number,
  block: LabelCell | null,
  band: HeaderBand
): number | null {
  const fromLabels = [block, ...Object.values(band.columns).map((c) => c.label)]
    .map((l) => l?.match.toWanYuan ?? null)
    .find((u) => u !== null);
  if (fromLabels !== undefined && fromLabels !== null) return fromLabels;
  for (let row = loc.top; row <= headerRow; row++)
    for (let col = view.area.left; col <= view.area.right; col++) {
      const text = readText(view, { row, col });
      if (text.length > 12) continue;
      const m = UNIT_NOTE.exec(compactLabel(text));
      if (m) return m[1] === "元" ? 0.0001 : 1;
    }
  return null;
}
