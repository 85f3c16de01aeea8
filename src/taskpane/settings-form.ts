import { roundHalfUp } from "../core/normalize";
import type { Profile } from "../core/profile";
import type { BuiltinProfileName } from "../core/builtin-profiles";
import type { ProfileIssue } from "../core/profile-issues";
import { builtinProfile, parseProfile, profileDefinition } from "../core/resolve-profile";
import type { Lang, PaneSettings } from "./pane-actions";

/**
 * The settings panel's fields as typed text; percents are shown as 120 rather than 1.2.
 * `base` is the built-in profile the fields adjust.
 */
export interface SettingsDraft {
  language: Lang;
  base: BuiltinProfileName;
  reverseMode: Profile["reverseMode"];
  equalStrict: boolean;
  overAchievedWarn: string;
  overAchievedReason: string;
  executionLow: string;
  excellent: string;
  good: string;
  fair: string;
}

export type NumberField =
  "overAchievedWarn" | "overAchievedReason" | "executionLow" | "excellent" | "good" | "fair";

/** The pane's words for what is wrong with a field (the core's schema decides that it is). */
export type DraftProblem =
  "invalidNumber" | "bandsOrder" | "reasonAboveWarn" | "percentRange" | "mustBePositive";

/** Problems by field; `bands` is the order of the three grade bounds together. */
export type DraftProblems = Partial<Record<NumberField | "bands", DraftProblem>>;

export type DraftResult =
  { ok: true; settings: PaneSettings } | { ok: false; problems: DraftProblems };

const NUMBER_FIELDS: readonly NumberField[] = [
  "overAchievedWarn",
  "overAchievedReason",
  "executionLow",
  "excellent",
  "good",
  "fair",
];

function formatPercent(ratio: number): string {
  return String(roundHalfUp(ratio * 100, 2));
}

/** The text fields showing some settings. */
export function toDraft(settings: Pick<PaneSettings, "language" | "profile">): SettingsDraft {
  const p = settings.profile;
  return {
    language: settings.language,
    base: p.base,
    reverseMode: p.reverseMode,
    equalStrict: p.equalStrict,
    overAchievedWarn: formatPercent(p.overAchievedWarn),
    overAchievedReason: formatPercent(p.overAchievedReason),
    executionLow: formatPercent(p.executionLow),
    excellent: String(p.gradeBands.excellent),
    good: String(p.gradeBands.good),
    fair: String(p.gradeBands.fair),
  };
}

/** The fields showing a built-in profile as it ships, when the user picks it. */
export function draftOfBuiltin(language: Lang, name: BuiltinProfileName): SettingsDraft {
  return toDraft({ language, profile: builtinProfile(name) });
}

function readNumber(text: string): number | null {
  const trimmed = text.trim().replace(/[%％]$/, "");
  if (trimmed === "") return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

/** The field a refusal of the core's schema is about, and the pane's words for it. */
function problemOf(issue: ProfileIssue): [NumberField | "bands", DraftProblem] | null {
  const [rule, part] = issue.params.field.split(".");
  const field: NumberField | undefined =
    rule === "gradeBands"
      ? NUMBER_FIELDS.find((f) => f === part)
      : NUMBER_FIELDS.find((f) => f === rule);
  switch (issue.code) {
    case "profile.bands-order":
      return ["bands", "bandsOrder"];
    case "profile.reason-below-warning":
      return ["overAchievedReason", "reasonAboveWarn"];
    case "profile.too-small":
      if (!field) return null;
      return [field, issue.params.inclusive ? "percentRange" : "mustBePositive"];
    case "profile.too-big":
      return field ? [field, "percentRange"] : null;
    default:
      return field ? [field, "invalidNumber"] : null;
  }
}

/**
 * Reads the typed fields into settings over the profile in use (or the built-in the user
 * picked instead), or says which field is wrong. Whether a profile is valid is the core's
 * schema's decision (resolve-profile.ts), as for a document or a file; this only reads text.
 */
export function readDraft(draft: SettingsDraft, current: Profile): DraftResult {
  const problems: DraftProblems = {};
  const numbers = {} as Record<NumberField, number>;
  for (const field of NUMBER_FIELDS) {
    const n = readNumber(draft[field]);
    if (n === null) problems[field] = "invalidNumber";
    else numbers[field] = n;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const start = current.base === draft.base ? current : builtinProfile(draft.base);
  const parsed = parseProfile({
    ...profileDefinition(start),
    reverseMode: draft.reverseMode,
    equalStrict: draft.equalStrict,
    overAchievedWarn: numbers.overAchievedWarn / 100,
    overAchievedReason: numbers.overAchievedReason / 100,
    executionLow: numbers.executionLow / 100,
    gradeBands: { excellent: numbers.excellent, good: numbers.good, fair: numbers.fair },
  });
  if (parsed.success)
    return { ok: true, settings: { language: draft.language, profile: parsed.data } };
  for (const issue of parsed.issues) {
    const problem = problemOf(issue) ?? ["excellent", "invalidNumber"];
    problems[problem[0]] ??= problem[1];
  }
  return { ok: false, problems };
}
