/**
 * Prints the label dictionary (every field, the part it belongs to, and the wordings the reader
 * accepts) as the Markdown table docs/rules.md carries between its dictionary markers; a test
 * keeps them equal.
 */
import { FIELD_KEYS, FIELDS } from "../src/core";

export function labelTable(): string {
  const rows = FIELD_KEYS.map((key) => {
    const f = FIELDS[key];
    const words = f.words.length > 0 ? f.words.join("、") : "";
    const patterns = (f.patterns ?? [])
      .map((p) => `\`${p.source.replace(/\|/g, "\\|")}\``)
      .join(" ");
    return `| \`${key}\` | ${f.part} | ${f.name} | ${[words, patterns].filter((x) => x !== "").join(" ")} |`;
  });
  return ["| field | part | name | wordings |", "|---|---|---|---|", ...rows].join("\n");
}

if (require.main === module) process.stdout.write(labelTable() + "\n");
