import { MOF_2020 } from "../../src/core/profile";
import { readSettings, toStoredSettings } from "../../src/core/settings";
import { storedLanguage } from "../../src/core/stored-settings";

describe("settings kept with a document", () => {
  it("reads back what was stored", () => {
    const settings = { language: "en-US" as const, profile: { ...MOF_2020, executionLow: 0.85 } };
    expect(readSettings(toStoredSettings(settings), "zh-CN")).toEqual(settings);
    expect(storedLanguage(toStoredSettings(settings))).toBe("en-US");
  });

  it("falls back to the default profile and Office's language on a foreign or damaged value", () => {
    for (const raw of [undefined, null, "garbage", { version: 7, language: "en-US" }, []]) {
      expect(readSettings(raw, "en-US")).toEqual({ profile: MOF_2020, language: "en-US" });
      expect(storedLanguage(raw)).toBeNull();
    }
    expect(readSettings({ version: 1, language: "fr-FR" }, "zh-CN").language).toBe("zh-CN");
  });
});
