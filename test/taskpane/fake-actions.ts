import type { Evaluation, NoFormEvaluation } from "../../src/core/evaluation";
import { identifyFindings, type Finding } from "../../src/core/findings";
import type { Form, Indicator, NumberField, TextField } from "../../src/core/form";
import type { Address } from "../../src/core/grid";
import type { PlannedWrite, WritePlan } from "../../src/core/plan";
import { MOF_2020 } from "../../src/core/profile";
import type { ProfileIssue } from "../../src/core/profile-issues";
import { planSheetNames } from "../../src/core/sheet-names";
import { sampleFinding } from "../helpers/findings";
import type {
  PaneActions,
  LoadedSettings,
  PaneSettings,
  Progress,
  Scope,
  SheetResult,
  SummaryResult,
  TemplateInput,
  WriteOutcome,
} from "../../src/taskpane/pane-actions";
import {
  pointHeader,
  withoutHint,
  type LayoutHint,
  type LayoutHints,
  type PointedHeader,
} from "../../src/core/layout-hints";
import type { FieldKey } from "../../src/core/label-dictionary";
import type { Scalar } from "../../src/core/grid";

/** A small in-memory stand-in for the workbook behind the pane, recording every call. */

/** A finding with the parameters its code takes (example values), as the engine would make it. */
export const finding = sampleFinding;

function text(value: string, row: number, col: number): TextField {
  return { text: value, address: { row, col } };
}

function num(value: number | null, row: number, col: number): NumberField {
  return {
    value,
    raw: value === null ? "" : String(value),
    address: { row, col },
    formula: false,
    withUnit: false,
  };
}

/** An indicator row with a reason cell in column I (8). */
export function indicator(row: number, name: string, reason = ""): Indicator {
  return {
    row,
    level1: text("产出指标", row, 1),
    level1Weight: null,
    level2: text("数量指标", row, 2),
    name: text(name, row, 3),
    targetText: text("≥10次", row, 4),
    actualText: text("8次", row, 5),
    target: {
      kind: "quantity",
      comparator: "≥",
      source: "canonical",
      written: "≥",
      value: 10,
      unit: "次",
    },
    actual: { kind: "number", value: 8, unit: "次" },
    weight: num(10, row, 6),
    weightSource: "cell",
    score: num(8, row, 7),
    reason: text(reason, row, 8),
    detailOf: null,
  };
}

export interface FormOptions {
  sheet: string;
  name: string;
  findings: Finding[];
  indicators?: Indicator[];
  writes?: PlannedWrite[];
  total?: number;
  rate?: number | null;
}

/** A sheet without a form, as the engine would return it: one layout.not-a-form finding. */
export function noFormEvaluation(sheet: string): NoFormEvaluation {
  const findings = [sampleFinding("layout.not-a-form", "error", 0, 0)];
  return {
    kind: "no-form",
    sheet,
    range: { top: 0, left: 0, bottom: 0, right: 0 },
    form: null,
    findings,
    plan: {
      sheet,
      writes: [],
      marks: [],
    },
    executionRate: null,
    funds: null,
    indicators: [],
    score: null,
  };
}

/** One evaluated form as the engine would return it. */
export function evaluation(options: FormOptions): Evaluation {
  const form: Form = {
    sheet: options.sheet,
    range: { top: 0, left: 0, bottom: 20, right: 8 },
    layout: [],
    header: {
      title: text("项目支出绩效自评表", 0, 0),
      year: 2021,
      yearAddress: { row: 1, col: 0 },
      name: text(options.name, 2, 1),
      dept: text("昌吉州应急管理局", 3, 1),
      unit: text("昌吉州应急管理局", 3, 6),
    },
    funds: null,
    goals: null,
    indicators: options.indicators ?? [],
    total: null,
  };
  const total = options.total ?? 87.5;
  // Numbered as evaluate numbers them: repeats of a code on one cell get "#2", "#3" ….
  const findings = identifyFindings(options.findings);
  return {
    kind: "form",
    sheet: options.sheet,
    range: form.range,
    form,
    findings,
    plan: {
      sheet: options.sheet,
      writes: options.writes ?? [],
      marks: findings.map((f) => ({ address: f.address, severity: f.severity, findings: [f.id] })),
    },
    executionRate: options.rate === undefined ? 0.982 : options.rate,
    funds: null,
    indicators: [],
    score: { total, grade: total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "中" : "差" },
  };
}

