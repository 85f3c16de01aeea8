/**
 * Prints the findings catalogue (code, zh-CN and en-US wording with {parameters}) as the
 * Markdown table docs/rules.md carries between its catalogue markers; a test keeps them equal.
 */
import { CORE_LANGUAGES, FINDING_CODES, type CoreNames } from "../src/core";

/** Parameters that print as their own name in braces; every parameter counts as given. */
const placeholders = new Proxy({} as Record<string, string>, {
  get: (_t, key) => `{${String(key)}}`,
  has: () => true,
});

/** Name tables whose every entry prints as the table's name in braces ({tier}, {cause} …). */
const names = new Proxy({} as CoreNames, {
  get: (_t, table) => new Proxy({}, { get: () => `{${String(table)}}` }),
});

export function catalogueTable(): string {
  const rows = FINDING_CODES.map((code) => {
    const word = (lang: "zh-CN" | "en-US") =>
      (CORE_LANGUAGES[lang].findings[code] as (p: object, n: CoreNames) => string)(
        placeholders,
        names
      );
    return `| \`${code}\` | ${word("zh-CN")} | ${word("en-US")} |`;
  });
  return ["| code | zh-CN | en-US |", "|---|---|---|", ...rows].join("\n");
}

if (require.main === module) process.stdout.write(catalogueTable() + "\n");
