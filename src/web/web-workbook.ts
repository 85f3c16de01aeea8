import type ExcelJS from "exceljs";
import {
  buildTemplate,
  planSheetNames,
  pointHeader,
  readSettings,
  storedHints,
  TEMPLATE_ROWS,
  toStoredSettings,
  validateSheets,
  withoutHint,
  writeSummarySheet,
  type Address,
  type Journal,
  type Lang,
  type LayoutHints,
  type ProfileIssue,
  type SheetValidation,
} from "../core";
import {
  formatProblem,
  parseWorkbook,
  readCell,
  readGrid,
  unkeptNames,
  writtenBytes,
  XlsxWorkbookPort,
  type UnkeptFeature,
  type WorkbookProblem,
} from "../xlsx";
import type { PaneActions, PaneSettings, SheetResult } from "../taskpane/pane-actions";
import { checkTemplateInputs, inEachLang } from "../taskpane/template-inputs";
import { checkFormat } from "./format-check";
import { hintsKey, pageStorage, SETTINGS_KEY, type PageStorage } from "./page-storage";
import type { OpenedWorkbook, OpenOutcome, OpenStage } from "./opened";

/**
 * The web page's workbook: an exceljs workbook read from the user's file, the .xlsx port over
 * it, and the pane's actions over that port. Plans are applied with the port's journal as the
 * CLI's --write applies them, so 恢复 is exact; what is downloaded is this workbook written
 * back by exceljs, so everything exceljs keeps is kept and only planned cells and typed
 * reasons change. Settings and layout hints are kept in the browser (page-storage.ts), since
 * an .xlsx written by exceljs has no place for the add-in's document settings; journals (恢复)
 * live for the page's session, as the workbook they restore does.
 */

