import type { Lang } from "./lang";
import {
  DEFAULT_SHEET_NAME,
  SHEET_NAME_MAX,
  type SheetNameIssue,
  type SheetNameIssueParams,
} from "./sheet-names";
import { enUS } from "./template-words/en-US";
import { zhCN } from "./template-words/zh-CN";
import type { TemplateField, TemplateInputIssue, TemplateIssueParams } from "./template-input";
import { say, type Wording } from "./wording";

/**
 * The wording of a new form's input (新建项目表, `selfeval new`): template-input issues and
 * sheet-name changes, one module per language (template-words/). Apart from the findings'
 * wording (messages.ts), so that the ribbon, which never makes a form, does not carry it.
 */
export interface TemplateLanguage {
  fields: Record<TemplateField, string>;
  issues: Wording<TemplateIssueParams, Record<TemplateField, string>>;
  sheetNameIssues: Wording<SheetNameIssueParams>;
  /** Several reasons for one sheet-name change as one sentence. */
  joinReasons(reasons: string[]): string;
}

const LANGUAGES: Readonly<Record<Lang, TemplateLanguage>> = { "zh-CN": zhCN, "en-US": enUS };

/** A problem with a new form's input, worded ("第 3 个指标的分值不能大于 100"). */
export function formatTemplateIssue(issue: TemplateInputIssue, lang: Lang = "zh-CN"): string {
  const language = LANGUAGES[lang];
  // Each code comes with its own parameters; the pair is named once for the indexed call.
  const pair = issue as { code: "empty"; params: TemplateIssueParams["empty"] };
  return say(language.issues, pair.code, pair.params, language.fields);
}

const SHEET_NAME_ISSUE_PARAMS: SheetNameIssueParams = {
  whitespace: {},
  "forbidden-chars": {},
  apostrophe: {},
  empty: { name: DEFAULT_SHEET_NAME },
  reserved: {},
  "too-long": { max: SHEET_NAME_MAX },
  duplicate: {},
};

/** Why a sheet name was changed, as one sentence; null when it was kept. */
export function sheetNameReason(
  plan: { changed: boolean; issues: readonly SheetNameIssue[] },
  lang: Lang = "zh-CN"
): string | null {
  if (!plan.changed) return null;
  const language = LANGUAGES[lang];
  return language.joinReasons(
    plan.issues.map((issue) =>
      say(language.sheetNameIssues, issue, SHEET_NAME_ISSUE_PARAMS[issue], undefined)
    )
  );
}
