/**
 * @jest-environment jsdom
 */
import { decodeResult, type CommandResult } from "../../src/commands/command-result";
import { resultDialogUrl, showResultDialog } from "../../src/commands/result-dialog";

const RESULT: CommandResult = { kind: "no-form", lang: "zh-CN", sheet: "Sheet1" };

type Handler = (arg: unknown) => void;

/** A stand-in for Office.context.ui that opens (or refuses) one dialog and lets the test drive it. */
function installOffice(open: "ok" | "refuse") {
  const handlers = new Map<string, Handler>();
  const dialog = {
    close: jest.fn(),
    addEventHandler: (type: string, h: Handler) => handlers.set(type, h),
  };
  const opened: { url: string; options: unknown }[] = [];
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    context: {
      ui: {
        displayDialogAsync: (url: string, options: unknown, callback: (r: unknown) => void) => {
          opened.push({ url, options });
          callback(
            open === "ok"
              ? { status: "succeeded", value: dialog }
              : { status: "failed", error: { code: 12007, message: "A dialog is already open." } }
          );
        },
      },
    },
  };
  return { dialog, handlers, opened };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
  jest.useRealTimers();
});

describe("resultDialogUrl", () => {
  test("points at result.html next to the function file, carrying the result", () => {
    const url = resultDialogUrl(RESULT, "https://office.example.gov.cn/selfeval/commands.html");
    expect(url.startsWith("https://office.example.gov.cn/selfeval/result.html?r=")).toBe(true);
    expect(decodeResult(new URL(url).search)).toEqual(RESULT);
  });
});

describe("showResultDialog", () => {
  test("resolves and closes the dialog when the page's OK button sends its message", async () => {
    const office = installOffice("ok");
    const shown = showResultDialog(RESULT);
    expect(office.opened[0]!.options).toEqual({ height: 45, width: 35, displayInIframe: true });
    office.handlers.get("message")!({ message: "close" });
    await expect(shown).resolves.toBeUndefined();
    expect(office.dialog.close).toHaveBeenCalledTimes(1);
  });

  test("resolves without closing again when the user closed the dialog box", async () => {
    const office = installOffice("ok");
    const shown = showResultDialog(RESULT);
    office.handlers.get("event")!({ error: 12006 });
    await expect(shown).resolves.toBeUndefined();
    expect(office.dialog.close).not.toHaveBeenCalled();
  });

  test("closes the dialog itself before Office's five-minute limit", async () => {
    jest.useFakeTimers();
    const office = installOffice("ok");
    const shown = showResultDialog(RESULT);
    jest.advanceTimersByTime(4.5 * 60 * 1000 - 1);
    expect(office.dialog.close).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await expect(shown).resolves.toBeUndefined();
    expect(office.dialog.close).toHaveBeenCalledTimes(1);
  });

  test("rejects with Office's code when the dialog cannot open", async () => {
    installOffice("refuse");
    await expect(showResultDialog(RESULT)).rejects.toThrow(
      "displayDialogAsync 12007: A dialog is already open."
    );
  });
});
