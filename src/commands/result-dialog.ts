import { encodeResult, type CommandResult } from "./command-result";

/**
 * How long the command waits for the user to close the result dialog. Office ends a ribbon
 * function that has not completed after 5 minutes; closing the dialog ourselves a little
 * earlier keeps that error away.
 */
export const DIALOG_WAIT_MS = 4.5 * 60 * 1000;

/** The result page next to the function file, on the add-in's own origin. */
export function resultDialogUrl(result: CommandResult, base: string): string {
  const url = new URL("result.html", base);
  url.search = encodeResult(result);
  return url.href;
}

/**
 * Opens the result dialog and resolves when the user closes it (OK button or the dialog's own
 * close box) or after DIALOG_WAIT_MS. The command completes its event only then, because on
 * some hosts completing a ribbon function closes the dialog it opened. Rejects when the dialog
 * cannot be opened (another dialog open, blocked).
 */
export function showResultDialog(result: CommandResult, waitMs = DIALOG_WAIT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const url = resultDialogUrl(result, window.location.href);
    // displayInIframe: in Excel on the web an iframe dialog is not stopped by popup blockers.
    const options = { height: 45, width: 35, displayInIframe: true };
    Office.context.ui.displayDialogAsync(url, options, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(`displayDialogAsync ${opened.error.code}: ${opened.error.message}`));
        return;
      }
      const dialog = opened.value;
      let done = false;
      const finish = (close: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (close) dialog.close();
        resolve();
      };
      const timer = setTimeout(() => finish(true), waitMs);
      // The page's OK button sends a message; the dialog's close box raises an event.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => finish(true));
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => finish(false));
    });
  });
}
