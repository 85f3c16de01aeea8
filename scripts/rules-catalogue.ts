/**
 * Prints the findings catalogue (code, zh-CN and en-US wording with {parameters}) as the
 * Markdown table docs/rules.md carries between its catalogue markers; a test keeps them equal.
 */
import { FINDING_CODES, MESSAGES, type FindingParams } from "../src/core";

/** Parameters that print as their own name in braces. */
const placeholders = new Proxy({} as FindingParams, { get: (_t, key) => `{${String(key)}}` });

export function catalogueTable(): string {
  const rows = FINDING_CODES.map((code) => {
    const [zh, en] = MESSAGES[code];
    return `| \`${code}\` | ${zh(placeholders)} | ${en(placeholders)} |`;
  });
  return ["| code | zh-CN | en-US |", "|---|---|---|", ...rows].join("\n");
}

if (require.main === module) process.stdout.write(catalogueTable() + "\n");
