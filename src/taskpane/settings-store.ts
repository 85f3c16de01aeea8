import * as z from "zod/mini";
import { parseProfile, MOF_2020 } from "../core";
import { LANGS, type Lang, type PaneSettings } from "./pane-actions";
import { SETTINGS_KEY } from "./settings-key";

/**
 * How the pane's settings are kept with the document (Office document settings).
 * No React here: the ribbon commands can read the same profile and language.
 */

export { SETTINGS_KEY };

const Stored = z.object({
  version: z.literal(1),
  language: z.optional(z.enum(LANGS)),
  profile: z.optional(z.unknown()),
});

/** The settings in a stored value; anything missing or unreadable falls back to the defaults. */
export function readStoredSettings(raw: unknown, fallbackLanguage: Lang): PaneSettings {
  const stored = Stored.safeParse(raw);
  if (!stored.success) return { profile: MOF_2020, language: fallbackLanguage };
  const profile = parseProfile(stored.data.profile ?? {});
  return {
    profile: profile.success ? profile.data : MOF_2020,
    language: stored.data.language ?? fallbackLanguage,
  };
}

/** The value stored with the document for some settings. */
export function toStoredSettings(settings: PaneSettings): unknown {
  return { version: 1, language: settings.language, profile: settings.profile };
}
