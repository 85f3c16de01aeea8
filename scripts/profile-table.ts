/**
 * Prints the rule profiles as docs/rules.md carries them: a section per built-in profile with
 * each rule it sets and its source, the table of their differences, and the catalogue of the
 * codes a profile is refused with. A test keeps docs/rules.md equal to what this prints.
 */
import {
  BUILTIN_PROFILE_NAMES,
  BUILTIN_PROFILES,
  builtinProfile,
  differingRules,
  MOF_2020,
  PROFILE_ISSUE_CODES,
  RULE_KEYS,
  RULE_SOURCES,
  ruleName,
} from "../src/core";
import { PROFILE_LANGUAGES } from "../src/core/profile-words";
import { wordingTable } from "./rules-catalogue";

const show = (value: unknown) => `\`${JSON.stringify(value)}\``;
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** A section per built-in profile: what it extends, and each rule it sets with its source. */
export function profileSectionsText(): string {
  return BUILTIN_PROFILE_NAMES.map((name) => {
    const def = BUILTIN_PROFILES[name];
    const profile = builtinProfile(name);
    const heading = `#### \`${name}\`${def.extends === null ? " (the default)" : ` (extends \`${def.extends}\`)`}`;
    const keys = def.extends === null ? RULE_KEYS : RULE_KEYS.filter((k) => k in def.rules);
    const rows = keys.map((key) => {
      const source = def.sources[key];
      return `| \`${key}\` | ${ruleName(key, "en-US")} | ${show(profile[key])} | ${source ? `\`${source}\`` : "—"} |`;
    });
    return [
      heading,
      "",
      sentence(PROFILE_LANGUAGES["en-US"].profiles[name]),
      "",
      "| rule | what it sets | value | source |",
      "|---|---|---|---|",
      ...rows,
    ].join("\n");
  }).join("\n\n");
}

/** The sources the built-in profiles cite, by the key their sections use. */
export function ruleSourcesTable(): string {
  const rows = Object.entries(RULE_SOURCES).map(([key, text]) => `| \`${key}\` | ${text} |`);
  return ["| source | what it is |", "|---|---|", ...rows].join("\n");
}

/** The rules in which any built-in differs from mof-2020, with each profile's value. */
export function profileDifferencesTable(): string {
  const profiles = BUILTIN_PROFILE_NAMES.map(builtinProfile);
  const keys = RULE_KEYS.filter((key) =>
    profiles.some((p) => differingRules(p, MOF_2020).includes(key))
  );
  const rows = keys.map(
    (key) => `| \`${key}\` | ${profiles.map((p) => show(p[key])).join(" | ")} |`
  );
  return [
    `| rule | ${BUILTIN_PROFILE_NAMES.map((n) => `\`${n}\``).join(" | ")} |`,
    `|---|${BUILTIN_PROFILE_NAMES.map(() => "---").join("|")}|`,
    ...rows,
  ].join("\n");
}

/** The codes a profile is refused with, worded in both languages. */
export function profileIssueTable(): string {
  return wordingTable(PROFILE_ISSUE_CODES, {
    "zh-CN": PROFILE_LANGUAGES["zh-CN"].issues,
    "en-US": PROFILE_LANGUAGES["en-US"].issues,
  });
}

/** What docs/rules.md carries between its profiles markers. */
export function profilesSection(): string {
  return [
    "### Sources",
    "",
    ruleSourcesTable(),
    "",
    "### Built-in profiles",
    "",
    profileSectionsText(),
    "",
    "### Differences from mof-2020",
    "",
    profileDifferencesTable(),
  ].join("\n");
}

if (require.main === module)
  process.stdout.write(`${profilesSection()}\n\n${profileIssueTable()}\n`);
