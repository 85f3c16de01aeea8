import { initialPaneState, paneReducer, type PaneState } from "../../src/taskpane/pane-state";

const preview = { rows: [], marks: 2, plans: [] };

describe("the pane's reducer", () => {
  it("drops the preview and the selection when new results come from a validation", () => {
    const before: PaneState = {
      ...initialPaneState("zh-CN"),
      preview,
      selectedKey: "表1!A1:I21/F11:goals.copied",
    };
    const after = paneReducer(before, { type: "validated", scope: "all", results: [] });
    expect(after).toMatchObject({ scope: "all", results: [], preview: null, selectedKey: null });
    // A revalidation after a change keeps what the user had selected.
    const kept = paneReducer(before, { type: "revalidated", results: [] });
    expect(kept.selectedKey).toBe(before.selectedKey);
  });

  it("replaces only the sheet a reason was written to", () => {
    const a = { sheet: "甲", evaluations: [] };
    const b = { sheet: "乙", evaluations: [] };
    const state = { ...initialPaneState("zh-CN"), results: [a, b] };
    const b2 = { sheet: "乙", evaluations: [] };
    const after = paneReducer(state, { type: "sheet-revalidated", result: b2 });
    expect(after.results![0]).toBe(a);
    expect(after.results![1]).toBe(b2);
  });

  it("frees the pane and clears the progress when an action ends, keeping its status", () => {
    let state = paneReducer(initialPaneState("en-US"), { type: "action-started" });
    state = paneReducer(state, { type: "action-progressed", progress: { done: 1, total: 3 } });
    state = paneReducer(state, {
      type: "status-shown",
      status: { kind: "notice", intent: "info", notice: { code: "nothingToClear" } },
    });
    state = paneReducer(state, { type: "action-finished" });
    expect(state).toMatchObject({ busy: false, progress: null, status: { intent: "info" } });
  });
});
