import {
  BUILTIN_PROFILE_NAMES,
  builtinProfile,
  builtinProfiles,
  canonicalJson,
  differingRules,
  formatProfileIssue,
  MOF_2020,
  parseProfile,
  profileDefinition,
  PROFILE_ISSUE_CODES,
  type ProfileIssue,
  type ProfileIssueCode,
  type ProfileIssueParams,
} from "../../src/core";

/** Parameters for every profile issue code (the type makes the table complete). */
const EXAMPLE_ISSUES: { [C in ProfileIssueCode]: ProfileIssueParams[C] } = {
  "profile.unknown-field": { field: "", keys: ["gradeBand"] },
  "profile.wrong-type": { field: "executionLow", expected: "number" },
  "profile.not-one-of": { field: "reverseMode", options: ["ratio", "linear"] },
  "profile.too-small": { field: "gradeBands.fair", minimum: 0, inclusive: true },
  "profile.too-big": { field: "executionLow", maximum: 1, inclusive: true },
  "profile.too-many": { field: "executionCaps", maximum: 10 },
  "profile.unknown-base": { field: "extends", name: "hebei", known: ["mof-2020"] },
  "profile.name-taken": { field: "id", name: "mof-2020" },
  "profile.invalid": { field: "id" },
  "profile.bands-order": { field: "gradeBands", excellent: 80, good: 80, fair: 60 },
  "profile.reason-below-warning": { field: "overAchievedReason", warn: 1.3, reason: 1.2 },
  "profile.split-total": { field: "expectedSplit", indicators: 80, funds: 10, sum: 90 },
  "profile.funds-weight": { field: "fundsWeight", fundsWeight: 10, funds: 20 },
  "profile.caps-order": {
    field: "executionCaps.1",
    index: 2,
    below: 0.9,
    cap: 79,
    previousBelow: 0.8,
    previousCap: 89,
  },
};

function issuesOf(input: unknown): ProfileIssue[] {
  const parsed = parseProfile(input);
  return parsed.success ? [] : parsed.issues;
}

describe("the built-in profiles", () => {
  it("resolve through the profiles they extend, each valid", () => {
    expect(builtinProfiles().map((p) => p.id)).toEqual([...BUILTIN_PROFILE_NAMES]);
    expect(builtinProfile("mof-2020")).toEqual(MOF_2020);
    const cost = builtinProfile("mof-2020-cost");
    expect(cost.expectedSplit).toEqual({
      output: 40,
      benefit: 30,
      satisfaction: 10,
      cost: 10,
      funds: 10,
    });
    const province = builtinProfile("province-2022");
    // Its own rules, and the split of the profile it extends.
    expect(province.expectedSplit).toEqual(cost.expectedSplit);
    expect(province).toMatchObject({
      id: "province-2022",
      base: "province-2022",
      reverseMode: "linear",
      executionBasis: "adjusted",
      rateDecimals: 2,
      deviationDeduction: { above: 0.3, points: 2 },
    });
    expect(province.executionCaps.map((c) => [c.below, c.cap])).toEqual([
      [0.8, 89],
      [0.7, 79],
      [0.6, 69],
      [0.5, 59],
    ]);
  });

  it("differ from mof-2020 in the rules they name", () => {
    expect(differingRules(builtinProfile("mof-2020-cost"), MOF_2020)).toEqual(["expectedSplit"]);
    expect(differingRules(builtinProfile("province-2022"), MOF_2020)).toEqual([
      "reverseMode",
      "expectedSplit",
      "executionBasis",
      "rateDecimals",
      "executionCaps",
      "deviationDeduction",
    ]);
  });
});

describe("a profile definition", () => {
  it("extends a built-in and overrides only what differs, nested rules part by part", () => {
    const parsed = parseProfile({
      id: "某省 2023",
      extends: "province-2022",
      gradeBands: { excellent: 85 },
    });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.data).toEqual({
      ...builtinProfile("province-2022"),
      id: "某省 2023",
      base: "province-2022",
      gradeBands: { excellent: 85, good: 80, fair: 60 },
    });
    expect(profileDefinition(parsed.data)).toEqual({
      id: "某省 2023",
      extends: "province-2022",
      gradeBands: { excellent: 85, good: 80, fair: 60 },
    });
  });

  it("extends mof-2020 when it names no base, and is named by its file when it has no id", () => {
    const parsed = parseProfile({ executionLow: 0.7 }, "my-rules");
    expect(parsed.success && [parsed.data.id, parsed.data.base, parsed.data.executionLow]).toEqual([
      "my-rules",
      "mof-2020",
      0.7,
    ]);
  });

  it("replaces a list of its base whole (the caps are one rule)", () => {
    const parsed = parseProfile({
      extends: "province-2022",
      executionCaps: [{ below: 0.6, cap: 80 }],
    });
    expect(parsed.success && parsed.data.executionCaps).toEqual([{ below: 0.6, cap: 80 }]);
  });

  it("is named by a built-in's id only when it is that built-in, adjusted", () => {
    const parsed = parseProfile({ id: "province-2022", executionLow: 0.7 });
    expect(parsed.success && [parsed.data.base, parsed.data.reverseMode]).toEqual([
      "province-2022",
      "linear",
    ]);
    expect(issuesOf({ id: "mof-2020", extends: "province-2022" })).toEqual([
      { code: "profile.name-taken", params: { field: "id", name: "mof-2020" } },
    ]);
  });
});

