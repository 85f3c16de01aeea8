import type { Address, Cell } from "./grid";
import type { Indicator, NumberField } from "./form";
import type { FormLocation } from "./locate";
import type { FieldKey } from "./label-dictionary";
import { cellText } from "./normalize";
import { parseTarget } from "./parse-target";
import { parseActual } from "./parse-actual";
import { mergeOf, readCell, readText, type SheetView } from "./sheet-view";
import { bandRows, mapColumns, numericFit, type HeaderBand } from "./header-band";
import { nextPartRow } from "./form-rows";
import { numberField, textField } from "./fields";
import { inferLevel1, isStandardLevel2, level1Kind, splitLevel1Weight } from "./level-tree";

/** The columns of the indicator table, by the fields of the label dictionary. */
export const INDICATOR_FIELDS = [
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
] as const satisfies readonly FieldKey[];
type Column = (typeof INDICATOR_FIELDS)[number];

export interface IndicatorTable {
  headerRow: number;
  /** The last row of the header band (a two-row header ends a row lower). */
  bandBottom: number;
  columns: Partial<Record<Column, number>>;
  /** The header band as mapped: the labels of the columns, and the texts that named none. */
  band: HeaderBand;
  rows: Indicator[];
  /** Rows after the table that end it (总分 or notes), or the form's last row. */
  endRow: number;
}

/** Rows below the table that are notes, not indicators. */
const STOP_TEXT =
  /^(其他需要说明|评价结论|存在问题|改进措施|项目负责人|填报人|联系电话|备注|说明[:：]?$|自评结论|审核意见)/;
/** Template leftovers: "指标2：", "……". */
const PLACEHOLDER = /^(指标[\dLlIi|]{0,2}[:：]?|…+|\.{3,}|-+|[。.]+)$/;
/** "指标1：禁毒舞台剧宣传的场次": the template's numbering before the name. */
const NAME_PREFIX = /^指标\s*\d+\s*[:：]\s*/;
/** Rows whose content judges whether a column holds numbers. */
const SAMPLE_ROWS = 20;

/** Reads the indicator table under its header band; 一级/二级 carry down merged or blank cells. */
export function readIndicators(
  view: SheetView,
  loc: FormLocation,
  year: number | null
): IndicatorTable | null {
  const header = loc.anchors.indicators;
  if (!header) return null;
  const headerRow = header.address.row;
  const [, bandBottom] = bandRows(view, headerRow, view.area.left, view.area.right);
  const firstRow = bandBottom + 1;
  const totalRow =
    loc.anchors.total && loc.anchors.total.address.row > headerRow
      ? loc.anchors.total.address.row
      : undefined;
  const lastRow = Math.min(
    totalRow !== undefined ? totalRow - 1 : loc.bottom,
    nextPartRow(loc, headerRow) - 1
  );
  const sample: number[] = [];
  for (let r = firstRow; r <= Math.min(lastRow, firstRow + SAMPLE_ROWS - 1); r++) sample.push(r);
  const band = mapColumns(
    view,
    [headerRow, bandBottom],
    view.area.left,
    view.area.right,
    INDICATOR_FIELDS,
    (key, choice) => (key === "weight" || key === "score" ? numericFit(view, sample, choice) : 1)
  );
  const columns: Partial<Record<Column, number>> = {};
  for (const key of INDICATOR_FIELDS) {
    const choice = band.columns[key];
    if (choice) columns[key] = choice.col;
  }
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
    if (
      valuesBlank &&
      (name === "" ||
        PLACEHOLDER.test(name) ||
        (NAME_PREFIX.test(name) && name.replace(NAME_PREFIX, "") === ""))
    ) {
      // A blank row still names the 一级/二级 that the rows under it carry on.
      if (l1 !== "") {
        level1 = { ...splitLevel1(l1), address: textAt(row, columns.level1).address };
        level2 = null;
      }
      if (l2 !== "") level2 = { text: l2, address: textAt(row, columns.level2).address };
      continue;
    }
    if (l1 !== "") {
      level1 = { ...splitLevel1(l1), address: textAt(row, columns.level1).address };
      level2 = null;
    }
    if (l2 !== "") level2 = { text: l2, address: textAt(row, columns.level2).address };
    const l2Field = level2 ?? { text: "", address: at(row, columns.level2) };
    let l1Field = level1 ?? { text: "", address: at(row, columns.level1), weight: null };
    if (l1Field.text === "") l1Field = { ...l1Field, text: inferLevel1(l2Field.text) ?? "" };
    // A blank, unmerged 一级 cell under which the 二级 plainly belongs to another 一级
    // (社会效益指标 after the 产出 rows) starts that 一级 rather than carrying the one above.
    else if (l1 === "" && l2 !== "" && isBlankCell(view, row, columns.level1)) {
      const inferred = inferLevel1(l2);
      const kind = level1Kind(l1Field.text);
      if (inferred && kind && !isStandardLevel2(kind, l2)) {
        level1 = { text: inferred, address: at(row, columns.level1), weight: null };
        l1Field = level1;
      }
    }
    const isCost = /成本/.test(l2Field.text) || /成本/.test(l1Field.text);
    const isPeriod = /时效/.test(l2Field.text);
    const targetCell = composeTarget(view, row, columns, at);
    const target = parseTarget(targetCell, { isCost, isPeriod, defaultYear: year ?? undefined });
    const actualCell =
      columns.actual === undefined ? EMPTY_CELL : readCell(view, at(row, columns.actual));
    const nameField = textAt(row, columns.level3);
    rows.push({
      row,
      level1: { text: l1Field.text, address: l1Field.address },
      level1Weight: l1Field.weight,
      level2: l2Field,
      name: { ...nameField, text: nameField.text.replace(NAME_PREFIX, "") },
      targetText: {
        text: cellText(targetCell).trim(),
        address: textAt(row, columns.target).address,
      },
      actualText: textAt(row, columns.actual),
      target,
      actual: parseActual(actualCell, target),
      weight: numberAt(row, columns.weight),
      weightSource: columns.weight === undefined ? "none" : "cell",
      score: numberAt(row, columns.score),
      reason: columns.reason === undefined ? null : textAt(row, columns.reason),
      detailOf: null,
    });
  }
  markDetails(rows);
  if (columns.weight === undefined) weighByLevel1(view, rows);
  return { headerRow, bandBottom, columns, band, rows, endRow };
}

