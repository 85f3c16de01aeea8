import { PaneFault, type PaneActions } from "./pane-actions";

/**
 * Pane actions whose implementation (the engine, the Excel shell and zod) arrives in a
 * chunk of its own. Loading starts at once, so the pane paints before the engine is
 * there and the first click rarely waits; a failed load becomes a fault on that click.
 */
export function lazyActions(load: () => Promise<PaneActions>): PaneActions {
  let loaded: PaneActions | null = null;
  const ready = load().then((actions) => (loaded = actions));
  // Keep an early failure from being reported as unhandled; each call sees it.
  ready.catch(() => undefined);
  const later =
    <K extends keyof PaneActions>(key: K) =>
    async (...args: Parameters<PaneActions[K]>): Promise<Awaited<ReturnType<PaneActions[K]>>> => {
      let actions: PaneActions;
      try {
        actions = await ready;
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
    previewWrites(results) {
      // Results exist only after a validation, so the engine is there by now.
      if (!loaded) throw new PaneFault("busy");
      return loaded.previewWrites(results);
    },
    write: later("write"),
    restore: later("restore"),
    clearMarks: later("clearMarks"),
    selectCell: later("selectCell"),
    writeReason: later("writeReason"),
    planTemplateSheets: later("planTemplateSheets"),
    insertTemplates: later("insertTemplates"),
    loadSettings: later("loadSettings"),
    saveSettings: later("saveSettings"),
  };
}