describe("a malformed profile", () => {
  it("is refused with one coded issue naming each field that is wrong", () => {
    expect(issuesOf({ gradeBand: { excellent: 95 } })).toEqual([
      { code: "profile.unknown-field", params: { field: "", keys: ["gradeBand"] } },
    ]);
    expect(issuesOf({ gradeBands: { excellent: 95, best: 99 } })).toEqual([
      { code: "profile.unknown-field", params: { field: "gradeBands", keys: ["best"] } },
    ]);
    expect(issuesOf({ executionLow: "80%" })).toEqual([
      { code: "profile.wrong-type", params: { field: "executionLow", expected: "number" } },
    ]);
    expect(issuesOf({ decimals: 1.5 })).toEqual([
      { code: "profile.wrong-type", params: { field: "decimals", expected: "integer" } },
    ]);
    expect(issuesOf({ reverseMode: "inverse" })).toEqual([
      {
        code: "profile.not-one-of",
        params: { field: "reverseMode", options: ["ratio", "linear"] },
      },
    ]);
    expect(issuesOf({ extends: "hebei" })).toEqual([
      {
        code: "profile.unknown-base",
        params: { field: "extends", name: "hebei", known: [...BUILTIN_PROFILE_NAMES] },
      },
    ]);
    expect(issuesOf({ executionCaps: [{ below: 1.5, cap: 89 }] })).toEqual([
      {
        code: "profile.too-big",
        params: { field: "executionCaps.0.below", maximum: 1, inclusive: true },
      },
    ]);
    expect(issuesOf(JSON.parse('{"gradeBands": {"__proto__": {"excellent": 50}}}'))).toEqual([
      { code: "profile.unknown-field", params: { field: "gradeBands", keys: ["__proto__"] } },
    ]);
    expect(issuesOf([])).toEqual([
      { code: "profile.wrong-type", params: { field: "", expected: "object" } },
    ]);
  });

  it("is refused by the rules that span fields, each with its own code and figures", () => {
    expect(issuesOf({ gradeBands: { excellent: 50, good: 80, fair: 60 } })).toEqual([
      {
        code: "profile.bands-order",
        params: { field: "gradeBands", excellent: 50, good: 80, fair: 60 },
      },
    ]);
    expect(issuesOf({ overAchievedWarn: 1.4 })).toEqual([
      {
        code: "profile.reason-below-warning",
        params: { field: "overAchievedReason", warn: 1.4, reason: 1.3 },
      },
    ]);
    expect(issuesOf({ expectedSplit: { output: 60 } })).toEqual([
      {
        code: "profile.split-total",
        params: { field: "expectedSplit", indicators: 100, funds: 10, sum: 110 },
      },
    ]);
    expect(issuesOf({ expectedSplit: { output: 40, funds: 20 } })).toEqual([
      {
        code: "profile.funds-weight",
        params: { field: "fundsWeight", fundsWeight: 10, funds: 20 },
      },
    ]);
    expect(
      issuesOf({
        executionCaps: [
          { below: 0.8, cap: 89 },
          { below: 0.9, cap: 79 },
        ],
      })
    ).toEqual([{ code: "profile.caps-order", params: EXAMPLE_ISSUES["profile.caps-order"] }]);
  });

  it("accepts bands of 80/70/60, a split with a 成本 share and a funds weight of 20 together", () => {
    const parsed = parseProfile({
      gradeBands: { excellent: 80, good: 70, fair: 60 },
      expectedSplit: { output: 30, benefit: 20, satisfaction: 10, cost: 20, funds: 20 },
      fundsWeight: 20,
    });
    expect(parsed.success).toBe(true);
  });
});

describe("the wording of a refused profile", () => {
  it("words every code in both languages, naming the field", () => {
    for (const code of PROFILE_ISSUE_CODES) {
      const issue = { code, params: EXAMPLE_ISSUES[code] } as ProfileIssue;
      const zh = formatProfileIssue(issue, "zh-CN");
      const en = formatProfileIssue(issue, "en-US");
      expect(zh).not.toEqual(en);
      for (const text of [zh, en]) {
        expect(text).not.toMatch(/undefined|\n/);
        if (issue.params.field !== "") expect(text).toContain(issue.params.field);
      }
    }
  });

  it("reads as one line a user can act on", () => {
    const [issue] = issuesOf({ gradeBands: { excellent: 50, good: 80, fair: 60 } });
    expect(issue && formatProfileIssue(issue, "zh-CN")).toBe(
      "gradeBands 须满足 优 > 良 > 中（现为 50 / 80 / 60）"
    );
    expect(issue && formatProfileIssue(issue, "en-US")).toBe(
      "gradeBands must descend, 优 > 良 > 中 (they are 50 / 80 / 60)"
    );
  });
});

describe("canonicalJson", () => {
  it("gives equal rules equal text whatever the order of their keys", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}'
    );
  });
});
