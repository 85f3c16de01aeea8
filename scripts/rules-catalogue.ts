/**
 * Prints the findings catalogue (code, zh-CN and en-US wording with {parameters}) as the
 * Markdown table docs/rules.md carries between its catalogue markers; a test keeps them equal.
 */
import { CORE_LANGUAGES, FINDING_CODES } from "../src/core";

/**
 * Parameters that print as their own name in braces; every parameter counts as given. A list
 * (keys, options) joins to its name too.
 */
const placeholders = new Proxy({} as Record<string, unknown>, {
  get: (_t, key) => {
    const text = `{${String(key)}}`;
    return { join: () => text, toString: () => text };
  },
  has: () => true,
});

/** Name tables whose every entry prints as the table's name in braces ({tier}, {cause} …). */
const names = new Proxy(
  {},
  { get: (_t, table) => new Proxy({}, { get: () => `{${String(table)}}` }) }
);

type Words = Record<string, (params: never, names: never) => string>;

/** A table of codes, each worded in zh-CN and en-US with {parameters} for its parameters. */
export function wordingTable(
  codes: readonly string[],
  words: { "zh-CN": Words; "en-US": Words }
): string {
  const rows = codes.map((code) => {
    const word = (lang: "zh-CN" | "en-US") =>
      (words[lang][code] as (p: object, n: object) => string)(placeholders, names);
    return `| \`${code}\` | ${word("zh-CN")} | ${word("en-US")} |`;
  });
  return ["| code | zh-CN | en-US |", "|---|---|---|", ...rows].join("\n");
}

export function catalogueTable(): string {
  return wordingTable(FINDING_CODES, {
    "zh-CN": CORE_LANGUAGES["zh-CN"].findings,
    "en-US": CORE_LANGUAGES["en-US"].findings,
  });
}

if (require.main === module) process.stdout.write(catalogueTable() + "\n");
