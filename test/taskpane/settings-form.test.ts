import { MOF_2020 } from "../../src/core/profile";
import { builtinProfile, parseProfile } from "../../src/core/resolve-profile";
import { draftOfBuiltin, readDraft, toDraft } from "../../src/taskpane/settings-form";

const base = { profile: MOF_2020, language: "zh-CN" as const };

describe("settings form", () => {
  it("shows ratios as percents and reads them back unchanged", () => {
    const draft = toDraft(base);
    expect(draft).toMatchObject({
      overAchievedWarn: "120",
      overAchievedReason: "130",
      executionLow: "80",
      excellent: "90",
    });
    const result = readDraft(draft, MOF_2020);
    expect(result).toEqual({ ok: true, settings: base });
  });

  it("accepts a trailing percent sign and regional 80/70/60 bands", () => {
    const draft = {
      ...toDraft(base),
      executionLow: "75%",
      excellent: "80",
      good: "70",
      fair: "60",
      language: "en-US" as const,
    };
    const result = readDraft(draft, MOF_2020);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.settings.language).toBe("en-US");
    expect(result.settings.profile.executionLow).toBeCloseTo(0.75);
    expect(result.settings.profile.gradeBands).toEqual({ excellent: 80, good: 70, fair: 60 });
    expect(result.settings.profile.copiedSimilarity).toBe(MOF_2020.copiedSimilarity);
  });

  it("names the field that is not a number", () => {
    const result = readDraft({ ...toDraft(base), overAchievedWarn: "一百二" }, MOF_2020);
    expect(result).toEqual({ ok: false, problems: { overAchievedWarn: "invalidNumber" } });
  });

  it("refuses a reason threshold below the warning threshold", () => {
    const result = readDraft(
      { ...toDraft(base), overAchievedWarn: "140", overAchievedReason: "130" },
      MOF_2020
    );
    expect(result).toEqual({ ok: false, problems: { overAchievedReason: "reasonAboveWarn" } });
  });

  it("refuses an execution threshold above 100% and bands out of order", () => {
    const result = readDraft({ ...toDraft(base), executionLow: "120", good: "90" }, MOF_2020);
    expect(result).toEqual({
      ok: false,
      problems: { executionLow: "percentRange", bands: "bandsOrder" },
    });
  });
});

describe("settings form over a profile", () => {
  it("shows a built-in's own values when the user picks it, and saves it by its name", () => {
    const draft = draftOfBuiltin("zh-CN", "province-2022");
    expect(draft).toMatchObject({ base: "province-2022", reverseMode: "linear" });
    const result = readDraft(draft, MOF_2020);
    expect(result).toEqual({
      ok: true,
      settings: { language: "zh-CN", profile: builtinProfile("province-2022") },
    });
  });

  it("adjusts the profile in use, keeping its name and the rules the form does not show", () => {
    const parsed = parseProfile({
      id: "某市 2023",
      extends: "province-2022",
      executionCaps: [{ below: 0.6, cap: 70 }],
    });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    const current = parsed.data;
    const result = readDraft(
      { ...toDraft({ language: "zh-CN", profile: current }), excellent: "85" },
      current
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.settings.profile).toEqual({
      ...current,
      gradeBands: { excellent: 85, good: 80, fair: 60 },
    });
  });

  it("leaves the rules of the profile in use behind when the user picks another", () => {
    const current = { ...builtinProfile("province-2022"), id: "某市 2023" };
    const result = readDraft(draftOfBuiltin("zh-CN", "mof-2020"), current);
    expect(result.ok && result.settings.profile).toEqual(MOF_2020);
  });
});
