import type { Cell, Grid } from "../../src/core";
import { cleanForm, layForm, type FormSpec } from "./form-builder";
import { pct } from "./grid";
import { loadSampleGrids } from "./sample";

/**
 * The eight-form workbook the 汇总表 is tested on, at every layer: the three real forms of
 * sample-2021.xlsx, then five built ones that each bring what a summary must show — amounts
 * in 元 (converted), a form with errors, a 偏差原因 missing and a 总分 written wrong, and a
 * sheet holding two forms, one of them with a score awaiting judgement (no 总分). A blank
 * sheet (left out) and a sheet of notes (listed as not a form) complete it.
 */

export const SUMMARY_SAMPLE_SHEETS = {
  reserve: "应急物资储备",
  yuan: "救援队伍建设（元）",
  faulty: "宣传教育",
  pair: "两个项目",
  blank: "Sheet9",
  notes: "填表说明",
} as const;

/** A clean form with other amounts, its 执行率 and funds 得分 written right. */
function withFunds(spec: FormSpec, budget: number, executed: number, fundsScore: number): void {
  spec.funds.initial = budget;
  spec.funds.budget = budget;
  spec.funds.executed = executed;
  spec.funds.rate = pct(executed / budget, "0.00%");
  spec.funds.score = fundsScore;
  spec.fundRows.current = [budget, budget, executed];
}

function reserve(): Grid {
  const spec = cleanForm();
  spec.name = "应急物资储备项目";
  spec.dept = "应急管理局";
  spec.unit = "物资保障中心";
  // 45 / 50 = 90%: the funds score 9, the total 99.
  withFunds(spec, 50, 45, 9);
  spec.total.score = 99;
  return layForm(spec, { sheet: SUMMARY_SAMPLE_SHEETS.reserve, spacer: false });
}

function yuan(): Grid {
  const spec = cleanForm();
  spec.name = "救援队伍建设项目";
  spec.dept = "应急管理局";
  spec.unit = "救援支队";
  withFunds(spec, 387664.62, 387664.62, 10);
  spec.rows[3]!.target = "≤5000元";
  spec.rows[3]!.actual = "4500元";
  const g = layForm(spec, { sheet: SUMMARY_SAMPLE_SHEETS.yuan, spacer: false });
  g.cells[4]![0] = { value: "项目资金（元）" };
  return g;
}

function faulty(): Grid {
  const spec = cleanForm();
  spec.name = "安全生产宣传教育项目";
  // An error: 主管部门 left blank.
  spec.dept = null;
  spec.unit = "宣传科";
  withFunds(spec, 12.5, 12.5, 10);
  // 8 of at least 10: the row scores 16 and needs a 偏差原因, which it lacks.
  spec.rows[0]!.actual = "8次";
  spec.rows[0]!.score = 16;
  // Written as if every row had full marks: the rules give 96.
  spec.total.score = 100;
  return layForm(spec, { sheet: SUMMARY_SAMPLE_SHEETS.faulty, spacer: false });
}

/** Two forms on one sheet: the second's 效益 score is left for the accountant to judge. */
function pair(): Grid {
  const first = cleanForm();
  first.name = "基层应急能力提升项目";
  first.dept = "应急管理局";
  first.unit = "基层科";
  withFunds(first, 8, 8, 10);
  const second = cleanForm();
  second.name = "应急广播建设项目";
  second.dept = "应急管理局";
  second.unit = "信息中心";
  withFunds(second, 30, 24, 8);
  second.rows[4]!.actual = "部分达成";
  second.rows[4]!.score = null;
  second.total.score = null;
  const top = layForm(first, { sheet: SUMMARY_SAMPLE_SHEETS.pair, spacer: false });
  const gap = top.cells.length + 2;
  const bottom = layForm(second, { sheet: SUMMARY_SAMPLE_SHEETS.pair, spacer: false, top: gap });
  return {
    ...top,
    cells: [...top.cells, [], [], ...bottom.cells.slice(gap)],
    merges: [...top.merges, ...bottom.merges],
  };
}

function sheetOf(sheet: string, rows: (string | null)[][]): Grid {
  const cells: Cell[][] = rows.map((row) => row.map((value) => ({ value })));
  return { sheet, top: 0, left: 0, cells, merges: [] };
}

/** The eight forms on seven sheets, and the blank and notes sheets, in workbook order. */
export async function summarySample(): Promise<Grid[]> {
  const real = await loadSampleGrids();
  return [
    ...real,
    reserve(),
    yuan(),
    faulty(),
    pair(),
    sheetOf(SUMMARY_SAMPLE_SHEETS.blank, []),
    sheetOf(SUMMARY_SAMPLE_SHEETS.notes, [["填表说明"], ["金额单位为万元，请勿改动表格结构。"]]),
  ];
}
