import { createExcelPort } from "../excel";
import { excelValidateDeps } from "./excel-command";
import { showResultDialog } from "./result-dialog";
import { runValidateCommand } from "./validate-command";

/**
 * The ribbon's function file (commands.html). It has no user interface of its own and loads
 * no React: 一键校验 validates the active sheet and reports in a small dialog.
 */

/** The handler of the 一键校验 button (manifest FunctionName validateActiveSheet). */
function validateActiveSheet(event: Office.AddinCommands.Event): void {
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
    return;
  }
  void runValidateCommand(event, deps);
}

Office.onReady(() => {
  Office.actions.associate("validateActiveSheet", validateActiveSheet);
});

// Office builds that predate Office.actions look the function up by name on the global object.
(globalThis as Record<string, unknown>).validateActiveSheet = validateActiveSheet;
