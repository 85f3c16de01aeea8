import {
  cellAt,
  cellText,
  mergeAt,
  normalizeText,
  type Grid,
  type PlannedWrite,
} from "../../src/core";

/**
 * An independent check of where the engine writes, from the sheet's own labels
 * rather than from the engine's reading of them (allowedCells trusts that reading,
 * so it cannot see a column mistaken for another).
 */

const fold = (text: string): string => normalizeText(text).replace(/\s+/g, "");

/** The labels of the official form; none of them is ever a value the engine may overwrite. */
export const HEADER_LABELS: ReadonlySet<string> = new Set(
  [
    "项目支出绩效自评表",
    "项目名称",
    "主管部门",
    "实施单位",
    "项目资金（万元）",
    "年度资金总额",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "年度总体目标",
    "预期目标",
    "实际完成情况",
    "年度绩效指标完成情况",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "偏差原因分析及改进措施",
    "总分",
    "合计",
  ].map(fold)
);

const INDICATOR_HEADER = [fold("一级指标"), fold("三级指标"), fold("年度指标值")];
const FUNDS_HEADER = [fold("年初预算数"), fold("全年预算数"), fold("全年执行数")];

function labelAt(g: Grid, row: number, col: number): string | null {
  const text = fold(cellText(cellAt(g, row, col)));
  return HEADER_LABELS.has(text) ? text : null;
}

/** For each row, the nearest row at or above it holding two of `anchors` (-1 when none). */
function headerRows(g: Grid, anchors: string[]): Int32Array {
  const out = new Int32Array(g.cells.length).fill(-1);
  let last = -1;
  g.cells.forEach((row, r) => {
    const found = row.filter((cell) => anchors.includes(fold(cellText(cell)))).length;
    if (found >= 2) last = g.top + r;
    out[r] = last;
  });
  return out;
}

/**
 * Why writes land on the wrong cells (empty when all are plausible): a write must
 * not replace a label on a header row, and the label heading its column on the
 * nearest header row above must be the right one (得分, or 执行率 for a rate) or
 * none at all. A label moved into a score cell may be overwritten: that cell is
 * still a computed one.
 */
export function misplacedWrites(g: Grid, writes: PlannedWrite[]): string[] {
  if (writes.length === 0) return [];
  const indicatorHeaders = headerRows(g, INDICATOR_HEADER);
  const fundsHeaders = headerRows(g, FUNDS_HEADER);
  const problems: string[] = [];
  for (const w of writes) {
    const { row, col } = w.address;
    const own = labelAt(g, row, col);
    const r = row - g.top;
    const onHeaderRow = indicatorHeaders[r] === row || fundsHeaders[r] === row;
    if (own !== null && onHeaderRow) {
      problems.push(`${w.kind} at ${row}:${col} replaces the header label ${own}`);
      continue;
    }
    const headers = w.kind === "rate" || w.kind === "funds-score" ? fundsHeaders : indicatorHeaders;
    const above = r - 1;
    const headerRow = above >= 0 ? (headers[above] ?? -1) : -1;
    if (headerRow < 0) continue;
    // A merged cell is written at its top-left: any column it spans may carry the heading.
    const merge = mergeAt(g, w.address);
    const cols: number[] = [];
    for (let c = merge?.left ?? col; c <= (merge?.right ?? col); c += 1) cols.push(c);
    const headings = cols.map((c) => labelAt(g, headerRow, c));
    const expected = fold(w.kind === "rate" ? "执行率" : "得分");
    if (!headings.some((h) => h === null || h === expected))
      problems.push(
        `${w.kind} at ${row}:${col} sits under ${headings.join("/")} (row ${headerRow})`
      );
  }
  return problems;
}