type Call = [string, ...unknown[]];

/** A deep copy, so the pane never holds the fake's own objects. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Fake actions over a list of sheet results. Writing removes the fixed findings and the
 * planned writes, like the engine would on the next validation; a reason removes its
 * reason.required finding.
 */
export class FakeActions implements PaneActions {
  calls: Call[] = [];
  settings: PaneSettings = { profile: MOF_2020, language: "zh-CN" };
  /** Why the document's stored profile was refused, as loadSettings reports it. */
  refused: ProfileIssue[] = [];
  existingSheets: string[];
  restorable = 0;
  marked = 0;
  /** Cells of earlier writes the next write reports as dropped from the restore record. */
  prunedCells = 0;
  /** What readSelection answers: the cell the user has selected in the workbook. */
  selection: { sheet: string; address: Address; value: Scalar } = {
    sheet: "Sheet1",
    address: { row: 0, col: 0 },
    value: null,
  };
  hints: LayoutHints = { version: 1, hints: [] };
  /** When set, the next call of that name rejects with it. */
  failNext: { method: keyof PaneActions; error: unknown } | null = null;

  constructor(
    public sheets: SheetResult[],
    public activeSheet = sheets[0]?.sheet ?? "Sheet1"
  ) {
    this.existingSheets = sheets.map((s) => s.sheet);
  }

  private enter(method: keyof PaneActions, ...args: unknown[]): void {
    this.calls.push([method, ...args]);
    if (this.failNext?.method === method) {
      const { error } = this.failNext;
      this.failNext = null;
      throw error;
    }
  }

  callsOf(method: keyof PaneActions): unknown[][] {
    return this.calls.filter((c) => c[0] === method).map((c) => c.slice(1));
  }

  async validate(scope: Scope, onProgress?: (progress: Progress) => void): Promise<SheetResult[]> {
    this.enter("validate", scope);
    const chosen =
      scope === "all" ? this.sheets : this.sheets.filter((s) => s.sheet === this.activeSheet);
    chosen.forEach((_, i) => onProgress?.({ done: i + 1, total: chosen.length }));
    return clone(chosen);
  }

  /** Sheets the fake's 生成汇总表 wrote, in order. */
  summaries: string[] = [];

  async writeSummary(onProgress?: (progress: Progress) => void): Promise<SummaryResult> {
    this.enter("writeSummary");
    const results = await this.validate("all", onProgress);
    this.calls.pop();
    const forms = results.flatMap((r) => r.evaluations).filter((e) => e.kind === "form");
    if (forms.length === 0) return { results, sheet: null, forms: 0, formsWithErrors: 0 };
    // Named as the core would: 汇总 is taken by a sheet of the user's in the sample.
    const sheet = planSheetNames(["汇总"], this.existingSheets)[0]!.name;
    this.summaries.push(sheet);
    return {
      results,
      sheet,
      forms: forms.length,
      formsWithErrors: forms.filter((e) => e.findings.some((f) => f.severity === "error")).length,
    };
  }

  async write(plans: WritePlan[]): Promise<WriteOutcome> {
    this.enter("write", plans);
    this.restorable = plans.reduce((n, p) => n + p.writes.length + p.marks.length, 0);
    this.marked = plans.reduce((n, p) => n + p.marks.length, 0);
    for (const result of this.sheets)
      for (const e of result.evaluations) {
        e.findings = e.findings.filter((f) => !f.fixed);
        e.plan.writes = [];
      }
    const journals = plans.map((p) => ({
      sheet: p.sheet,
      at: "2021-12-31T00:00:00Z",
      entries: [],
    }));
    return { journals, prunedCells: this.prunedCells };
  }

