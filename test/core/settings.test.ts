import { builtinProfile } from "../../src/core/resolve-profile";
import { MOF_2020 } from "../../src/core/profile";
import { readSettings, toStoredSettings } from "../../src/core/settings";
import { storedLanguage } from "../../src/core/stored-settings";

describe("settings kept with a document", () => {
  it("reads back what was stored", () => {
    const settings = { language: "en-US" as const, profile: { ...MOF_2020, executionLow: 0.85 } };
    expect(readSettings(toStoredSettings(settings), "zh-CN")).toEqual({ ...settings, refused: [] });
    expect(storedLanguage(toStoredSettings(settings))).toBe("en-US");
  });

  it("keeps a profile as the built-in it extends and what differs", () => {
    const profile = { ...builtinProfile("province-2022"), executionLow: 0.85 };
    const stored = toStoredSettings({ language: "zh-CN", profile });
    expect(stored).toEqual({
      version: 1,
      language: "zh-CN",
      profile: { extends: "province-2022", executionLow: 0.85 },
    });
    expect(readSettings(stored, "zh-CN").profile).toEqual(profile);
  });

  it("reads the settings saved before profiles, every rule under the id mof-2020", () => {
    const legacy = {
      version: 1,
      language: "zh-CN",
      profile: {
        id: "mof-2020",
        reverseMode: "linear",
        equalStrict: false,
        overAchievedWarn: 1.2,
        overAchievedReason: 1.3,
        executionLow: 0.8,
        performanceAheadOfSpending: 0.05,
        gradeBands: { excellent: 90, good: 80, fair: 60 },
        expectedSplit: { output: 50, benefit: 30, satisfaction: 10, funds: 10 },
        fundsWeight: 10,
        decimals: 2,
        tolerance: 0.005,
        copiedSimilarity: 0.95,
      },
    };
    const read = readSettings(legacy, "en-US");
    expect(read.refused).toEqual([]);
    expect(read.profile).toEqual({ ...MOF_2020, reverseMode: "linear" });
  });

  it("falls back to the default profile and Office's language on a foreign or damaged value", () => {
    for (const raw of [undefined, null, "garbage", { version: 7, language: "en-US" }, []]) {
      expect(readSettings(raw, "en-US")).toEqual({
        profile: MOF_2020,
        language: "en-US",
        refused: [],
      });
      expect(storedLanguage(raw)).toBeNull();
    }
    expect(readSettings({ version: 1, language: "fr-FR" }, "zh-CN").language).toBe("zh-CN");
  });

  it("replaces a malformed stored profile by mof-2020 and says why, keeping the language", () => {
    const raw = {
      version: 1,
      language: "en-US",
      profile: { extends: "mof-2020", gradeBands: { excellent: 50, good: 80 } },
    };
    expect(readSettings(raw, "zh-CN")).toEqual({
      profile: MOF_2020,
      language: "en-US",
      refused: [
        {
          code: "profile.bands-order",
          params: { field: "gradeBands", excellent: 50, good: 80, fair: 60 },
        },
      ],
    });
    expect(readSettings({ version: 1, profile: "province-2022" }, "zh-CN").refused).toEqual([
      { code: "profile.wrong-type", params: { field: "", expected: "object" } },
    ]);
  });
});
