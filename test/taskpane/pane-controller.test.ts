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
      "hints-loaded",
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
      "status-shown",
      "validated",
      "hints-loaded",
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

  it("warns, after the summary, that the document's profile was refused and mof-2020 scored it", async () => {
    const actions = sampleActions();
    actions.refused = [
      {
        code: "profile.bands-order",
        params: { field: "gradeBands", excellent: 50, good: 80, fair: 60 },
      },
    ];
    const store = plainStore();
    await createPaneController(actions, store).writeSummary();
    expect(actions.summaries).toEqual(["汇总 (2)"]);
    expect(store.state.status).toMatchObject({
      intent: "warning",
      notice: { code: "profileRefused" },
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

  it("warns after validating that the document's stored profile was refused and mof-2020 scored", async () => {
    const actions = sampleActions();
    actions.refused = [
      {
        code: "profile.bands-order",
        params: { field: "gradeBands", excellent: 50, good: 80, fair: 60 },
      },
    ];
    const store = plainStore();
    await createPaneController(actions, store).validate("active");
    expect(store.state.results).not.toBeNull();
    expect(store.state.status).toEqual({
      kind: "notice",
      intent: "warning",
      notice: { code: "profileRefused", params: { issue: actions.refused[0] } },
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

  it("warns after a write that earlier cells left the restore record to keep it within the limit", async () => {
    const actions = sampleActions();
    actions.prunedCells = 12;
    const store = plainStore();
    const pane = createPaneController(actions, store);
    await pane.validate("active");
    pane.showPreview();
    const shown = store.state.preview!;
    await pane.write();
    expect(store.state.status).toEqual({
      kind: "notice",
      intent: "warning",
      notice: { code: "writtenPruned", params: { cells: 2, marks: shown.marks, pruned: 12 } },
    });
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

describe("指定列: pointing out a header the reader did not find", () => {
  const missing = finding("layout.missing-part", "warning", 11, 0);
  const selectedAt = (sheet: string, row: number, col: number, value: string | number | null) => ({
    sheet,
    address: { row, col },
    value,
  });

  it("waits for a selection, refuses one on another sheet, then keeps the header and validates again", async () => {
    const actions = sampleActions();
    const store = plainStore();
    const pane = createPaneController(actions, store);
    await pane.validate("active");
    pane.startMapping(SHEET, missing, "k1", "分值");
    expect(store.state.mapping).toEqual({
      sheet: SHEET,
      key: "k1",
      field: "weight",
      name: "分值",
      kind: "column",
    });
    expect(store.state.selectedKey).toBe("k1");
    // The pane shows where the reader looked.
    expect(actions.callsOf("selectCell")).toEqual([[SHEET, missing.address]]);

    actions.selection = selectedAt("汇总", 11, 6, "配分");
    await pane.confirmMapping();
    expect(store.state.status).toEqual({
      kind: "notice",
      intent: "warning",
      notice: { code: "mappingOtherSheet", params: { sheet: SHEET, picked: "汇总" } },
    });
    expect(store.state.mapping).not.toBeNull();
    expect(actions.hints.hints).toEqual([]);

    actions.selection = selectedAt(SHEET, 11, 6, "配分");
    const validations = actions.callsOf("validate").length;
    await pane.confirmMapping();
    expect(store.state.mapping).toBeNull();
    expect(actions.hints.hints).toEqual([
      { field: "weight", text: "配分", cell: "G12", sheet: SHEET },
    ]);
    expect(store.state.hints).toEqual(actions.hints.hints);
    expect(actions.callsOf("validate").length).toBe(validations + 1);
    expect(store.state.status).toEqual({
      kind: "notice",
      intent: "success",
      notice: { code: "mappingSaved", params: { cell: "G12", text: "配分", name: "分值" } },
    });
  });

  it("refuses a number and keeps waiting; 取消 stops waiting", async () => {
    const actions = sampleActions();
    const store = plainStore();
    const pane = createPaneController(actions, store);
    await pane.validate("active");
    pane.startMapping(SHEET, missing, "k1", "分值");
    actions.selection = selectedAt(SHEET, 13, 7, 20);
    await pane.confirmMapping();
    expect(store.state.status).toMatchObject({
      intent: "warning",
      notice: { code: "mappingRefused", params: { cell: "H14", refusal: "number" } },
    });
    expect(store.state.mapping).not.toBeNull();
    pane.cancelMapping();
    expect(store.state.mapping).toBeNull();
    expect(actions.callsOf("pointOutHeader")).toHaveLength(1);
  });

  it("lists the document's hints after a validation and clears one, validating again", async () => {
    const actions = sampleActions();
    const hint = { field: "weight", text: "配分", cell: "G12", sheet: SHEET } as const;
    actions.hints = { version: 1, hints: [hint] };
    const store = plainStore();
    const pane = createPaneController(actions, store);
    await pane.validate("active");
    expect(store.state.hints).toEqual([hint]);
    await pane.removeHint(hint, "分值");
    expect(store.state.hints).toEqual([]);
    expect(actions.callsOf("validate")).toHaveLength(2);
    expect(store.state.status).toMatchObject({
      intent: "success",
      notice: { code: "hintRemoved", params: { name: "分值", text: "配分" } },
    });
  });

  it("does not offer mapping for a finding that is not a missing part", () => {
    const actions = sampleActions();
    const store = plainStore();
    const pane = createPaneController(actions, store);
    pane.startMapping(SHEET, finding("goals.copied", "warning", 10, 5), "k2", "x");
    expect(store.state.mapping).toBeNull();
  });
});
