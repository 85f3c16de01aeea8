import { createPaneController, type PaneStore } from "../../src/taskpane/pane-controller";
import { PaneFault } from "../../src/taskpane/pane-actions";
import {
  initialPaneState,
  paneReducer,
  type PaneEvent,
  type PaneState,
} from "../../src/taskpane/pane-state";
import { MOF_2020 } from "../../src/core/profile";
import { finding, sampleActions, SHEET } from "./fake-actions";

/** A store without React: the reducer applied to each event, every event kept. */
function plainStore(): PaneStore & { events: PaneEvent[]; state: PaneState } {
  const store = {
    state: initialPaneState("zh-CN"),
    events: [] as PaneEvent[],
    getState: () => store.state,
    dispatch(event: PaneEvent) {
      store.events.push(event);
      store.state = paneReducer(store.state, event);
    },
  };
  return store;
}

describe("the pane's state without a DOM", () => {
  it("validates with the pane busy, reports progress, and keeps the results", async () => {
    const actions = sampleActions();
    const store = plainStore();
    const pane = createPaneController(actions, store);
    const validating = pane.validate("all");
    expect(store.state.busy).toBe(true);
    await validating;
    expect(store.events.map((e) => e.type)).toEqual([
      "action-started",
      "action-progressed",
      "action-progressed",
      "action-finished",
      "validated",
    ]);
    expect(store.state).toMatchObject({ busy: false, progress: null, scope: "all" });
    expect(store.state.results?.map((r) => r.sheet)).toEqual([SHEET, "汇总"]);
  });

  it("generates the 汇总表 from every sheet, shows those forms and says what was written", async () => {
    const actions = sampleActions();
    const store = plainStore();
    const pane = createPaneController(actions, store);
    const generating = pane.writeSummary();
    expect(store.state.busy).toBe(true);
    await generating;
    expect(store.events.map((e) => e.type)).toEqual([
      "action-started",
      "action-progressed",
      "action-progressed",
      "action-finished",
      "validated",
      "status-shown",
    ]);
    expect(actions.summaries).toEqual(["汇总 (2)"]);
    expect(store.state).toMatchObject({ busy: false, scope: "all" });
    expect(store.state.results?.map((r) => r.sheet)).toEqual([SHEET, "汇总"]);
    expect(store.state.status).toEqual({
      kind: "notice",
      intent: "success",
      notice: { code: "summaryWritten", params: { sheet: "汇总 (2)", forms: 1, withErrors: 1 } },
    });
  });

  it("says so, writing nothing, when no sheet holds a form", async () => {
    const actions = sampleActions();
    actions.sheets = actions.sheets.slice(1);
    const store = plainStore();
    await createPaneController(actions, store).writeSummary();
    expect(actions.summaries).toEqual([]);
    expect(store.state.status).toMatchObject({
      intent: "info",
      notice: { code: "summaryNothing" },
    });
  });

  it("validates again before writing and writes only what the preview showed", async () => {
    const actions = sampleActions();
    const store = plainStore();
    const pane = createPaneController(actions, store);
    await pane.validate("active");
    pane.showPreview();
    const shown = store.state.preview!;
    expect(shown.rows.map((r) => r.cell)).toEqual(["H6", "H15"]);
    await pane.write();
    expect(actions.callsOf("validate")).toEqual([["active"], ["active"], ["active"]]);
    expect(actions.callsOf("write")).toEqual([[shown.plans]]);
    expect(store.state.preview).toBeNull();
    expect(store.state.status).toEqual({
      kind: "notice",
      intent: "success",
      notice: { code: "written", params: { cells: 2, marks: shown.marks } },
    });
    // The refresh after the write shows the sheet without the fixed finding.
    const findings = store.state.results!.flatMap((r) => r.evaluations[0]!.findings);
    expect(findings.map((f) => f.code)).not.toContain("funds.rate-wrong");
    expect(findings.map((f) => f.code)).toContain("goals.copied");
  });

  it("shows the new preview instead of writing when the sheet changed after the preview", async () => {
    const actions = sampleActions();
    const store = plainStore();
    const pane = createPaneController(actions, store);
    await pane.validate("active");
    pane.showPreview();
    actions.sheets[0]!.evaluations[0]!.plan.writes[1]!.value = 6;
    await pane.write();
    expect(actions.callsOf("write")).toEqual([]);
    expect(store.state.preview?.rows.map((r) => r.value)).toEqual([0.982, 6]);
    expect(store.state.status).toMatchObject({
      intent: "warning",
      notice: { code: "previewChanged" },
    });
  });

  it("turns a failed action into a fault, frees the pane and keeps what it showed", async () => {
    const actions = sampleActions();
    const store = plainStore();
    const pane = createPaneController(actions, store);
    await pane.validate("active");
    const results = store.state.results;
    actions.failNext = { method: "validate", error: new PaneFault("cell-edit") };
    await pane.validate("all");
    expect(store.state.status).toMatchObject({ kind: "fault", fault: { kind: "cell-edit" } });
    expect(store.state.busy).toBe(false);
    expect(store.state.results).toBe(results);
  });

  it("says when there is nothing to restore, and changes the language once settings are saved", async () => {
    const actions = sampleActions();
    const store = plainStore();
    const pane = createPaneController(actions, store);
    await pane.restore();
    expect(store.state.status).toMatchObject({
      intent: "info",
      notice: { code: "nothingToRestore" },
    });
    await pane.validate("active");
    await pane.saveSettings({ profile: MOF_2020, language: "en-US" });
    expect(store.state.language).toBe("en-US");
    // The forms shown are judged again with the saved profile.
    expect(actions.callsOf("validate")).toEqual([["active"], ["active"]]);
  });

  it("selects a finding by its key, whatever Excel answers", () => {
    const store = plainStore();
    const pane = createPaneController(sampleActions(), store);
    const target = finding("goals.copied", "warning", 10, 5);
    pane.select(SHEET, target, `${SHEET}!A1:I21/${target.id}`);
    expect(store.state.selectedKey).toBe(`${SHEET}!A1:I21/F11:goals.copied`);
  });
});
