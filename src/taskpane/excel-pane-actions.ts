import {
  buildTemplate,
  formatTemplateIssue,
  LANGS,
  parseTemplateInput,
  planSheetNames,
  pointHeader,
  withoutHint,
  TEMPLATE_ROWS,
  validateSheets,
  writeSummarySheet,
  type Lang,
  type SheetValidation,
  type ValidationTarget,
  type TemplateInput,
} from "../core";
import {
  createExcelPort,
  ExcelFaultError,
  faultText,
  readDocumentHints,
  readDocumentSettings,
  saveDocumentHints,
  saveDocumentSettings,
  type ExcelPort,
  type OfficeHost,
} from "../excel";
import {
  PaneFault,
  type LoadedSettings,
  type PaneActions,
  type Progress,
  type SheetResult,
} from "./pane-actions";

/** Words a text in each of the pane's languages. */
function inEachLang(word: (lang: Lang) => string): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, word(lang)])) as Record<Lang, string>;
}

/** An Excel shell error as a pane fault, worded by the shell; anything else passes through. */
function toPaneFaultFromExcel(error: unknown): unknown {
  if (!(error instanceof ExcelFaultError)) return error;
  const { fault } = error;
  return new PaneFault(
    fault.kind,
    fault.sheet,
    fault.code,
    inEachLang((lang) => faultText(fault, lang))
  );
}

async function guarded<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw toPaneFaultFromExcel(error);
  }
}

export interface ExcelPaneOptions {
  /** The Office host (the Office.js globals by default; the fake host in the playground). */
  host?: OfficeHost;
  /** An existing port, e.g. one with a test clock. */
  port?: ExcelPort;
  /** Language when the document has no saved settings. */
  language?: Lang;
}

/** The pane's actions over the Office.js shell in src/excel: no sheet reading of its own. */
export function createExcelPaneActions(options: ExcelPaneOptions = {}): PaneActions {
  const port = options.port ?? createExcelPort(options.host ? { host: options.host } : {});
  const fallbackLanguage = options.language ?? "zh-CN";
  let settings: LoadedSettings | null = null;
  const current = (): LoadedSettings => (settings ??= readDocumentSettings(port, fallbackLanguage));

  const read = (target: ValidationTarget, onProgress?: (progress: Progress) => void) =>
    validateSheets(port, target, {
      profile: current().profile,
      // Read each time, not cached: the hints change only through this pane, but a cached copy
      // would outlive a document reopened under the same pane.
      hints: readDocumentHints(port).hints,
      ...(onProgress ? { onProgress: (done, total) => onProgress({ done, total }) } : {}),
    });
  const resultsOf = (validated: SheetValidation[]): SheetResult[] =>
    validated.map(({ sheet, evaluations }) => ({ sheet, evaluations }));
  const validate = async (
    target: ValidationTarget,
    onProgress?: (progress: Progress) => void
  ): Promise<SheetResult[]> => resultsOf(await read(target, onProgress));

  const checkInputs = (inputs: TemplateInput[]): void => {
    for (const input of inputs) {
      const parsed = parseTemplateInput(input);
      if (parsed.success) continue;
      const words = inEachLang((lang) =>
        parsed.issues
          .map((issue) => formatTemplateIssue(issue, lang))
          .map((text) =>
            lang === "zh-CN" ? `${input.name}：${text}。` : `${input.name}: ${text}. `
          )
          .join("")
      );
      throw new PaneFault("unknown", undefined, "invalid template input", words);
    }
  };

  return {
    validate: (scope, onProgress) => guarded(() => validate(scope, onProgress)),

    writeSummary: (onProgress) =>
      guarded(async () => {
        // The workbook as it is now, read once: the summary and the pane show the same forms.
        const validated = await read("all", onProgress);
        const { summary, sheet } = await writeSummarySheet(port, validated, current().language);
        return {
          results: resultsOf(validated),
          sheet,
          forms: summary.totals.forms,
          formsWithErrors: summary.totals.formsWithErrors,
        };
      }),

    write: (plans) => guarded(() => port.applyPlans(plans)),
    restore: () => guarded(() => port.restoreSaved()),
    clearMarks: () => guarded(() => port.clearSavedMarks()),
    selectCell: (sheet, address) => guarded(() => port.selectCell(sheet, address)),

    writeReason: (sheet, address, text) =>
      guarded(async () => {
        await port.writeCell(sheet, address, text);
        const [result] = await validate({ names: [sheet] });
        return result ?? { sheet, evaluations: [] };
      }),

    planTemplateSheets: (inputs) =>
      guarded(async () => {
        checkInputs(inputs);
        const existing = await port.sheetNames();
        return planSheetNames(
          inputs.map((i) => i.sheetName ?? i.name),
          existing
        );
      }),

    insertTemplates: (inputs) =>
      guarded(async () => {
        checkInputs(inputs);
        const profile = current().profile;
        const names = await port.insertSheets(inputs.map((input) => buildTemplate(input, profile)));
        // Show the first new form, as Excel does with a sheet the user inserts. The sheets
        // exist by now: failing to show one must not report the insertion as failed, or a
        // retry would add "新项目 (2)".
        if (names[0] !== undefined)
          await port
            .selectCell(names[0], { row: TEMPLATE_ROWS.name, col: 1 })
            .catch(() => undefined);
        return names;
      }),

    loadHints: () => guarded(async () => readDocumentHints(port)),

    pointOutHeader: (sheet, field) =>
      guarded(async () => {
        const pointed = pointHeader(
          readDocumentHints(port),
          field,
          sheet,
          await port.readSelection()
        );
        if (pointed.ok) await saveDocumentHints(port, pointed.hints);
        return pointed;
      }),

    removeHint: (hint) =>
      guarded(async () => {
        const left = withoutHint(readDocumentHints(port), hint);
        await saveDocumentHints(port, left);
        return left;
      }),

    loadSettings: () => guarded(async () => current()),

    saveSettings: (next) =>
      guarded(async () => {
        await saveDocumentSettings(port, next);
        settings = { ...next, refused: [] };
      }),
  };
}
