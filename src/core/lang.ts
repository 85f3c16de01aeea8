/** The product's languages, zh-CN first: every message is worded in each. */
export const LANGS = ["zh-CN", "en-US"] as const;
export type Lang = (typeof LANGS)[number];

/** Office's UI language ("en-GB", "zh-CN", …) as one of ours: English only when Office speaks English. */
export function langOfDisplay(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? "").toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

/** A language code read from untrusted data (a stored setting, a query string), or null. */
export function asLang(value: unknown): Lang | null {
  return LANGS.find((lang) => lang === value) ?? null;
}
