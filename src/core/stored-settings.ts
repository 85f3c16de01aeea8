import { asLang, type Lang } from "./lang";

/**
 * The settings value kept with a document: { version: 1, language?, profile? }. This file
 * reads its envelope and language without zod, so the pane can speak the saved language
 * from its first paint; settings.ts reads the whole value through the same functions.
 */

/** The stored value's fields when it is a settings record of a version this code knows. */
export function storedRecord(raw: unknown): { language?: unknown; profile?: unknown } | null {
  if (typeof raw !== "object" || raw === null) return null;
  return (raw as { version?: unknown }).version === 1 ? raw : null;
}

/** The language saved with the document, or null when there is none to trust. */
export function storedLanguage(raw: unknown): Lang | null {
  return asLang(storedRecord(raw)?.language);
}
