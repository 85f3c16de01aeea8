import {
  faultText,
  readDocumentHints,
  readDocumentSettings,
  toFaultError,
  type ExcelPort,
} from "../excel";
import { langOfDisplay, type StoredSettings } from "../core";
import type { CommandResult } from "./command-result";
import type { ValidateCommandDeps } from "./validate-command";
import { validateActiveSheet } from "./validate-sheet";

export interface ExcelCommandOptions {
  port: ExcelPort;
  /** Office's display language ("zh-CN", "en-US", …), used when the document saved none. */
  displayLanguage?: string | undefined;
  show(result: CommandResult): Promise<void>;
  log(message: string, error: unknown): void;
}

/**
 * Wires 一键校验 to the Excel shell, with the profile, language and layout hints (指定列) the
 * pane saved with the document, so the ribbon and the pane read and judge a sheet alike.
 */
export function excelValidateDeps(options: ExcelCommandOptions): ValidateCommandDeps {
  const { port } = options;
  const displayLanguage = langOfDisplay(options.displayLanguage);
  // The settings as read by this click: the pane may have saved new ones since the ribbon's
  // runtime started, so each click reads them from the document again.
  let read: StoredSettings | undefined;
  return {
    validate: async () => {
      read = await readDocumentSettings(port, displayLanguage);
      const { hints } = await readDocumentHints(port);
      return validateActiveSheet(port, read.profile, read.language, hints, read.refused.length > 0);
    },
    describeFailure: (error, lang) => faultText(toFaultError(error).fault, lang),
    show: options.show,
    language: () => read?.language ?? displayLanguage,
    log: options.log,
  };
}
