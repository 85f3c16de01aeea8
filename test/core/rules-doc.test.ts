import { readFileSync } from "fs";
import { join } from "path";
import {
  CORE_LANGUAGES,
  FINDING_CODES,
  formatFinding,
  MissingParameterError,
  type FindingCode,
} from "../../src/core";
import { EXAMPLE_PARAMS } from "../helpers/findings";
import { catalogueTable } from "../../scripts/rules-catalogue";
import { labelTable } from "../../scripts/label-table";
import { tierTable } from "../../scripts/tier-table";
import { profileIssueTable, profilesSection } from "../../scripts/profile-table";

const exampleOf = (code: FindingCode) => ({
  code,
  severity: "error" as const,
  address: { row: 0, col: 0 },
  params: EXAMPLE_PARAMS[code],
  fixed: false,
});

/** The text docs/rules.md holds between `<!-- name:start -->` and `<!-- name:end -->`. */
function docSection(name: string): string | undefined {
  const doc = readFileSync(join(__dirname, "../../docs/rules.md"), "utf8");
  return new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(doc)?.[1];
}

/** Expects a generated section to equal the table; prints the table to paste when it does not. */
function expectSection(name: string, table: string): void {
  const section = docSection(name);
  if (section !== table) process.stdout.write(`docs/rules.md should carry:\n${table}\n`);
  expect(section).toBe(table);
}

describe("the findings catalogue", () => {
  it("words every code in both languages, with the parameters filled in", () => {
    for (const code of FINDING_CODES) {
      const f = exampleOf(code) as Parameters<typeof formatFinding>[0];
      const zh = formatFinding(f, "zh-CN");
      const en = formatFinding(f, "en-US");
      expect(zh.length).toBeGreaterThan(4);
      expect(en.length).toBeGreaterThan(4);
      expect(zh).not.toEqual(en);
      expect(zh).not.toContain("undefined");
      expect(en).not.toContain("undefined");
    }
    for (const language of Object.values(CORE_LANGUAGES))
      expect(Object.keys(language.findings).sort()).toEqual([...FINDING_CODES].sort());
  });

  it("words a tier in the language of the message, never a Chinese tier in English", () => {
    const f = exampleOf("score.out-of-band") as Parameters<typeof formatFinding>[0];
    expect(formatFinding(f, "en-US")).toBe(
      'A "partly achieved" score must lie in 12–16; it is 18.'
    );
    expect(formatFinding(f, "zh-CN")).toBe("“部分达成”的得分应在 12–16 之间，填写为 18。");
  });

  it("throws on a parameter the message reads but the finding lacks, rather than printing nothing", () => {
    const f = { ...exampleOf("reason.required"), params: { name: "人员培训" } };
    expect(() => formatFinding(f as Parameters<typeof formatFinding>[0], "zh-CN")).toThrow(
      MissingParameterError
    );
    const unknownCause = { ...exampleOf("reason.required"), params: { name: "x", cause: "lost" } };
    expect(() => formatFinding(unknownCause as Parameters<typeof formatFinding>[0])).toThrow(
      MissingParameterError
    );
  });

  it("is listed in docs/rules.md exactly as the code words it", () => {
    expectSection("catalogue", catalogueTable());
  });
});

describe("the label dictionary", () => {
  it("is listed in docs/rules.md exactly as src/core/label-dictionary.ts holds it", () => {
    expectSection("labels", labelTable());
  });
});

describe("the rule profiles", () => {
  it("are described in docs/rules.md exactly as src/core/builtin-profiles.ts holds them", () => {
    expectSection("profiles", profilesSection());
  });

  it("list every code a profile is refused with, worded as the code words it", () => {
    expectSection("profile-issues", profileIssueTable());
  });
});

describe("the qualitative tiers", () => {
  it("are listed in docs/rules.md exactly as src/core/tiers.ts holds them", () => {
    expectSection("tiers", tierTable());
  });
});
