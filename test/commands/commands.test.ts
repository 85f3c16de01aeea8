/**
 * @jest-environment jsdom
 */
// The function file as Office loads it: globals Office and Excel (the fake host, plus the ribbon
// and dialog APIs stubbed here), Office.onReady, then a click on 一键校验.
import type { Grid } from "../../src/core";
import { decodeResult, type CommandResult } from "../../src/commands/command-result";
import {
  createFakeOffice,
  workbookFromGrids,
  workbookSnapshot,
  type FakeOffice,
} from "../../dev/fake-office";
import { readGrids } from "../excel/sample-grids";

type Handler = (arg: unknown) => void;

let samples: Grid[];
beforeAll(async () => {
  samples = await readGrids();
});

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.Office;
  delete g.Excel;
  delete g.validateActiveSheet;
});

/** Installs the globals, loads commands.ts afresh, and returns what a test drives. */
async function loadFunctionFile(grids: Grid[], dialogOpens = true) {
  const office: FakeOffice = createFakeOffice({ workbook: workbookFromGrids(grids) });
  const associated = new Map<string, (event: { completed(): void }) => void>();
  const dialogs: { url: string; handlers: Map<string, Handler>; close: jest.Mock }[] = [];
  const g = globalThis as Record<string, unknown>;
  g.Excel = office.Excel;
  g.Office = {
    ...office.Office,
    EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    actions: {
      associate: (name: string, fn: (event: { completed(): void }) => void) =>
        associated.set(name, fn),
    },
    onReady: (callback: () => void) => Promise.resolve().then(callback),
    context: {
      ...office.Office.context,
      displayLanguage: "zh-CN",
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          if (!dialogOpens) {
            callback({
              status: "failed",
              error: { code: 12007, message: "A dialog is already open." },
            });
            return;
          }
          const dialog = { url, handlers: new Map<string, Handler>(), close: jest.fn() };
          dialogs.push(dialog);
          callback({
            status: "succeeded",
            value: {
              close: dialog.close,
              addEventHandler: (type: string, h: Handler) => dialog.handlers.set(type, h),
            },
          });
        },
      },
    },
  };
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/commands/commands");
  });
  await new Promise((r) => setTimeout(r, 0));
  return { office, associated, dialogs };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
}

const resultOf = (url: string): CommandResult | null => decodeResult(new URL(url).search);

describe("commands.ts, the ribbon's function file", () => {
  test("registers validateActiveSheet with Office.actions.associate once Office is ready", async () => {
    const { associated } = await loadFunctionFile([samples[0]!]);
    expect([...associated.keys()]).toEqual(["validateActiveSheet"]);
    expect((globalThis as Record<string, unknown>).validateActiveSheet).toBe(
      associated.get("validateActiveSheet")
    );
  });

  test("a click validates and writes the active sheet, shows the result, and completes when the user closes it", async () => {
    const grid = JSON.parse(JSON.stringify(samples[0]!)) as Grid;
    grid.cells[5]![5] = { value: 8 };
    const { office, associated, dialogs } = await loadFunctionFile([grid]);
    const before = workbookSnapshot(office.workbook);
    const event = { completed: jest.fn() };
    associated.get("validateActiveSheet")!(event);
    await until(() => dialogs.length === 1);
    const result = resultOf(dialogs[0]!.url);
    expect(new URL(dialogs[0]!.url).pathname.endsWith("/result.html")).toBe(true);
    expect(result?.kind).toBe("checked");
    expect(result?.kind === "checked" && result.writes + result.marks).toBeGreaterThan(0);
    expect(workbookSnapshot(office.workbook)).not.toEqual(before);
    expect(event.completed).not.toHaveBeenCalled();
    dialogs[0]!.handlers.get("message")!({ message: "close" });
    await until(() => event.completed.mock.calls.length === 1);
    expect(dialogs[0]!.close).toHaveBeenCalledTimes(1);
  });

  test("a protected sheet: the dialog explains, the sheet is untouched, the event completes", async () => {
    const { office, associated, dialogs } = await loadFunctionFile([samples[1]!]);
    office.workbook.sheets[0]!.protected = true;
    const before = workbookSnapshot(office.workbook);
    const event = { completed: jest.fn() };
    associated.get("validateActiveSheet")!(event);
    await until(() => dialogs.length === 1);
    const result = resultOf(dialogs[0]!.url);
    expect(result?.kind).toBe("failed");
    expect(result?.kind === "failed" && result.message).toMatch(/受保护/);
    expect(workbookSnapshot(office.workbook)).toEqual(before);
    dialogs[0]!.handlers.get("event")!({ error: 12006 });
    await until(() => event.completed.mock.calls.length === 1);
  });

  test("when no dialog can open, the event still completes", async () => {
    const { associated } = await loadFunctionFile([samples[0]!], false);
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = { completed: jest.fn() };
    associated.get("validateActiveSheet")!(event);
    await until(() => event.completed.mock.calls.length === 1);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  test("when the engine cannot be fetched at the click, the event still completes", async () => {
    const { validateActiveSheet } = await import("../../src/commands/commands");
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const event = { completed: jest.fn() };
    await validateActiveSheet(event, () => Promise.reject(new Error("server unreachable")));
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith("一键校验 could not load", expect.any(Error));
    spy.mockRestore();
  });
});
