import type { BuiltinProfileName } from "./builtin-profiles";
import type { Lang } from "./lang";
import type { RuleKey } from "./profile";
import type { ExpectedType, ProfileIssue, ProfileIssueParams } from "./profile-issues";
import { enUS } from "./profile-words/en-US";
import { zhCN } from "./profile-words/zh-CN";
import { say, type Wording } from "./wording";

/**
 * The wording of rule profiles, one module per language (profile-words/): why a profile is
 * refused, what each built-in is for, and each rule's name. Apart from the findings' wording
 * (messages.ts), so that the ribbon, which never shows a profile, does not carry it.
 */
export interface ProfileNames {
  /** What a field should have been (profile.wrong-type). */
  type: Record<ExpectedType, string>;
}

export interface ProfileLanguage {
  names: ProfileNames;
  issues: Wording<ProfileIssueParams, ProfileNames>;
  /** What each built-in profile is for, in one line. */
  profiles: Record<BuiltinProfileName, string>;
  /** Each rule's name, as a list of a profile's differences shows it. */
  rules: Record<RuleKey, string>;
}

export const PROFILE_LANGUAGES: Readonly<Record<Lang, ProfileLanguage>> = {
  "zh-CN": zhCN,
  "en-US": enUS,
};

/** Why a profile was refused, in one line naming the field ("gradeBands 须满足 优 > 良 > 中…"). */
export function formatProfileIssue(issue: ProfileIssue, lang: Lang = "zh-CN"): string {
  const language = PROFILE_LANGUAGES[lang];
  // Each code comes with its own parameters; the pair is named once for the indexed call.
  const pair = issue as { code: "profile.invalid"; params: ProfileIssueParams["profile.invalid"] };
  return say(language.issues, pair.code, pair.params, language.names);
}

/** What a built-in profile is for. */
export function profileSummary(name: BuiltinProfileName, lang: Lang = "zh-CN"): string {
  return PROFILE_LANGUAGES[lang].profiles[name];
}

/** A rule's name ("执行率封顶", "total capped by execution"). */
export function ruleName(key: RuleKey, lang: Lang = "zh-CN"): string {
  return PROFILE_LANGUAGES[lang].rules[key];
}