/** Lets the browser paint and take input between sheets, so a 40-sheet workbook never freezes the page. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function failed(problem: WorkbookProblem): OpenOutcome {
  return {
    ok: false,
    message: inEachLang((lang) => formatProblem(problem, lang)),
    // An .xls or a WPS .et: the page tells how to save it as .xlsx, in Excel and in WPS.
    oldFormat: problem.code === "old-xls" || problem.code === "ole2",
  };
}

class WebWorkbook implements OpenedWorkbook {
  readonly port: XlsxWorkbookPort;
  readonly unkeptNames: Record<Lang, string>;
  readonly actions: PaneActions;
  private active: string;
  private selected: { sheet: string; address: Address } | null = null;
  private readonly listeners = new Set<() => void>();
  private journals: Journal[] = [];
  private hints: LayoutHints;
  private settings: PaneSettings;
  /** Why the stored profile was refused (mof-2020 then scores), said once by the pane. */
  private refused: readonly ProfileIssue[];
  private changes = 0;

  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly file: string,
    readonly unkept: UnkeptFeature[],
    language: Lang,
    private readonly storage: PageStorage
  ) {
    this.unkeptNames = inEachLang((lang) => unkeptNames(unkept, lang));
    this.port = new XlsxWorkbookPort(workbook);
    const shown =
      workbook.worksheets.find((ws) => ws.state === "visible") ?? workbook.worksheets[0];
    this.active = shown?.name ?? "";
    const { refused, ...settings } = readSettings(storage.read(SETTINGS_KEY), language);
    this.settings = settings;
    this.refused = refused;
    this.hints = storedHints(storage.read(hintsKey(file)));
    this.actions = this.makeActions();
  }

  sheetNames(): string[] {
    return this.workbook.worksheets.filter((ws) => ws.state !== "veryHidden").map((ws) => ws.name);
  }

  activeSheet(): string {
    return this.active;
  }

  activate(sheet: string): void {
    if (sheet === this.active || !this.workbook.getWorksheet(sheet)) return;
    this.active = sheet;
    this.notify();
  }

  selection() {
    return this.selected;
  }

  select(sheet: string, address: Address): void {
    this.active = sheet;
    this.selected = { sheet, address };
    this.notify();
  }

  grid(sheet: string) {
    const ws = this.worksheet(sheet);
    return readGrid(ws, this.workbook.properties?.date1904 === true);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  revision(): number {
    return this.changes;
  }

  async toBytes(): Promise<Uint8Array> {
    // As the command line writes a copy: exceljs's bytes with the file's default style put back.
    return writtenBytes(this.workbook);
  }

  private keepHints(hints: LayoutHints): LayoutHints {
    this.hints = hints;
    this.storage.write(hintsKey(this.file), hints);
    return hints;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private touched(): void {
    this.changes += 1;
    this.notify();
  }

  private worksheet(sheet: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`工作表“${sheet}”不存在 (no sheet named "${sheet}")`);
    return ws;
  }

  /** Validates sheet by sheet, yielding to the browser between them. */
  private async validateEach(
    names: string[],
    onProgress?: (done: number, total: number) => void
  ): Promise<SheetValidation[]> {
    const validated: SheetValidation[] = [];
    for (const [index, name] of names.entries()) {
      const [sheet] = await validateSheets(
        this.port,
        { names: [name] },
        {
          profile: this.settings.profile,
          hints: this.hints.hints,
        }
      );
      if (sheet) validated.push(sheet);
      onProgress?.(index + 1, names.length);
      await nextTask();
    }
    return validated;
  }

  private async validate(
    names: string[],
    onProgress?: (done: number, total: number) => void
  ): Promise<SheetResult[]> {
    const validated = await this.validateEach(names, onProgress);
    return names.map((name) => ({
      sheet: name,
      evaluations: validated.find((v) => v.sheet === name)?.evaluations ?? [],
    }));
  }

  private makeActions(): PaneActions {
    const cellOf = (sheet: string, address: Address): ExcelJS.Cell => {
      const cell = this.worksheet(sheet).getCell(address.row + 1, address.col + 1);
      return cell.isMerged ? cell.master : cell;
    };
    const countEntries = (journals: Journal[]) =>
      journals.reduce((sum, j) => sum + j.entries.length, 0);
    return {
      validate: (scope, onProgress) =>
        this.validate(
          scope === "active" ? [this.active] : this.sheetNames(),
          onProgress ? (done, total) => onProgress({ done, total }) : undefined
        ),

      writeSummary: async (onProgress) => {
        // The same 汇总表 as in Excel, through the same port contract; the page then shows it.
        const validated = await this.validateEach(
          this.sheetNames(),
          onProgress ? (done, total) => onProgress({ done, total }) : undefined
        );
        const { summary, sheet } = await writeSummarySheet(
          this.port,
          validated,
          this.settings.language
        );
        if (sheet !== null) {
          this.active = sheet;
          this.touched();
        }
        return {
          results: validated.map(({ sheet: name, evaluations }) => ({ sheet: name, evaluations })),
          sheet,
          forms: summary.totals.forms,
          formsWithErrors: summary.totals.formsWithErrors,
        };
      },

      write: async (plans) => {
        const journals = await this.port.applyPlans(plans);
        this.journals.push(...journals);
        this.touched();
        // The page keeps every journal in memory: nothing is dropped to fit a document's limit.
        return { journals, prunedCells: 0 };
      },

      restore: async () => {
        const count = countEntries(this.journals);
        if (count === 0) return 0;
        await this.port.restore(this.journals);
        this.journals = [];
        this.touched();
        return count;
      },

      clearMarks: async () => {
        const count = countEntries(this.journals);
        if (count > 0) {
          await this.port.clearMarks(this.journals);
          this.touched();
        }
        return count;
      },

      selectCell: async (sheet, address) => this.select(sheet, address),

      writeReason: async (sheet, address, text) => {
        // Typed text stays text: exceljs writes a string as a shared string, never a formula.
        cellOf(sheet, address).value = text;
        this.touched();
        const [result] = await this.validate([sheet]);
        return result ?? { sheet, evaluations: [] };
      },

      planTemplateSheets: async (inputs) => {
        checkTemplateInputs(inputs);
        return planSheetNames(
          inputs.map((i) => i.sheetName ?? i.name),
          await this.port.sheetNames()
        );
      },

      insertTemplates: async (inputs) => {
        checkTemplateInputs(inputs);
        const profile = this.settings.profile;
        const names = await this.port.insertSheets(
          inputs.map((input) => buildTemplate(input, profile))
        );
        if (names[0] !== undefined) this.select(names[0], { row: TEMPLATE_ROWS.name, col: 1 });
        this.touched();
        return names;
      },

      loadHints: async () => this.hints,

      pointOutHeader: async (sheet, field) => {
        const picked = this.selected ?? { sheet: this.active, address: { row: 0, col: 0 } };
        const value = readCell(cellOf(picked.sheet, picked.address), false).value;
        const pointed = pointHeader(this.hints, field, sheet, { ...picked, value });
        if (pointed.ok) this.keepHints(pointed.hints);
        return pointed;
      },

      removeHint: async (hint) => this.keepHints(withoutHint(this.hints, hint)),

      loadSettings: async () => ({ ...this.settings, refused: this.refused }),

      saveSettings: async (next) => {
        this.settings = next;
        this.refused = [];
        this.storage.write(SETTINGS_KEY, toStoredSettings(next));
      },
    };
  }
}

/** The name the scored copy is downloaded under: the user's, marked, always .xlsx. */
export function scoredFileName(file: string): string {
  const stem = file.replace(/\.(xlsx|xlsm|xls|et)$/i, "");
  return `${stem}（已评分）.xlsx`;
}

/**
 * Checks and parses a file the user picked; says which problem stops it, in each language.
 * `onStage` reports each step, and the browser paints between them.
 */
export async function openWorkbookFile(
  bytes: Uint8Array,
  file: string,
  language: Lang,
  onStage: (stage: OpenStage) => void = () => undefined,
  storage: PageStorage = pageStorage()
): Promise<OpenOutcome> {
  onStage("checking");
  await nextTask();
  const checked = checkFormat(bytes);
  if (!checked.ok) return failed(checked.problem);
  onStage("parsing");
  await nextTask();
  // The same reading as the command line's: the package audited for what a copy would lose,
  // LibreOffice's and WPS's spellings normalised, then exceljs (src/xlsx/parse-workbook.ts).
  const parsed = await parseWorkbook(bytes);
  if (!parsed.ok) return failed(parsed.problem);
  onStage("ready");
  return {
    ok: true,
    workbook: new WebWorkbook(parsed.workbook, file, parsed.unkept, language, storage),
  };
}
