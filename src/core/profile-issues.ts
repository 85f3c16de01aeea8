import type * as z from "zod/mini";

/**
 * Why a profile is refused: a closed set of codes with parameters typed per code, worded by
 * profile-words/ in each language (profile-words.ts). Every issue names its field as the profile spells it
 * (`gradeBands`, `executionCaps.2.cap`; "" for the profile as a whole).
 */

/** What a field should have been, as the wording names it. */
export type ExpectedType = "number" | "integer" | "text" | "boolean" | "object" | "list";

type At = { field: string };

export interface ProfileIssueParams {
  "profile.unknown-field": At & { keys: string[] };
  "profile.wrong-type": At & { expected: ExpectedType };
  "profile.not-one-of": At & { options: string[] };
  "profile.too-small": At & { minimum: number; inclusive: boolean };
  "profile.too-big": At & { maximum: number; inclusive: boolean };
  "profile.too-many": At & { maximum: number };
  /** `extends` names no built-in profile. */
  "profile.unknown-base": At & { name: string; known: string[] };
  /** An `id` that names a built-in profile other than the one it extends. */
  "profile.name-taken": At & { name: string };
  "profile.invalid": At;
  /** 优 > 良 > 中 (R10). */
  "profile.bands-order": At & { excellent: number; good: number; fair: number };
  /** The reason threshold at or above the warning threshold (R8). */
  "profile.reason-below-warning": At & { warn: number; reason: number };
  /** The 一级 shares and the funds weight add up to 100 (R11). */
  "profile.split-total": At & { indicators: number; funds: number; sum: number };
  /** The default funds 分值 is the split's funds weight. */
  "profile.funds-weight": At & { fundsWeight: number; funds: number };
  /** Each cap band lies below the one before it, with a lower cap. */
  "profile.caps-order": At & {
    index: number;
    below: number;
    cap: number;
    previousBelow: number;
    previousCap: number;
  };
}

export type ProfileIssueCode = keyof ProfileIssueParams;

export type ProfileIssue = {
  [C in ProfileIssueCode]: { code: C; params: ProfileIssueParams[C] };
}[ProfileIssueCode];

/** Every code, for the catalogue in docs/rules.md (the record makes the list complete). */
const CODES: Record<ProfileIssueCode, true> = {
  "profile.unknown-field": true,
  "profile.wrong-type": true,
  "profile.not-one-of": true,
  "profile.too-small": true,
  "profile.too-big": true,
  "profile.too-many": true,
  "profile.unknown-base": true,
  "profile.name-taken": true,
  "profile.invalid": true,
  "profile.bands-order": true,
  "profile.reason-below-warning": true,
  "profile.split-total": true,
  "profile.funds-weight": true,
  "profile.caps-order": true,
};
export const PROFILE_ISSUE_CODES = Object.keys(CODES) as ProfileIssueCode[];

function expectedType(expected: string): ExpectedType {
  switch (expected) {
    case "int":
      return "integer";
    case "string":
      return "text";
    case "array":
      return "list";
    case "boolean":
    case "object":
      return expected;
    default:
      return "number";
  }
}

function isProfileCode(code: unknown): code is ProfileIssueCode {
  return typeof code === "string" && code in CODES;
}

/** A zod issue of the profile's schema as a profile issue. */
export function profileIssueOf(issue: z.core.$ZodIssue): ProfileIssue {
  const field = issue.path.map(String).join(".");
  switch (issue.code) {
    case "unrecognized_keys":
      return { code: "profile.unknown-field", params: { field, keys: issue.keys } };
    case "invalid_type":
      return {
        code: "profile.wrong-type",
        params: { field, expected: expectedType(issue.expected) },
      };
    case "invalid_value":
      return {
        code: "profile.not-one-of",
        params: { field, options: issue.values.map(String) },
      };
    case "too_small":
      return {
        code: "profile.too-small",
        params: { field, minimum: Number(issue.minimum), inclusive: issue.inclusive !== false },
      };
    case "too_big":
      return issue.origin === "array"
        ? { code: "profile.too-many", params: { field, maximum: Number(issue.maximum) } }
        : {
            code: "profile.too-big",
            params: { field, maximum: Number(issue.maximum), inclusive: issue.inclusive !== false },
          };
    case "custom": {
      // The cross-field rules (profile.ts) carry their code and parameters.
      const coded = issue.params as { code?: unknown; params?: object } | undefined;
      if (isProfileCode(coded?.code))
        return { code: coded.code, params: { ...coded.params, field } } as ProfileIssue;
      return { code: "profile.invalid", params: { field } };
    }
    default:
      return { code: "profile.invalid", params: { field } };
  }
}
