import type { Lang } from "./lang";
import { MOF_2020, parseProfile, type Profile } from "./profile";
import { storedLanguage, storedRecord } from "./stored-settings";

/** What a user sets for a workbook: the rule profile and the language of the messages. */
export interface Settings {
  profile: Profile;
  language: Lang;
}

/**
 * The settings in a stored value; anything missing or unreadable falls back to the default
 * profile and the given language (never an error on a foreign document).
 */
export function readSettings(raw: unknown, fallbackLanguage: Lang): Settings {
  const record = storedRecord(raw);
  const profile = record ? parseProfile(record.profile ?? {}) : null;
  return {
    profile: profile?.success ? profile.data : MOF_2020,
    language: storedLanguage(raw) ?? fallbackLanguage,
  };
}

/** The value stored with the document for some settings. */
export function toStoredSettings(settings: Settings): unknown {
  return { version: 1, language: settings.language, profile: settings.profile };
}
