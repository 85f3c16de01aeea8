import {
  BUILTIN_PROFILE_NAMES,
  BUILTIN_PROFILES,
  isBuiltinProfileName,
  type BuiltinProfileName,
} from "./builtin-profiles";
import { MOF_2020, ProfileRules, RULE_KEYS, rulesOf, type Profile, type RuleKey } from "./profile";
import { profileIssueOf, type ProfileIssue } from "./profile-issues";

/**
 * A profile as a document, a file or the pane gives it: `{ "id"?, "extends"?, …rules }`, the
 * rules that differ from the built-in profile it extends (mof-2020 when it names none). Nested
 * rules (gradeBands, expectedSplit …) may give only the parts that differ; a list replaces the
 * base's whole. Resolving merges it over its base and checks the result (profile.ts).
 */
export type ProfileResult =
  { success: true; data: Profile } | { success: false; issues: ProfileIssue[] };

type Json = Record<string, unknown>;

function isRecord(x: unknown): x is Json {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** `over` merged into `base`: records key by key, anything else (lists too) replaced. */
function mergeDeep(base: unknown, over: unknown): unknown {
  if (!isRecord(base) || !isRecord(over)) return over;
  const out: Json = { ...base };
  // Defined rather than assigned: a "__proto__" key from JSON stays a field of its own, which
  // the schema refuses as unknown, instead of becoming the object's prototype.
  for (const [key, value] of Object.entries(over))
    Object.defineProperty(out, key, {
      value: mergeDeep(
        Object.prototype.hasOwnProperty.call(base, key) ? base[key] : undefined,
        value
      ),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

const cache = new Map<BuiltinProfileName, Profile>();

/** A built-in profile, resolved through the profiles it extends. */
export function builtinProfile(name: BuiltinProfileName): Profile {
  const hit = cache.get(name);
  if (hit) return hit;
  const def = BUILTIN_PROFILES[name];
  const base = def.extends === null ? MOF_2020 : builtinProfile(def.extends);
  const profile: Profile = {
    ...ProfileRules.parse(mergeDeep(rulesOf(base), def.rules)),
    id: name,
    base: name,
  };
  cache.set(name, profile);
  return profile;
}

/** The built-in profiles in the order they are listed. */
export function builtinProfiles(): Profile[] {
  return BUILTIN_PROFILE_NAMES.map(builtinProfile);
}

/** A profile's own name: a short line of text. */
const ID_PATTERN = /^[^\u0000-\u001f]{1,64}$/;

/**
 * Resolves a profile definition over the built-in it extends and checks it; problems come
 * back as coded issues naming their field, never thrown. The name is the definition's `id`,
 * else `defaultId` (a file's name), else its base's. An `id` that names a built-in profile is
 * that profile (documents saved before profiles could extend kept `"id": "mof-2020"` with
 * every rule), so it cannot also extend another.
 */
export function parseProfile(input: unknown, defaultId?: string): ProfileResult {
  if (!isRecord(input))
    return {
      success: false,
      issues: [{ code: "profile.wrong-type", params: { field: "", expected: "object" } }],
    };
  const { id, extends: extendsName, ...rules } = input;
  const issues: ProfileIssue[] = [];
  if (id !== undefined && (typeof id !== "string" || !ID_PATTERN.test(id)))
    issues.push({ code: "profile.wrong-type", params: { field: "id", expected: "text" } });
  if (extendsName !== undefined && !isBuiltinProfileName(extendsName))
    issues.push({
      code: "profile.unknown-base",
      params: { field: "extends", name: String(extendsName), known: [...BUILTIN_PROFILE_NAMES] },
    });
  if (isBuiltinProfileName(id) && extendsName !== undefined && extendsName !== id)
    issues.push({ code: "profile.name-taken", params: { field: "id", name: id } });
  const base = isBuiltinProfileName(extendsName)
    ? extendsName
    : isBuiltinProfileName(id)
      ? id
      : "mof-2020";
  const parsed = ProfileRules.safeParse(mergeDeep(rulesOf(builtinProfile(base)), rules));
  if (!parsed.success) issues.push(...parsed.error.issues.map(profileIssueOf));
  if (issues.length > 0 || !parsed.success) return { success: false, issues };
  const name = typeof id === "string" ? id : (defaultId ?? base);
  return { success: true, data: { ...parsed.data, id: name, base } };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The rules in which two profiles differ, in the order of the profile's fields. */
export function differingRules(profile: Profile, from: Profile): RuleKey[] {
  return RULE_KEYS.filter((key) => !sameValue(profile[key], from[key]));
}

/**
 * The definition that resolves to a profile: its base, its name when it has its own, and
 * the rules that differ from its base. This is what a document keeps, so that a correction
 * of a built-in reaches every document that chose it.
 */
export function profileDefinition(profile: Profile): Record<string, unknown> {
  const from = builtinProfile(profile.base);
  const definition: Record<string, unknown> = { extends: profile.base };
  if (profile.id !== profile.base) definition.id = profile.id;
  for (const key of differingRules(profile, from)) definition[key] = profile[key];
  return definition;
}
