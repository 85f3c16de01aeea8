import type { Address } from "../core/grid";
import { toA1 } from "../core/address";
import type { Finding } from "../core/findings";
// A type only: the engine (zod, the label dictionary) stays out of the pane's first download.
import type { LayoutHint } from "../core/layout-hints";
import type { SheetNamePlan } from "../core/sheet-names";
import {
  toPaneFault,
  type PaneActions,
  type LoadedSettings,
  type PaneSettings,
  type Scope,
  type SheetResult,
  type TemplateInput,
} from "./pane-actions";
import { isSamePreview, mappingOf, previewWrites } from "./pane-model";
import type { Notice, PaneEvent, PaneState } from "./pane-state";

/** Where the controller reads the current state and sends its events (React's or a test's). */
export interface PaneStore {
  getState(): PaneState;
  dispatch(event: PaneEvent): void;
}

/** What the pane's buttons do: each a sequence of actions and the events it produces. */
export interface PaneController {
  validate(scope: Scope): Promise<void>;
  writeSummary(): Promise<void>;
  select(sheet: string, finding: Finding, key: string): void;
  /** 指定列/指定区域: waits for the user to select the header the finding says is missing. */
  startMapping(sheet: string, finding: Finding, key: string, name: string): void;
  /** Takes the selected cell as the header being mapped, keeps it with the document, validates again. */
  confirmMapping(): Promise<void>;
  cancelMapping(): void;
  /** Removes a layout hint from the document and validates again; `name` is its field's. */
  removeHint(hint: LayoutHint, name: string): Promise<void>;
  saveReason(sheet: string, cell: Address, text: string): Promise<void>;
  showPreview(): void;
  write(): Promise<void>;
  restore(): Promise<void>;
  clearMarks(): Promise<void>;
  loadSettings(): Promise<LoadedSettings | undefined>;
  saveSettings(next: PaneSettings): Promise<void>;
  planTemplates(inputs: TemplateInput[]): Promise<SheetNamePlan[] | undefined>;
  createTemplates(inputs: TemplateInput[]): Promise<string[] | undefined>;
}

