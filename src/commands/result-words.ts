import type { Grade } from "../core/evaluation";
import type { Lang } from "../core/lang";
import type { NoParams, Wording } from "../core/wording";
import { enUS } from "./words/en-US";
import { zhCN } from "./words/zh-CN";

/** The result dialog's messages, with parameters typed per code; one module per language (words/). */
export interface ResultParams {
  close: NoParams;
  noFormTitle: { sheet: string };
  noFormHint: NoParams;
  failedTitle: NoParams;
  checkedTitle: { sheet: string; clean: boolean };
  form: {
    project: string | null;
    /** The total as shown (rounded), or null when it cannot be computed. */
    total: string | null;
    grade: Grade | null;
    errors: number;
    warnings: number;
    infos: number;
  };
  changes: { writes: number; marks: number };
  /** Cells of earlier writes whose restore record was dropped to keep it within its limit. */
  pruned: { cells: number };
  /** The rules that scored, when the document chose other than mof-2020. */
  profile: { id: string };
  /** The document's saved rules were refused; mof-2020 scored. */
  profileRefused: NoParams;
}

export type ResultWording = Wording<ResultParams>;

export const RESULT_WORDS: Readonly<Record<Lang, ResultWording>> = {
  "zh-CN": zhCN,
  "en-US": enUS,
};
