import type { Lang } from "../core/lang";
import type { CommandResult } from "./command-result";

/** The part of Office.AddinCommands.Event the command uses. */
export interface CommandEvent {
  completed(): void;
}

/** What the 一键校验 command needs from Excel and from the screen. */
export interface ValidateCommandDeps {
  /** Validates the active sheet, writes its plan (journaled) and sums up what it did. */
  validate(): Promise<CommandResult>;
  /** The user's message for an error validate() threw (cell edit mode, protected sheet, …). */
  describeFailure(error: unknown, lang: Lang): string;
  /** Shows the result and resolves once the user has closed it (or it could not be shown). */
  show(result: CommandResult): Promise<void>;
  /** The language of the messages: the document's setting, else Office's display language. */
  language(): Lang;
  /** Where faults that cannot reach the user are logged. */
  log(message: string, error: unknown): void;
}

/**
 * Runs 一键校验 for one ribbon click: validate, tell the user, and always complete the event,
 * because Office keeps the button busy (and shows a timeout error) until completed() is called.
 */
export async function runValidateCommand(
  event: CommandEvent,
  deps: ValidateCommandDeps
): Promise<void> {
  try {
    let result: CommandResult;
    try {
      result = await deps.validate();
    } catch (error) {
      const lang = safeLanguage(deps);
      result = { kind: "failed", lang, sheet: null, message: deps.describeFailure(error, lang) };
    }
    await deps.show(result);
  } catch (error) {
    deps.log("一键校验: the result could not be shown", error);
  } finally {
    event.completed();
  }
}

function safeLanguage(deps: ValidateCommandDeps): Lang {
  try {
    return deps.language();
  } catch {
    return "zh-CN";
  }
}
