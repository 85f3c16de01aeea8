import { readFileSync } from "fs";
import { join } from "path";
import { FINDING_CODES, formatFinding, MESSAGES } from "../../src/core";
import { catalogueTable } from "../../scripts/rules-catalogue";
import { labelTable } from "../../scripts/label-table";

describe("the findings catalogue", () => {
  it("words every code in both languages, with the parameters filled in", () => {
    for (const code of FINDING_CODES) {
      const f = {
        code,
        severity: "error" as const,
        address: { row: 0, col: 0 },
        params: { name: "人员培训", part: "funds" },
        fixed: false,
      };
      const zh = formatFinding(f, "zh-CN");
      const en = formatFinding(f, "en-US");
      expect(zh.length).toBeGreaterThan(4);
      expect(en.length).toBeGreaterThan(4);
      expect(zh).not.toEqual(en);
      expect(zh).not.toContain("undefined");
      expect(en).not.toContain("undefined");
    }
    expect(Object.keys(MESSAGES).sort()).toEqual([...FINDING_CODES].sort());
  });

  it("is listed in docs/rules.md exactly as the code words it", () => {
    const doc = readFileSync(join(__dirname, "../../docs/rules.md"), "utf8");
    const section = /<!-- catalogue:start -->\n([\s\S]*?)\n<!-- catalogue:end -->/.exec(doc)?.[1];
    if (section !== catalogueTable())
      process.stdout.write(`docs/rules.md should carry:\n${catalogueTable()}\n`);
    expect(section).toBe(catalogueTable());
  });
});

describe("the label dictionary", () => {
  it("is listed in docs/rules.md exactly as src/core/label-dictionary.ts holds it", () => {
    const doc = readFileSync(join(__dirname, "../../docs/rules.md"), "utf8");
    const section = /<!-- labels:start -->\n([\s\S]*?)\n<!-- labels:end -->/.exec(doc)?.[1];
    if (section !== labelTable())
      process.stdout.write(`docs/rules.md should carry:\n${labelTable()}\n`);
    expect(section).toBe(labelTable());
  });
});