/** "%(百分比)" → "%": a unit's note in brackets (only on unit-sized texts, to stay linear). */
function dropNote(unit: string): string {
  return unit.length > 20 ? unit : unit.replace(/^(.+?)\s*[(（][^()（）]*[)）]$/, "$1");
}

/** "其中桃树种植面积": a part of the row above. */
const PART_OF_ABOVE = /^其中/;
/** "一、示范区建立" and its "1、水稻…", "2、玉米…". */
const CHINESE_ORDINAL = /^[一二三四五六七八九十]+[、.．]/;
const ARABIC_ORDINAL = /^\d+[、.．](?!\d)/;

/** Marks the rows that only break a row above into parts (Indicator.detailOf). */
function markDetails(rows: Indicator[]): void {
  let parent: Indicator | null = null;
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    const blank = ind.weight.raw === "" && ind.score.raw === "";
    if (PART_OF_ABOVE.test(ind.name.text) && blank && parent) {
      ind.detailOf = parent.row;
      continue;
    }
    parent = ind;
    if (!CHINESE_ORDINAL.test(ind.name.text)) continue;
    // The numbered rows under it are its parts only when their 得分 (or 分值) add up to its.
    const children: Indicator[] = [];
    for (let j = i + 1; j < rows.length && ARABIC_ORDINAL.test(rows[j]!.name.text); j++)
      children.push(rows[j]!);
    const adds = (pick: (x: Indicator) => number | null) => {
      const own = pick(ind);
      const parts = children.map(pick);
      return (
        own !== null &&
        parts.every((p) => p !== null) &&
        Math.abs(parts.reduce<number>((a, p) => a + (p ?? 0), 0) - own) < 0.005
      );
    };
    if (children.length > 0 && (adds((x) => x.score.value) || adds((x) => x.weight.value)))
      for (const child of children) child.detailOf = ind.row;
  }
}

/** A cell that is empty and not part of a merge (a merged 一级 shows its text on every row). */
function isBlankCell(view: SheetView, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  return mergeOf(view, { row, col }) === undefined && readText(view, { row, col }) === "";
}

function splitLevel1(text: string): { text: string; weight: number | null } {
  const split = splitLevel1Weight(text);
  return { text: split.name, weight: split.weight };
}

/**
 * Without a 分值 column, a 一级 group of one row takes the weight its label gives
 * ("满意度指标(10分)"); in a group of several rows each row's weight stays unknown.
 */
function weighByLevel1(view: SheetView, rows: Indicator[]): void {
  const groups = new Map<string, Indicator[]>();
  for (const ind of rows) {
    const key = `${ind.level1.address.row}:${ind.level1.address.col}`;
    groups.set(key, [...(groups.get(key) ?? []), ind]);
  }
  for (const members of groups.values()) {
    const only = members[0];
    if (members.length !== 1 || !only || only.level1Weight === null) continue;
    only.weight = {
      value: only.level1Weight,
      raw: readText(view, only.level1.address),
      address: only.level1.address,
      formula: false,
      withUnit: false,
    };
    only.weightSource = "level1";
  }
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
  // "%(百分比)", "个(文字描述)": the note in brackets is no part of the unit.
  const unit =
    columns.measure === undefined ? "" : dropNote(readText(view, at(row, columns.measure)));
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
