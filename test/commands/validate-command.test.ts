import type { CommandResult } from "../../src/commands/command-result";
import type { Lang } from "../../src/core/lang";
import { runValidateCommand, type ValidateCommandDeps } from "../../src/commands/validate-command";

const CHECKED: CommandResult = {
  kind: "checked",
  lang: "zh-CN",
  sheet: "项目A",
  forms: [{ project: "农村道路养护", total: 88.5, grade: "良", errors: 1, warnings: 2, infos: 0 }],
  writes: 3,
  marks: 4,
  notes: ["C7：预算执行率应为 95.00%"],
};

/** Deps whose every call is recorded, with the event's completed() in the same order list. */
function harness(overrides: Partial<ValidateCommandDeps> = {}) {
  const calls: string[] = [];
  const shown: CommandResult[] = [];
  const logged: unknown[] = [];
  const deps: ValidateCommandDeps = {
    validate: async () => {
      calls.push("validate");
      return CHECKED;
    },
    describeFailure: (error: unknown, lang: Lang) => `${lang}:${(error as Error).message}`,
    show: async (result) => {
      calls.push("show");
      shown.push(result);
    },
    language: () => "en-US",
    log: (_message, error) => logged.push(error),
    ...overrides,
  };
  const event = { completed: jest.fn(() => calls.push("completed")) };
  return { deps, event, calls, shown, logged };
}

describe("runValidateCommand", () => {
  test("shows the validation result, then completes the event once", async () => {
    const h = harness();
    await runValidateCommand(h.event, h.deps);
    expect(h.calls).toEqual(["validate", "show", "completed"]);
    expect(h.shown).toEqual([CHECKED]);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });

  test("when validation throws, the user sees the failure in their language and the event completes", async () => {
    const h = harness({
      validate: async () => {
        throw new Error("工作表受保护");
      },
    });
    await runValidateCommand(h.event, h.deps);
    expect(h.shown).toEqual([
      { kind: "failed", lang: "en-US", sheet: null, message: "en-US:工作表受保护" },
    ]);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });

  test("when the dialog cannot be shown, the fault is logged and the event still completes", async () => {
    const blocked = new Error("displayDialogAsync 12007");
    const h = harness({
      show: async () => {
        throw blocked;
      },
    });
    await runValidateCommand(h.event, h.deps);
    expect(h.logged).toEqual([blocked]);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });

  test("when even describing the failure throws, the event completes and nothing escapes", async () => {
    const h = harness({
      validate: async () => {
        throw new Error("first");
      },
      describeFailure: () => {
        throw new Error("second");
      },
      language: () => {
        throw new Error("no settings");
      },
    });
    await expect(runValidateCommand(h.event, h.deps)).resolves.toBeUndefined();
    expect(h.shown).toEqual([]);
    expect(h.logged.map((e) => (e as Error).message)).toEqual(["second"]);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });

  test("the event is not completed before the user has closed the result", async () => {
    let close: () => void = () => undefined;
    const h = harness({ show: () => new Promise<void>((resolve) => (close = resolve)) });
    const running = runValidateCommand(h.event, h.deps);
    await new Promise((r) => setTimeout(r, 0));
    expect(h.event.completed).not.toHaveBeenCalled();
    close();
    await running;
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });
});
