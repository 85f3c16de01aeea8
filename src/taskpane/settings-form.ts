import { roundHalfUp } from "../core/normalize";
import { parseProfile, type Profile } from "../core/profile";
import type { Lang, PaneSettings } from "./pane-actions";

/** The settings panel's fields as typed text; percents are shown as 120 rather than 1.2. */
export interface SettingsDraft {
  language: Lang;
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

export type DraftProblem =
  "invalidNumber" | "bandsOrder" | "reasonAboveWarn" | "percentRange" | "mustBePositive";

/** Problems by field; `bands` is the order of the three grade bounds together. */
export type DraftProblems = Partial<Record<NumberField | "bands", DraftProblem>>;

export type DraftResult =
  { ok: true; settings: PaneSettings } | { ok: false; problems: DraftProblems };

function formatPercent(ratio: number): string {
  return String(roundHalfUp(ratio * 100, 2));
}

/** The text fields showing some settings. */
export function toDraft(settings: PaneSettings): SettingsDraft {
  const p = settings.profile;
  return {
    language: settings.language,
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

function readNumber(text: string): number | null {
  const trimmed = text.trim().replace(/[%％]$/, "");
  if (trimmed === "") return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

/** Checks the typed fields and builds the settings over a base profile, or says which field is wrong. */
export function readDraft(draft: SettingsDraft, base: Profile): DraftResult {
  const problems: DraftProblems = {};
  const numbers = {} as Record<NumberField, number>;
  const fields: NumberField[] = [
    "overAchievedWarn",
    "overAchievedReason",
    "executionLow",
    "excellent",
    "good",
    "fair",
  ];
  for (const field of fields) {
    const n = readNumber(draft[field]);
    if (n === null) problems[field] = "invalidNumber";
    else numbers[field] = n;
  }
  if (!problems.overAchievedWarn && numbers.overAchievedWarn <= 0)
    problems.overAchievedWarn = "mustBePositive";
  if (
    !problems.overAchievedReason &&
    !problems.overAchievedWarn &&
    numbers.overAchievedReason < numbers.overAchievedWarn
  )
    problems.overAchievedReason = "reasonAboveWarn";
  if (!problems.executionLow && (numbers.executionLow < 0 || numbers.executionLow > 100))
    problems.executionLow = "percentRange";
  if (!problems.excellent && !problems.good && !problems.fair) {
    const { excellent, good, fair } = numbers;
    if (!(excellent > good && good > fair && fair >= 0 && excellent <= 100))
      problems.bands = "bandsOrder";
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const parsed = parseProfile({
    ...base,
    reverseMode: draft.reverseMode,
    equalStrict: draft.equalStrict,
    overAchievedWarn: numbers.overAchievedWarn / 100,
    overAchievedReason: numbers.overAchievedReason / 100,
    executionLow: numbers.executionLow / 100,
    gradeBands: { excellent: numbers.excellent, good: numbers.good, fair: numbers.fair },
  });
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path[0];
    const field = fields.find((f) => f === path) ?? "excellent";
    return { ok: false, problems: { [field]: "invalidNumber" } };
  }
  return { ok: true, settings: { language: draft.language, profile: parsed.data } };
}
