import { PaneFault, type PaneActions } from "./pane-actions";

/**
 * Pane actions whose implementation (the engine, the Excel shell and zod) arrives in a
 * chunk of its own. Loading starts when `preloadAfter` settles (the pane's first paint, so
 * running the chunk does not hold the buttons back) or at the first call, whichever comes
 * first; the first click rarely waits. A failed load becomes a fault on that click.
 */
export function lazyActions(
  load: () => Promise<PaneActions>,
  preloadAfter: Promise<unknown> = Promise.resolve()
): PaneActions {
  let loading: Promise<PaneActions> | null = null;
  const ready = (): Promise<PaneActions> => {
    if (!loading) {
      loading = load();
      // Keep a preload's failure from being reported as unhandled; each call sees it.
      loading.catch(() => undefined);
    }
    return loading;
  };
  const preload = () => void ready();
  preloadAfter.then(preload, preload);
  const later =
    <K extends keyof PaneActions>(key: K) =>
    async (...args: Parameters<PaneActions[K]>): Promise<Awaited<ReturnType<PaneActions[K]>>> => {
      let actions: PaneActions;
      try {
        actions = await ready();
      } catch (error) {
        throw new PaneFault(
          "unknown",
          undefined,
          error instanceof Error ? error.message : String(error)
        );
      }
      const method = actions[key] as (
        ...a: Parameters<PaneActions[K]>
      ) => ReturnType<PaneActions[K]>;
      return await method.apply(actions, args);
    };
  return {
    validate: later("validate"),
    writeSummary: later("writeSummary"),
    write: later("write"),
    restore: later("restore"),
    clearMarks: later("clearMarks"),
    selectCell: later("selectCell"),
    writeReason: later("writeReason"),
    planTemplateSheets: later("planTemplateSheets"),
    insertTemplates: later("insertTemplates"),
    loadHints: later("loadHints"),
    pointOutHeader: later("pointOutHeader"),
    removeHint: later("removeHint"),
    loadSettings: later("loadSettings"),
    saveSettings: later("saveSettings"),
  };
}
