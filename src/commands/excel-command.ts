import {
  faultText,
  readDocumentHints,
  readDocumentSettings,
  toFaultError,
  type ExcelPort,
} from "../excel";
import { langOfDisplay } from "../core";
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
  const settings = () => readDocumentSettings(port, langOfDisplay(options.displayLanguage));
  return {
    validate: () => {
      const { profile, language } = settings();
      return validateActiveSheet(port, profile, language, readDocumentHints(port).hints);
    },
    describeFailure: (error, lang) => faultText(toFaultError(error).fault, lang),
    show: options.show,
    language: () => settings().language,
    log: options.log,
  };
}