  async restore(): Promise<number> {
    this.enter("restore");
    const n = this.restorable;
    this.restorable = 0;
    return n;
  }

  async clearMarks(): Promise<number> {
    this.enter("clearMarks");
    const n = this.marked;
    this.marked = 0;
    return n;
  }

  async selectCell(sheet: string, address: Address): Promise<void> {
    this.enter("selectCell", sheet, address);
  }

  async writeReason(sheet: string, address: Address, reason: string): Promise<SheetResult> {
    this.enter("writeReason", sheet, address, reason);
    const result = this.sheets.find((s) => s.sheet === sheet);
    if (!result) throw new Error(`no sheet ${sheet}`);
    for (const e of result.evaluations) {
      const row = e.form?.indicators.find((i) => i.reason?.address.row === address.row);
      if (row?.reason) row.reason.text = reason;
      e.findings = e.findings.filter(
        (f) => !(f.code === "reason.required" && f.address.row === address.row)
      );
    }
    return clone(result);
  }

  async planTemplateSheets(inputs: TemplateInput[]) {
    this.enter("planTemplateSheets", inputs);
    return planSheetNames(
      inputs.map((i) => i.name),
      this.existingSheets
    );
  }

  async insertTemplates(inputs: TemplateInput[]): Promise<string[]> {
    this.enter("insertTemplates", inputs);
    const names = planSheetNames(
      inputs.map((i) => i.name),
      this.existingSheets
    ).map((p) => p.name);
    this.existingSheets.push(...names);
    return names;
  }

  async loadHints(): Promise<LayoutHints> {
    this.enter("loadHints");
    return clone(this.hints);
  }

  async pointOutHeader(sheet: string, field: FieldKey): Promise<PointedHeader> {
    this.enter("pointOutHeader", sheet, field);
    const pointed = pointHeader(this.hints, field, sheet, this.selection);
    if (pointed.ok) this.hints = clone(pointed.hints);
    return clone(pointed);
  }

  async removeHint(hint: LayoutHint): Promise<LayoutHints> {
    this.enter("removeHint", hint);
    this.hints = withoutHint(this.hints, hint);
    return clone(this.hints);
  }

  async loadSettings(): Promise<LoadedSettings> {
    this.enter("loadSettings");
    return { ...this.settings, refused: this.refused };
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    this.enter("saveSettings", settings);
    this.settings = settings;
    this.refused = [];
  }
}

export const SHEET = "应急演练";

/**
 * The pane's usual workbook: a form on 应急演练 whose plan writes 执行率 (H6) and one score (H15)
 * and marks its findings, and a sheet 汇总 without a form.
 */
export function sampleActions(): FakeActions {
  const reasonRow = indicator(14, "应急演练次数");
  return new FakeActions([
    {
      sheet: SHEET,
      evaluations: [
        evaluation({
          sheet: SHEET,
          name: "应急管理专项经费",
          total: 87.5,
          rate: 0.982,
          indicators: [indicator(13, "培训人次", "已说明"), reasonRow],
          findings: [
            finding("funds.rate-wrong", "error", 5, 7, true),
            finding("reason.required", "error", 14, 8),
            finding("goals.copied", "warning", 10, 5),
            finding("total.grade", "info", 20, 7),
          ],
          writes: [
            {
              address: { row: 5, col: 7 },
              kind: "rate",
              value: 0.982,
              format: "0.00%",
              previous: 0.95,
            },
            { address: { row: 14, col: 7 }, kind: "indicator-score", value: 8, previous: 10 },
          ],
        }),
      ],
    },
    {
      sheet: "汇总",
      evaluations: [noFormEvaluation("汇总")],
    },
  ]);
}
