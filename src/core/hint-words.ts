import type { Lang } from "./lang";
import type { LayoutHintIssueParams, LayoutHintsIssue } from "./layout-hints";
import { enUS } from "./hint-words/en-US";
import { zhCN } from "./hint-words/zh-CN";
import { say, type Wording } from "./wording";

/** The wording of layout-hint problems (a `--layout` file, hints kept with a document), one module per language. */
export type HintLanguage = Wording<LayoutHintIssueParams>;

const LANGUAGES: Readonly<Record<Lang, HintLanguage>> = { "zh-CN": zhCN, "en-US": enUS };

/** A problem with layout hints, worded ("第 2 条提示的 field 不是已知的字段 …"). */
export function formatHintIssue(issue: LayoutHintsIssue, lang: Lang = "zh-CN"): string {
  // Each code comes with its own parameters; the pair is named once for the indexed call.
  const pair = issue as { code: "invalid"; params: LayoutHintIssueParams["invalid"] };
  return say(LANGUAGES[lang], pair.code, pair.params, undefined);
}
