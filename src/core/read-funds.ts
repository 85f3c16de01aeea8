import type { Funds, FundColumns } from "./form";
import { fundsScale, type LabelKey } from "./labels";
import type { FormLocation } from "./locate";
import { findLabelInRow, type SheetView } from "./sheet-view";
import { numberField } from "./fields";

const ROW_LABELS = {
  total: "fundTotal",
  current: "fundCurrent",
  carryover: "fundCarryover",
  other: "fundOther",
} as const satisfies Record<string, LabelKey>;

/** How far below the 项目资金 label its column headers and rows may sit. */
const HEADER_REACH = 2;
const ROWS_REACH = 8;

/** Reads the funds block: columns and rows are found by their labels, not by position. */
export function readFunds(view: SheetView, loc: FormLocation): Funds | null {
  const label = loc.anchors.funds;
  if (!label) return null;
  const limit = Math.min(
    loc.bottom,
    loc.anchors.goals?.address.row ?? Infinity,
    loc.anchors.indicators?.address.row ?? Infinity
  );
  let headerRow = -1;
  for (let r = label.address.row; r <= Math.min(limit, label.address.row + HEADER_REACH); r++) {
    if (findLabelInRow(view, r, "budget") || findLabelInRow(view, r, "executed")) {
      headerRow = r;
      break;
    }
  }
  if (headerRow < 0) return null;
  const col = (key: LabelKey) => findLabelInRow(view, headerRow, key)?.address.col;
  const cols = {
    initial: col("initial"),
    budget: col("budget"),
    executed: col("executed"),
    weight: col("weight"),
    rate: col("rate"),
    score: col("score"),
  };
  const rowOf = (key: LabelKey): number | undefined => {
    for (let r = headerRow; r <= Math.min(limit, headerRow + ROWS_REACH); r++) {
      if (findLabelInRow(view, r, key)) return r;
    }
    return undefined;
  };
  const readRow = (row: number | undefined): FundColumns | null => {
    if (row === undefined) return null;
    const at = (c: number | undefined) =>
      c === undefined ? null : numberField(view, { row, col: c });
    return { initial: at(cols.initial), budget: at(cols.budget), executed: at(cols.executed) };
  };
  const totalRow = rowOf(ROW_LABELS.total);
  const total = readRow(totalRow);
  if (!total || totalRow === undefined) return null;
  const atTotal = (c: number | undefined) =>
    c === undefined ? null : numberField(view, { row: totalRow, col: c });
  return {
    toWanYuan: fundsScale(label.compact),
    rows: {
      total,
      current: readRow(rowOf(ROW_LABELS.current)),
      carryover: readRow(rowOf(ROW_LABELS.carryover)),
      other: readRow(rowOf(ROW_LABELS.other)),
    },
    weight: atTotal(cols.weight),
    rate: atTotal(cols.rate),
    score: atTotal(cols.score),
  };
}
