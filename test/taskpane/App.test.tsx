import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CORE_LANGUAGES, formatFinding } from "../../src/core";
import { faultText } from "../../src/excel/faults";
import { App, type View } from "../../src/taskpane/App";
import { PaneFault } from "../../src/taskpane/pane-actions";
import { stringsFor } from "../../src/taskpane/i18n";
import { evaluation, FakeActions, finding, sampleActions, SHEET } from "./fake-actions";

// jsdom has no layout: Fluent's MessageBar only needs ResizeObserver to exist.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;

const zh = stringsFor("zh-CN");
const en = stringsFor("en-US");
const zhNames = CORE_LANGUAGES["zh-CN"].names;

function renderPane(actions: FakeActions, view: View = "validate") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App
        actions={actions}
        initialLanguage={actions.settings.language}
        initialView={view}
        year={2021}
      />
    </FluentProvider>
  );
}

async function validateActive(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: zh.validateActive }));
  // The first validation of a file renders the results view for the first time, which on a
  // loaded two-core machine can take longer than findBy's default second.
  await screen.findByRole("heading", { name: "应急管理专项经费" }, { timeout: 5000 });
}

describe("task pane", () => {
  // The results view is a chunk of its own, which mountPane fetches once the pane is shown
  // (preloadResults); render() does not mount through it, so the chunk is fetched here,
  // before the first validation waits for it.
  beforeAll(() => import("../../src/taskpane/FormResult"));

  it("shows each form's figures and its findings grouped by severity and part, worded by the core", async () => {
    const actions = sampleActions();
    renderPane(actions);
    await validateActive();
    expect(actions.callsOf("validate")).toEqual([["active"]]);
    const card = screen.getByRole("article", { name: "应急管理专项经费" });
    expect(within(card).getByText("87.50")).toBeTruthy();
    expect(within(card).getByText("良")).toBeTruthy();
    expect(within(card).getByText("98.20%")).toBeTruthy();
    expect(within(card).getByText(`${zhNames.severity.error} 2`)).toBeTruthy();
    expect(within(card).getByText(`${zhNames.severity.warning} 1`)).toBeTruthy();
    const copied = finding("goals.copied", "warning", 10, 5);
    expect(within(card).getByText(formatFinding(copied, "zh-CN"))).toBeTruthy();
    const warnings = within(card).getByRole("region", { name: zhNames.severity.warning });
    expect(within(warnings).getByRole("heading", { name: zhNames.part.goals })).toBeTruthy();
    const errors = within(card).getByRole("region", { name: zhNames.severity.error });
    const parts = within(errors)
      .getAllByRole("heading")
      .map((h) => h.textContent);
    expect(parts).toEqual([zhNames.part.funds, zhNames.part.indicators]);
    // Only the active sheet was validated.
    expect(screen.queryByText(zh.noForm)).toBeNull();
  });

  it("validates every sheet with progress and says when a sheet holds no form", async () => {
    const actions = sampleActions();
    renderPane(actions);
    fireEvent.click(screen.getByRole("button", { name: zh.validateAll }));
    expect(await screen.findByRole("heading", { name: zh.noForm })).toBeTruthy();
    expect(actions.callsOf("validate")).toEqual([["all"]]);
    expect(screen.getByRole("article", { name: zh.noForm }).textContent).toContain(
      zh.sheetLabel({ sheet: "汇总" })
    );
  });

  it("generates the 汇总表 with one button, showing every sheet's forms and what was written", async () => {
    const actions = sampleActions();
    renderPane(actions);
    fireEvent.click(screen.getByRole("button", { name: zh.generateSummary }));
    expect(
      await screen.findByText(zh.summaryWritten({ sheet: "汇总 (2)", forms: 1, withErrors: 1 }))
    ).toBeTruthy();
    expect(actions.callsOf("writeSummary")).toEqual([[]]);
    expect(screen.getByRole("heading", { name: "应急管理专项经费" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: zh.noForm })).toBeTruthy();
  });

  it("says a sheet is the add-in's own summary when 校验本表 finds nothing to check on it", async () => {
    const actions = new FakeActions([{ sheet: "汇总", evaluations: [] }]);
    renderPane(actions);
    fireEvent.click(screen.getByRole("button", { name: zh.validateActive }));
    expect(await screen.findByText(zh.summarySheet)).toBeTruthy();
  });

  it("selects a finding's cell in Excel when the finding is clicked", async () => {
    const actions = sampleActions();
    renderPane(actions);
    await validateActive();
    const copied = finding("goals.copied", "warning", 10, 5);
    const button = screen.getByRole("button", {
      name: new RegExp(`F11.*${formatFinding(copied, "zh-CN")}`),
    });
    fireEvent.click(button);
    expect(actions.callsOf("selectCell")).toEqual([[SHEET, { row: 10, col: 5 }]]);
    await waitFor(() => expect(button.getAttribute("aria-current")).toBe("true"));
  });

  it("selects one of two findings of one code on one cell, and highlights only that one", async () => {
    const actions = new FakeActions([
      {
        sheet: SHEET,
        evaluations: [
          evaluation({
            sheet: SHEET,
            name: "应急管理专项经费",
            findings: [
              finding("layout.missing-part", "error", 0, 0),
              finding("layout.missing-part", "error", 0, 0),
            ],
          }),
        ],
      },
    ]);
    renderPane(actions);
    await validateActive();
    const [first, second] = screen
      .getAllByRole("button")
      .filter((b) => b.getAttribute("data-finding") === "layout.missing-part");
    fireEvent.click(second!);
    await waitFor(() => expect(second!.getAttribute("aria-current")).toBe("true"));
    expect(first!.getAttribute("aria-current")).toBeNull();
  });

  it("moves between findings with the arrow keys and between views with the tab keys", async () => {
    const actions = sampleActions();
    renderPane(actions);
    await validateActive();
    const findings = screen.getAllByRole("button").filter((b) => b.hasAttribute("data-finding"));
    findings[0]!.focus();
    fireEvent.keyDown(findings[0]!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(findings[1]);
    fireEvent.keyDown(findings[1]!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(findings[0]);

    const validateTab = screen.getByRole("tab", { name: zh.tabValidate });
    expect(validateTab.getAttribute("tabindex")).toBe("0");
    fireEvent.keyDown(validateTab, { key: "ArrowRight" });
    const templateTab = screen.getByRole("tab", { name: zh.tabTemplate });
    expect(templateTab.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(templateTab);
    fireEvent.keyDown(templateTab, { key: "End" });
    expect(screen.getByRole("tab", { name: zh.tabSettings }).getAttribute("aria-selected")).toBe(
      "true"
    );
    expect(await screen.findByRole("combobox", { name: zh.language })).toBeTruthy();
  });

  it("previews the planned writes as cell, old → new, and writes only after 写入", async () => {
    const actions = sampleActions();
    renderPane(actions);
    await validateActive();
    fireEvent.click(screen.getByRole("button", { name: zh.previewWrites }));
    const table = screen.getByRole("table", { name: zh.previewTitle });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => Array.from(r.querySelectorAll("td")).map((td) => td.textContent));
    expect(rows).toEqual([
      [`H6 ${zh.kind.rate}`, "95.00%", "98.20%"],
      [`H15 ${zh.kind["indicator-score"]}`, "10", "8"],
    ]);
    expect(screen.getByText(zh.previewMarks({ marks: 4 }))).toBeTruthy();
    expect(actions.callsOf("write")).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: zh.write }));
    expect(await screen.findByText(zh.written({ cells: 2, marks: 4 }))).toBeTruthy();
    const [plans] = actions.callsOf("write")[0] as [{ writes: unknown[] }[]];
    expect(plans.map((p) => p.writes.length)).toEqual([2]);
    // Read again before writing (unchanged), and after: the fixed rate finding is gone, the table too.
    expect(actions.callsOf("validate")).toEqual([["active"], ["active"], ["active"]]);
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText(`${zhNames.severity.error} 1`)).toBeTruthy();
  });

  it("shows the new preview instead of writing when the sheet changed after the preview", async () => {
    const actions = sampleActions();
    renderPane(actions);
    await validateActive();
    fireEvent.click(screen.getByRole("button", { name: zh.previewWrites }));
    // The user edits the sheet meanwhile: the indicator's score is now planned as 6.
    actions.sheets[0]!.evaluations[0]!.plan.writes[1]!.value = 6;
    fireEvent.click(screen.getByRole("button", { name: zh.write }));
    expect(await screen.findByText(zh.previewChanged)).toBeTruthy();
    expect(actions.callsOf("write")).toEqual([]);
    const row = screen
      .getByRole("table", { name: zh.previewTitle })
      .querySelector('tr[data-cell="H15"]');
    expect(row?.querySelectorAll("td")[2]?.textContent).toBe("6");

    fireEvent.click(screen.getByRole("button", { name: zh.write }));
    expect(await screen.findByText(zh.written({ cells: 2, marks: 4 }))).toBeTruthy();
    expect(actions.callsOf("write")).toHaveLength(1);
  });

  it("cancels a preview without writing", async () => {
    const actions = sampleActions();
    renderPane(actions);
    await validateActive();
    fireEvent.click(screen.getByRole("button", { name: zh.previewWrites }));
    fireEvent.click(screen.getByRole("button", { name: zh.cancel }));
    expect(screen.queryByRole("table")).toBeNull();
    expect(actions.callsOf("write")).toEqual([]);
  });

  it("writes a 偏差原因分析 into the row's reason cell and shows the validation that follows", async () => {
    const actions = sampleActions();
    renderPane(actions);
    await validateActive();
    const box = screen.getByRole("textbox", { name: "应急演练次数（I15）" });
    fireEvent.click(screen.getByRole("button", { name: zh.reasonSave }));
    expect(await screen.findByText(zh.reasonEmpty)).toBeTruthy();
    expect(actions.callsOf("writeReason")).toEqual([]);

    fireEvent.change(box, { target: { value: "  受疫情影响，演练推迟至次年一季度。 " } });
    fireEvent.click(screen.getByRole("button", { name: zh.reasonSave }));
    expect(await screen.findByText(zh.reasonSaved({ cell: "I15" }))).toBeTruthy();
    expect(actions.callsOf("writeReason")).toEqual([
      [SHEET, { row: 14, col: 8 }, "受疫情影响，演练推迟至次年一季度。"],
    ]);
    expect(screen.queryByRole("textbox", { name: "应急演练次数（I15）" })).toBeNull();
    expect(
      screen.queryByText(formatFinding(finding("reason.required", "error", 14, 8), "zh-CN"))
    ).toBeNull();
  });

  it("restores the last write, and says so when there is nothing to restore", async () => {
    const actions = sampleActions();
    renderPane(actions);
    fireEvent.click(screen.getByRole("button", { name: zh.restore }));
    expect(await screen.findByText(zh.nothingToRestore)).toBeTruthy();

    await validateActive();
    fireEvent.click(screen.getByRole("button", { name: zh.previewWrites }));
    fireEvent.click(screen.getByRole("button", { name: zh.write }));
    await screen.findByText(zh.written({ cells: 2, marks: 4 }));
    fireEvent.click(screen.getByRole("button", { name: zh.restore }));
    expect(await screen.findByText(zh.restored({ cells: 6 }))).toBeTruthy();
    expect(actions.callsOf("restore")).toHaveLength(2);
    // Restoring validated again so the findings match the restored sheet.
    expect(actions.callsOf("validate")).toHaveLength(4);
  });

  it("clears the marks of the last write", async () => {
    const actions = sampleActions();
    actions.marked = 3;
    renderPane(actions);
    fireEvent.click(screen.getByRole("button", { name: zh.clearMarks }));
    expect(await screen.findByText(zh.marksCleared({ cells: 3 }))).toBeTruthy();
  });

  it("shows an Excel fault in a MessageBar that says what to do, and the pane stays usable", async () => {
    const actions = sampleActions();
    actions.failNext = { method: "validate", error: new PaneFault("cell-edit") };
    renderPane(actions);
    fireEvent.click(screen.getByRole("button", { name: zh.validateActive }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(faultText({ kind: "cell-edit" }, "zh-CN"));
    expect(alert.textContent).toContain(zh.errorTitle);
    await validateActive();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("names the sheet of a fault and words an unexpected error", async () => {
    const actions = sampleActions();
    actions.failNext = { method: "write", error: new PaneFault("protected", SHEET) };
    renderPane(actions);
    await validateActive();
    fireEvent.click(screen.getByRole("button", { name: zh.previewWrites }));
    fireEvent.click(screen.getByRole("button", { name: zh.write }));
    const alert = await screen.findByRole("alert");
    // The fault's wording names the sheet.
    expect(alert.textContent).toContain(faultText({ kind: "protected", sheet: SHEET }, "zh-CN"));
    expect(alert.textContent).toContain(`“${SHEET}”`);
    // The preview stays so the user can retry after unprotecting.
    expect(screen.getByRole("table")).toBeTruthy();
  });

  it("shows the shell's own wording of a fault when it has one", async () => {
    const actions = sampleActions();
    const words = {
      "zh-CN": "工作表“应急演练”受保护，无法写入。",
      "en-US": 'Sheet "应急演练" is protected.',
    };
    actions.failNext = {
      method: "validate",
      error: new PaneFault("protected", SHEET, undefined, words),
    };
    renderPane(actions);
    fireEvent.click(screen.getByRole("button", { name: zh.validateActive }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(words["zh-CN"]);
    expect(alert.textContent).not.toContain(
      faultText({ kind: "protected", sheet: SHEET }, "zh-CN")
    );
  });

  it("switches the language to en-US, saves it with the document and words findings in English", async () => {
    const actions = sampleActions();
    renderPane(actions);
    await validateActive();
    fireEvent.click(screen.getByRole("tab", { name: zh.tabSettings }));
    fireEvent.change(await screen.findByRole("combobox", { name: zh.language }), {
      target: { value: "en-US" },
    });
    fireEvent.click(screen.getByRole("button", { name: zh.saveSettings }));
    expect(await screen.findByText(en.settingsSaved)).toBeTruthy();
    expect(actions.settings.language).toBe("en-US");
    fireEvent.click(screen.getByRole("tab", { name: en.tabValidate }));
    expect(screen.getByRole("button", { name: en.validateActive })).toBeTruthy();
    const copied = finding("goals.copied", "warning", 10, 5);
    expect(screen.getByText(formatFinding(copied, "en-US"))).toBeTruthy();
  });

  it("saves the rule settings as a profile and refuses grade bands out of order", async () => {
    const actions = sampleActions();
    renderPane(actions, "settings");
    fireEvent.click(await screen.findByRole("radio", { name: zh.reverseLinear }));
    fireEvent.change(screen.getByRole("textbox", { name: zh.executionLow }), {
      target: { value: "85" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: zh.gradeGood }), {
      target: { value: "95" },
    });
    fireEvent.click(screen.getByRole("button", { name: zh.saveSettings }));
    expect(await screen.findByText(zh.bandsOrder)).toBeTruthy();
    expect(actions.callsOf("saveSettings")).toEqual([]);

    fireEvent.change(screen.getByRole("textbox", { name: zh.gradeGood }), {
      target: { value: "75" },
    });
    fireEvent.click(screen.getByRole("button", { name: zh.saveSettings }));
    await screen.findByText(zh.settingsSaved);
    expect(actions.settings.profile.reverseMode).toBe("linear");
    expect(actions.settings.profile.executionLow).toBeCloseTo(0.85);
    expect(actions.settings.profile.gradeBands).toEqual({ excellent: 90, good: 75, fair: 60 });
  });

  it("chooses a built-in profile, shows its values and what it is for, and saves it", async () => {
    const actions = sampleActions();
    renderPane(actions, "settings");
    fireEvent.change(await screen.findByRole("combobox", { name: zh.profile }), {
      target: { value: "province-2022" },
    });
    expect(screen.getByText(/按执行率封顶总分/)).toBeTruthy();
    expect(
      (screen.getByRole("radio", { name: zh.reverseLinear }) as HTMLInputElement).checked
    ).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: zh.gradeExcellent }), {
      target: { value: "85" },
    });
    fireEvent.click(screen.getByRole("button", { name: zh.saveSettings }));
    await screen.findByText(zh.settingsSaved);
    expect(actions.settings.profile).toMatchObject({
      id: "province-2022",
      base: "province-2022",
      executionBasis: "adjusted",
      gradeBands: { excellent: 85, good: 80, fair: 60 },
    });
  });

  it("says in 设置 and after validating that a malformed stored profile was replaced by mof-2020", async () => {
    const actions = sampleActions();
    actions.refused = [
      { code: "profile.wrong-type", params: { field: "executionLow", expected: "number" } },
    ];
    renderPane(actions, "settings");
    const text = zh.profileRefused({ issue: actions.refused[0]! });
    expect(text).toContain("executionLow 应为数字");
    expect(await screen.findByText(text)).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: zh.tabValidate }));
    await validateActive();
    expect(await screen.findByText(text)).toBeTruthy();
  });

  it("creates template sheets from a list of names, showing the planned names first", async () => {
    const actions = sampleActions();
    renderPane(actions, "template");
    fireEvent.click(await screen.findByRole("radio", { name: zh.templateModeList }));
    fireEvent.change(screen.getByRole("textbox", { name: zh.projectList }), {
      target: { value: "应急演练\n\n防汛物资储备/采购\n  森林防火宣传  " },
    });
    fireEvent.click(screen.getByRole("button", { name: zh.planNames }));
    const list = await screen.findByTestId("planned-names");
    const names = within(list)
      .getAllByRole("listitem")
      .map((li) => li.querySelector("span")?.textContent);
    expect(names).toEqual(["应急演练 (2)", "防汛物资储备／采购", "森林防火宣传"]);
    expect(actions.callsOf("insertTemplates")).toEqual([]);

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: zh.createSheets({ count: 3 }) }));
    });
    const [inputs] = actions.callsOf("insertTemplates")[0] as [{ name: string; year?: number }[]];
    expect(inputs.map((i) => i.name)).toEqual(["应急演练", "防汛物资储备/采购", "森林防火宣传"]);
    expect(inputs.every((i) => i.year === 2021)).toBe(true);
    expect(
      await screen.findByText(
        zh.created({ names: "应急演练 (2)、防汛物资储备／采购、森林防火宣传" })
      )
    ).toBeTruthy();
  });

  it("creates one project's sheet with its details and refuses a bad amount", async () => {
    const actions = sampleActions();
    renderPane(actions, "template");
    fireEvent.change(await screen.findByRole("textbox", { name: zh.projectName }), {
      target: { value: "安全生产执法装备" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: zh.dept }), {
      target: { value: "昌吉州应急管理局" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: zh.fundsBudget }), {
      target: { value: "十万" },
    });
    fireEvent.click(screen.getByRole("button", { name: zh.planNames }));
    expect(await screen.findByText(zh.invalidNumber)).toBeTruthy();
    expect(actions.callsOf("planTemplateSheets")).toEqual([]);

    fireEvent.change(screen.getByRole("textbox", { name: zh.fundsBudget }), {
      target: { value: "120.5" },
    });
    fireEvent.click(screen.getByRole("button", { name: zh.planNames }));
    await screen.findByTestId("planned-names");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: zh.createSheets({ count: 1 }) }));
    });
    expect(actions.callsOf("insertTemplates")).toEqual([
      [
        [
          {
            name: "安全生产执法装备",
            dept: "昌吉州应急管理局",
            year: 2021,
            funds: { budget: 120.5 },
          },
        ],
      ],
    ]);
  });

  it("offers 指定列 on a missing column, waits for the selection, and lists the header with 清除", async () => {
    const actions = new FakeActions([
      {
        sheet: SHEET,
        evaluations: [
          evaluation({
            sheet: SHEET,
            name: "应急管理专项经费",
            findings: [finding("layout.missing-part", "warning", 11, 0)],
          }),
        ],
      },
    ]);
    actions.selection = { sheet: SHEET, address: { row: 11, col: 6 }, value: "配分" };
    renderPane(actions);
    await validateActive();
    fireEvent.click(await screen.findByRole("button", { name: zh.mapColumn }));
    const bar = await screen.findByRole("region", { name: zh.mappingTitle });
    expect(
      within(bar).getByText(zh.mappingPrompt({ sheet: SHEET, name: "分值", kind: "column" }))
    ).toBeTruthy();
    fireEvent.click(within(bar).getByRole("button", { name: zh.mappingConfirm }));
    const list = await screen.findByRole("region", { name: zh.hintsTitle });
    expect(within(list).getByText(zh.hintFor({ text: "配分", name: "分值" }))).toBeTruthy();
    expect(screen.queryByRole("region", { name: zh.mappingTitle })).toBeNull();
    expect(actions.callsOf("pointOutHeader")).toEqual([[SHEET, "weight"]]);

    fireEvent.click(within(list).getByRole("button", { name: /清除/ }));
    await waitFor(() => expect(screen.queryByRole("region", { name: zh.hintsTitle })).toBeNull());
    expect(actions.hints.hints).toEqual([]);
  });
});
