import { createExcelPort } from "../excel";
import { excelValidateDeps } from "./excel-command";
import { showResultDialog } from "./result-dialog";
import { runValidateCommand, type CommandEvent } from "./validate-command";

/**
 * 一键校验 itself: the engine, the Excel shell and the result dialog. commands.ts loads this
 * module at the first click, so the function file Office opens with the ribbon stays small.
 */
export function runValidateActiveSheet(event: CommandEvent): Promise<void> {
  let deps;
  try {
    deps = excelValidateDeps({
      port: createExcelPort(),
      displayLanguage: Office.context.displayLanguage,
      show: showResultDialog,
      log: (message, error) => console.error(message, error),
    });
  } catch (error) {
    // Without a port there is nothing to run; the button must still be released.
    console.error("一键校验 could not start", error);
    event.completed();
    return Promise.resolve();
  }
  return runValidateCommand(event, deps);
}
