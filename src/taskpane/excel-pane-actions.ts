import {
  buildTemplate,
  planSheetNames,
  pointHeader,
  withoutHint,
  TEMPLATE_ROWS,
  validateSheets,
  writeSummarySheet,
  type Lang,
  type SheetValidation,
  type ValidationTarget,
} from "../core";
import {
  createExcelPort,
  ExcelFaultError,
  faultText,
  readDocumentHints,
  readDocumentSettings,
  updateDocumentHints,
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
import { checkTemplateInputs as checkInputs, inEachLang } from "./template-inputs";

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
  // Only the pane saves the settings, so it reads them once (the ribbon only reads them).
  let settings: Promise<LoadedSettings> | null = null;
  const current = (): Promise<LoadedSettings> =>
    (settings ??= readDocumentSettings(port, fallbackLanguage));

  const read = async (
    target: ValidationTarget,
    onProgress?: (progress: Progress) => void
  ): Promise<SheetValidation[]> =>
    validateSheets(port, target, {
      profile: (await current()).profile,
      // Read each time, not cached: another runtime or a document reopened under the same pane
      // may have changed them.
      hints: (await readDocumentHints(port)).hints,
      ...(onProgress ? { onProgress: (done, total) => onProgress({ done, total }) } : {}),
    });
  const resultsOf = (validated: SheetValidation[]): SheetResult[] =>
    validated.map(({ sheet, evaluations }) => ({ sheet, evaluations }));
  const validate = async (
    target: ValidationTarget,
    onProgress?: (progress: Progress) => void
  ): Promise<SheetResult[]> => resultsOf(await read(target, onProgress));

  return {
    validate: (scope, onProgress) => guarded(() => validate(scope, onProgress)),

    writeSummary: (onProgress) =>
      guarded(async () => {
        // The workbook as it is now, read once: the summary and the pane show the same forms.
        const validated = await read("all", onProgress);
        const language = (await current()).language;
        const { summary, sheet } = await writeSummarySheet(port, validated, language);
        return {
          results: resultsOf(validated),
          sheet,
          forms: summary.totals.forms,
          formsWithErrors: summary.totals.formsWithErrors,
        };
      }),

    write: (plans) =>
      guarded(async () => {
        const journals = await port.applyPlans(plans);
        return { journals, prunedCells: port.journalPruned() };
      }),
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
        const profile = (await current()).profile;
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

    loadHints: () => guarded(() => readDocumentHints(port)),

    pointOutHeader: (sheet, field) =>
      guarded(async () => {
        const selection = await port.readSelection();
        // Checked on the hints as they are now, and saved only when the header is accepted.
        const pointed = pointHeader(await readDocumentHints(port), field, sheet, selection);
        if (!pointed.ok) return pointed;
        let saved = pointed;
        await updateDocumentHints(port, (hints) => {
          const again = pointHeader(hints, field, sheet, selection);
          if (again.ok) saved = again;
          return again.ok ? again.hints : hints;
        });
        return saved;
      }),

    removeHint: (hint) =>
      guarded(async () => {
        let left = await readDocumentHints(port);
        await updateDocumentHints(port, (hints) => (left = withoutHint(hints, hint)));
        return left;
      }),

    loadSettings: () => guarded(async () => current()),

    saveSettings: (next) =>
      guarded(async () => {
        await saveDocumentSettings(port, next);
        settings = Promise.resolve({ ...next, refused: [] });
      }),
  };
}
