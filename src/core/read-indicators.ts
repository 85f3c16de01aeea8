import type { Address, Cell } from "./grid";
import type { Indicator, NumberField } from "./form";
import type { LabelKey } from "./labels";
import type { FormLocation } from "./locate";
import { cellText } from "./normalize";
import { parseTarget } from "./parse-target";
import { parseActual } from "./parse-actual";
import { findLabelInRow, readCell, readText, type SheetView } from "./sheet-view";
import { numberField, textField } from "./fields";
import { inferLevel1, splitLevel1Weight } from "./level-tree";

type Column =
  | "level1"
  | "level2"
  | "level3"
  | "target"
  | "actual"
  | "weight"
  | "score"
  | "reason"
  | "comparator"
  | "measure";
const COLUMN_KEYS: readonly Column[] = [
  "level1",
  "level2",
  "level3",
  "target",
  "actual",
  "weight",
  "score",
  "reason",
  "comparator",
  "measure",
];

export interface IndicatorTable {
  headerRow: number;
  columns: Partial<Record<Column, number>>;
  rows: Indicator[];
  /** Rows after the table that end it (总分 or notes), or the form's last row. */
  endRow: number;
}

/** Rows below the table that are notes, not indicators. */
const STOP_TEXT =
  /^(其他需要说明|评价结论|存在问题|改进措施|项目负责人|填报人|联系电话|备注|说明[:：]?$)/;
/** Template leftovers: "指标2：", "……". */
const PLACEHOLDER = /^(指标\d*[:：]?|…+|\.{3,}|-+)$/;

function findColumns(view: SheetView, row: number): Partial<Record<Column, number>> {
  const cols: Partial<Record<Column, number>> = {};
  for (const key of COLUMN_KEYS) {
    const label = findLabelInRow(view, row, key as LabelKey);
    if (label) cols[key] = label.address.col;
  }
  return cols;
}

/** Reads the indicator table under its header row; 一级/二级 carry down merged or blank cells. */
export function readIndicators(
  view: SheetView,
  loc: FormLocation,
  year: number | null
): IndicatorTable | null {
  const header = loc.anchors.indicators;
  if (!header) return null;
  const headerRow = header.address.row;
  const columns = findColumns(view, headerRow);
  // A two-row header: 年度指标值 above 指标性质 / 指标值 / 度量单位.
  let firstRow = headerRow + 1;
  const sub = findColumns(view, headerRow + 1);
  if (
    sub.comparator !== undefined ||
    sub.measure !== undefined ||
    (sub.target !== undefined && sub.level1 === undefined)
  ) {
    Object.assign(columns, sub);
    firstRow = headerRow + 2;
  }
  const totalRow =
    loc.anchors.total && loc.anchors.total.address.row > headerRow
      ? loc.anchors.total.address.row
      : undefined;
  const lastRow = totalRow !== undefined ? totalRow - 1 : loc.bottom;
  const rows: Indicator[] = [];
  let level1: { text: string; address: Address; weight: number | null } | null = null;
  let level2: { text: string; address: Address } | null = null;
  // A column without its label reads as empty, addressed at the 一级指标 label: never at
  // another column's cell, which would then be read, or written, as this one.
  const at = (row: number, col: number | undefined): Address =>
    col === undefined ? header.address : { row, col };
  const text = (row: number, col: number | undefined) =>
    col === undefined ? "" : readText(view, at(row, col));
  const textAt = (row: number, col: number | undefined) =>
    col === undefined ? { text: "", address: header.address } : textField(view, at(row, col));
  const numberAt = (row: number, col: number | undefined) =>
    col === undefined ? missingNumber(header.address) : numberField(view, at(row, col));
  // Notes such as 其他需要说明事项 sit left of or under the 一级 column.
  const blockCol = view.area.left;
  let endRow = lastRow;
  for (let row = firstRow; row <= lastRow; row++) {
    if (isStopRow(view, row, blockCol, columns.level1 ?? blockCol)) {
      endRow = row - 1;
      break;
    }
    const l1 = text(row, columns.level1);
    const l2 = text(row, columns.level2);
    const name = text(row, columns.level3);
    const valuesBlank = (["target", "actual", "weight", "score"] as const).every(
      (c) => text(row, columns[c]) === ""
    );
    if (valuesBlank && (name === "" || PLACEHOLDER.test(name))) continue;
    if (l1 !== "") {
      const split = splitLevel1Weight(l1);
      level1 = {
        text: split.name,
        address: textAt(row, columns.level1).address,
        weight: split.weight,
      };
      level2 = null;
    }
    if (l2 !== "") level2 = { text: l2, address: textAt(row, columns.level2).address };
    const l2Field = level2 ?? { text: "", address: at(row, columns.level2) };
    let l1Field = level1 ?? { text: "", address: at(row, columns.level1), weight: null };
    if (l1Field.text === "") l1Field = { ...l1Field, text: inferLevel1(l2Field.text) ?? "" };
    const isCost = /成本/.test(l2Field.text) || /成本/.test(l1Field.text);
    const isPeriod = /时效/.test(l2Field.text);
    const targetCell = composeTarget(view, row, columns, at);
    const target = parseTarget(targetCell, { isCost, isPeriod, defaultYear: year ?? undefined });
    const actualCell =
      columns.actual === undefined ? EMPTY_CELL : readCell(view, at(row, columns.actual));
    rows.push({
      row,
      level1: { text: l1Field.text, address: l1Field.address },
      level1Weight: l1Field.weight,
      level2: l2Field,
      name: textAt(row, columns.level3),
      targetText: {
        text: cellText(targetCell).trim(),
        address: textAt(row, columns.target).address,
      },
      actualText: textAt(row, columns.actual),
      target,
      actual: parseActual(actualCell, target),
      weight: numberAt(row, columns.weight),
      score: numberAt(row, columns.score),
      reason: columns.reason === undefined ? null : textAt(row, columns.reason),
    });
  }
  return { headerRow, columns, rows, endRow };
}

const EMPTY_CELL: Cell = { value: null };

function missingNumber(address: Address): NumberField {
  return { value: null, raw: "", address, formula: false, withUnit: false };
}

/** With 计算符号/计量单位 columns the target is their concatenation; they take precedence. */
function composeTarget(
  view: SheetView,
  row: number,
  columns: Partial<Record<Column, number>>,
  at: (row: number, col: number | undefined) => Address
): Cell {
  const cell = columns.target === undefined ? EMPTY_CELL : readCell(view, at(row, columns.target));
  if (columns.comparator === undefined && columns.measure === undefined) return cell;
  const comparator =
    columns.comparator === undefined ? "" : readText(view, at(row, columns.comparator));
  const unit = columns.measure === undefined ? "" : readText(view, at(row, columns.measure));
  const value = cellText(cell).trim();
  if (value === "") return cell;
  const withUnit = unit !== "" && !value.endsWith(unit) ? value + unit : value;
  return { value: comparator + withUnit };
}

function isStopRow(view: SheetView, row: number, blockCol: number, level1Col: number): boolean {
  for (let col = blockCol; col <= level1Col; col++) {
    const text = readText(view, { row, col });
    if (text !== "" && STOP_TEXT.test(text)) return true;
  }
  return false;
}
