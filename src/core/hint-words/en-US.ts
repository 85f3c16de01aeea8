import type { HintLanguage } from "../hint-words";

/** Where a problem stands: "hint 2: field" or the key alone. */
const where = (p: { hint?: number; key: string }) =>
  "hint" in p && p.hint !== undefined ? `hint ${p.hint}: ${p.key}` : p.key;

const TYPES = {
  text: "a text",
  list: "a list",
  object: "an object",
  number: "a number",
  other: "of another type",
};

/** Layout-hint problems in en-US. */
export const enUS: HintLanguage = {
  "unknown-field": (p) => `${where(p)} is not a known field (one of ${p.fields})`,
  "unknown-keys": (p) =>
    `${"hint" in p && p.hint !== undefined ? `hint ${p.hint}` : "the layout file"} has unknown keys: ${p.keys}`,
  "wrong-type": (p) => `${where(p)} must be ${TYPES[p.expected]}`,
  "not-a-cell": (p) => `${where(p)} is not a cell address (such as G12)`,
  "bad-version": () => `version must be 1`,
  invalid: (p) => `${where(p)} is not valid`,
};
