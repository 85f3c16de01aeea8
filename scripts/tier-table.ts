/**
 * Prints the qualitative tiers and every wording the reader accepts for each as the Markdown
 * table docs/rules.md carries between its tier markers; a test keeps them equal.
 */
import { TIER_PHRASES } from "../src/core/tiers";
import type { Tier } from "../src/core/values";

export function tierTable(): string {
  const rows = (Object.keys(TIER_PHRASES) as Tier[]).map(
    (tier) => `| ${tier} | ${TIER_PHRASES[tier].join("、")} |`
  );
  return [
    "| tier | wordings (compared after folding width and removing spaces) |",
    "|---|---|",
    ...rows,
  ].join("\n");
}

if (require.main === module) process.stdout.write(tierTable() + "\n");
