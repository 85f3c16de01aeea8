import type { Lang } from "./lang";
import { MOF_2020, type Profile } from "./profile";
import type { ProfileIssue } from "./profile-issues";
import { parseProfile, profileDefinition } from "./resolve-profile";
import { storedLanguage, storedRecord } from "./stored-settings";

/** What a user sets for a workbook: the rule profile and the language of the messages. */
export interface Settings {
  profile: Profile;
  language: Lang;
}

/** Settings as read from a document, with why its stored profile was refused, if it was. */
export interface StoredSettings extends Settings {
  /** The problems of the stored profile, which mof-2020 then stands in for; empty when none. */
  refused: readonly ProfileIssue[];
}

/**
 * The settings in a stored value; anything missing or unreadable falls back to the default
 * profile and the given language (never an error on a foreign document). A stored profile
 * that the schema refuses is replaced by mof-2020, and `refused` says why, so the pane can
 * tell the user rather than score by rules they did not choose without a word.
 */
export function readSettings(raw: unknown, fallbackLanguage: Lang): StoredSettings {
  const record = storedRecord(raw);
  const parsed = record && record.profile !== undefined ? parseProfile(record.profile) : null;
  return {
    profile: parsed?.success ? parsed.data : MOF_2020,
    language: storedLanguage(raw) ?? fallbackLanguage,
    refused: parsed && !parsed.success ? parsed.issues : [],
  };
}

/**
 * The value stored with the document for some settings. The profile is kept as its definition
 * (the built-in it extends and what differs), so a correction of a built-in reaches every
 * document that chose it.
 */
export function toStoredSettings(settings: Settings): unknown {
  return {
    version: 1,
    language: settings.language,
    profile: profileDefinition(settings.profile),
  };
}
