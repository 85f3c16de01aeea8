import type { CommandEvent } from "./validate-command";

/**
 * The ribbon's function file (commands.html). Office opens it with the ribbon, so it holds
 * only the button's registration; the engine, the Excel shell and the result dialog
 * (run-command.ts) are a chunk of their own, fetched from the add-in's origin at the first
 * click. It has no user interface of its own and loads no React.
 */

/** The handler of the 一键校验 button (manifest FunctionName validateActiveSheet). */
export function validateActiveSheet(
  event: CommandEvent,
  load: () => Promise<{ runValidateActiveSheet(event: CommandEvent): Promise<void> }> = () =>
    import(/* webpackChunkName: "command-engine" */ "./run-command")
): Promise<void> {
  return load()
    .then((engine) => engine.runValidateActiveSheet(event))
    .catch((error: unknown) => {
      // The engine could not be fetched (the add-in's server unreachable): the button must
      // still be released, or Office shows it busy until its own timeout.
      console.error("一键校验 could not load", error);
      event.completed();
    });
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("validateActiveSheet", validateActiveSheet);
  });
  // Office builds that predate Office.actions look the function up by name on the global object.
  (globalThis as Record<string, unknown>).validateActiveSheet = validateActiveSheet;
}