/** The pane's sequences over its actions; no React, so tests drive it with a plain store. */
export function createPaneController(actions: PaneActions, store: PaneStore): PaneController {
  const { dispatch } = store;
  const notify = (intent: "success" | "info" | "warning", notice: Notice) =>
    dispatch({ type: "status-shown", status: { kind: "notice", intent, notice } });

  /** Runs one action with the pane busy; a failure becomes a fault shown, never an exception. */
  async function run<T>(task: () => Promise<T>): Promise<T | undefined> {
    dispatch({ type: "action-started" });
    try {
      return await task();
    } catch (error) {
      dispatch({ type: "action-failed", fault: toPaneFault(error) });
      return undefined;
    } finally {
      dispatch({ type: "action-finished" });
    }
  }

  /** Validates the last scope again after a change, inside an action already running. */
  async function refresh(): Promise<void> {
    const { results, scope } = store.getState();
    if (results) dispatch({ type: "revalidated", results: await actions.validate(scope) });
  }

  /** Shows a validation's results, warns of a refused profile, and loads the hints beside them. */
  async function showValidated(
    scope: Scope,
    results: SheetResult[],
    refused: LoadedSettings["refused"]
  ): Promise<void> {
    dispatch({ type: "validated", scope, results });
    // The document's profile was refused and mof-2020 scored instead: say so every time.
    const [issue] = refused;
    if (issue) notify("warning", { code: "profileRefused", params: { issue } });
    // The hints list is shown beside the results; a failure to read it is no validation failure.
    const hints = await actions.loadHints().catch(() => null);
    if (hints) dispatch({ type: "hints-loaded", hints: hints.hints });
  }

  return {
    async validate(scope) {
      const found = await run(async () => {
        const results = await actions.validate(scope, (progress) =>
          dispatch({ type: "action-progressed", progress })
        );
        return { results, settings: await actions.loadSettings() };
      });
      if (found) await showValidated(scope, found.results, found.settings.refused);
    },

    async writeSummary() {
      const done = await run(async () => {
        const written = await actions.writeSummary((progress) =>
          dispatch({ type: "action-progressed", progress })
        );
        return { written, settings: await actions.loadSettings() };
      });
      if (!done) return;
      const { written } = done;
      if (written.sheet === null) notify("info", { code: "summaryNothing" });
      else
        notify("success", {
          code: "summaryWritten",
          params: {
            sheet: written.sheet,
            forms: written.forms,
            withErrors: written.formsWithErrors,
          },
        });
      // A refused profile outranks the summary's notice: its figures are mof-2020's then.
      await showValidated("all", written.results, done.settings.refused);
    },

    select(sheet, finding, key) {
      dispatch({ type: "finding-selected", key });
      actions.selectCell(sheet, finding.address).catch((error: unknown) => {
        dispatch({ type: "action-failed", fault: toPaneFault(error) });
      });
    },

    startMapping(sheet, finding, key, name) {
      const what = mappingOf(finding);
      if (!what) return;
      dispatch({ type: "mapping-started", mapping: { sheet, key, name, ...what } });
      // Show the user where the reader looked: the header is usually next to this cell.
      actions.selectCell(sheet, finding.address).catch(() => undefined);
    },

    cancelMapping() {
      dispatch({ type: "mapping-ended" });
    },

    async confirmMapping() {
      const { mapping } = store.getState();
      if (!mapping) return;
      const pointed = await run(async () => {
        const outcome = await actions.pointOutHeader(mapping.sheet, mapping.field);
        if (outcome.ok) {
          dispatch({ type: "hints-loaded", hints: outcome.hints.hints });
          await refresh();
        }
        return outcome;
      });
      if (!pointed) return;
      if (!pointed.ok) {
        // The pane keeps waiting: the user selects again and confirms.
        notify(
          "warning",
          pointed.refusal === "other-sheet"
            ? {
                code: "mappingOtherSheet",
                params: { sheet: mapping.sheet, picked: pointed.picked },
              }
            : { code: "mappingRefused", params: { cell: pointed.cell, refusal: pointed.refusal } }
        );
        return;
      }
      dispatch({ type: "mapping-ended" });
      notify("success", {
        code: "mappingSaved",
        params: { cell: pointed.hint.cell ?? "", text: pointed.hint.text, name: mapping.name },
      });
    },

    async removeHint(hint, name) {
      const left = await run(async () => {
        const hints = await actions.removeHint(hint);
        dispatch({ type: "hints-loaded", hints: hints.hints });
        await refresh();
        return hints;
      });
      if (left) notify("success", { code: "hintRemoved", params: { name, text: hint.text } });
    },

    async saveReason(sheet, cell, text) {
      const updated = await run(() => actions.writeReason(sheet, cell, text));
      if (!updated) return;
      dispatch({ type: "sheet-revalidated", result: updated });
      dispatch({ type: "preview-closed" });
      notify("success", { code: "reasonSaved", params: { cell: toA1(cell) } });
    },

    showPreview() {
      const { results } = store.getState();
      if (results) dispatch({ type: "preview-shown", preview: previewWrites(results) });
    },

    async write() {
      const { preview, scope } = store.getState();
      if (!preview) return;
      const outcome = await run(async () => {
        // The pane does not lock the workbook: read it again so what is written is what was shown.
        const fresh = await actions.validate(scope);
        const now = previewWrites(fresh);
        if (!isSamePreview(now, preview)) {
          dispatch({ type: "revalidated", results: fresh });
          dispatch({ type: "preview-shown", preview: now });
          return "changed" as const;
        }
        const written = await actions.write(now.plans);
        await refresh();
        return written.prunedCells;
      });
      if (outcome === "changed") {
        notify("warning", { code: "previewChanged" });
        return;
      }
      if (outcome === undefined) return;
      dispatch({ type: "preview-closed" });
      const params = { cells: preview.rows.length, marks: preview.marks };
      if (outcome > 0)
        notify("warning", { code: "writtenPruned", params: { ...params, pruned: outcome } });
      else notify("success", { code: "written", params });
    },

    async restore() {
      const count = await run(async () => {
        const n = await actions.restore();
        if (n > 0) await refresh();
        return n;
      });
      if (count === undefined) return;
      dispatch({ type: "preview-closed" });
      if (count > 0) notify("success", { code: "restored", params: { cells: count } });
      else notify("info", { code: "nothingToRestore" });
    },

    async clearMarks() {
      const count = await run(() => actions.clearMarks());
      if (count === undefined) return;
      if (count > 0) notify("success", { code: "marksCleared", params: { cells: count } });
      else notify("info", { code: "nothingToClear" });
    },

    loadSettings: () => run(() => actions.loadSettings()),

    async saveSettings(next) {
      const saved = await run(async () => {
        await actions.saveSettings(next);
        await refresh();
        return true;
      });
      if (!saved) return;
      dispatch({ type: "language-changed", language: next.language });
      notify("success", { code: "settingsSaved" });
    },

    planTemplates: (inputs) => run(() => actions.planTemplateSheets(inputs)),

    async createTemplates(inputs) {
      const names = await run(() => actions.insertTemplates(inputs));
      if (names) notify("success", { code: "created", params: { names: names.join("、") } });
      return names;
    },
  };
}
