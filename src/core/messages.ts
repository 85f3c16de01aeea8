import type {
  Finding,
  FindingParams,
  FormPart,
  ReasonCause,
  ScoreBand,
  Severity,
} from "./findings";
import type { MissingEffect } from "./check-form";
import type { Lang } from "./lang";
import type { ExecutionBasis } from "./profile";
import { say, type Wording } from "./wording";
import { enUS } from "./words/en-US";
import { zhCN } from "./words/zh-CN";

/** Names the core's codes stand for, worded once per language and shown by every shell. */
export interface CoreNames {
  severity: Record<Severity, string>;
  part: Record<FormPart, string>;
  /** The tier (or lateness) a judged score is held to (score.out-of-band). */
  tier: Record<ScoreBand, string>;
  cause: Record<ReasonCause, string>;
  /** What a missing part or column keeps from being checked (layout.missing-part). */
  effect: Record<MissingEffect, string>;
  /** The execution rate's formula (funds.rate-wrong). */
  basis: Record<ExecutionBasis, string>;
}

/** What each language module (words/zh-CN.ts, words/en-US.ts) words: every finding and name. */
export interface CoreLanguage {
  names: CoreNames;
  findings: Wording<FindingParams, CoreNames>;
}

export const CORE_LANGUAGES: Readonly<Record<Lang, CoreLanguage>> = {
  "zh-CN": zhCN,
  "en-US": enUS,
};

/** The message of a finding in a language. */
export function formatFinding(f: Finding | Omit<Finding, "id">, lang: Lang = "zh-CN"): string {
  const language = CORE_LANGUAGES[lang];
  // The union of findings pairs each code with its parameters; TypeScript cannot follow the
  // pair through an indexed call, so the pair is named once here.
  const pair = f as { code: "layout.not-a-form"; params: FindingParams["layout.not-a-form"] };
  return say(language.findings, pair.code, pair.params, language.names);
}

/** The name of a severity ("错误", "warning" …). */
export function severityName(s: Severity, lang: Lang = "zh-CN"): string {
  return CORE_LANGUAGES[lang].names.severity[s];
}

/** The name of a part of the form ("项目资金", "Funds" …). */
export function partName(part: FormPart, lang: Lang = "zh-CN"): string {
  return CORE_LANGUAGES[lang].names.part[part];
}
