import { OFFICIAL_TIER_PHRASES, readTier } from "../../src/core/tiers";

describe("readTier", () => {
  it("reads the three official phrases", () => {
    expect(readTier("达成年度指标")).toBe("achieved");
    expect(readTier("部分达成年度指标并具有一定效果")).toBe("partly");
    expect(readTier("未达成年度指标且效果较差")).toBe("not-achieved");
  });

  it("maps each official phrase back to its own tier", () => {
    for (const [tier, phrase] of Object.entries(OFFICIAL_TIER_PHRASES)) {
      expect(readTier(phrase)).toBe(tier);
    }
  });

  it.each(["达成", "已达成", "已完成", "完成", "已实现", "实现", "达到", "是"])(
    "reads %s as achieved",
    (text) => {
      expect(readTier(text)).toBe("achieved");
    }
  );

  it.each(["部分达成", "基本完成", "基本达成", "部分完成"])("reads %s as partly", (text) => {
    expect(readTier(text)).toBe("partly");
  });

  it.each(["未达成", "未完成", "否", "未实现", "未达到", "未达成年度指标"])(
    "reads %s as not achieved",
    (text) => {
      expect(readTier(text)).toBe("not-achieved");
    }
  );

  it("does not read 未完成 as 完成 nor 部分达成 as 达成", () => {
    expect(readTier("未完成")).not.toBe("achieved");
    expect(readTier("部分达成")).not.toBe("achieved");
    expect(readTier("未达成年度指标且效果较差")).not.toBe("achieved");
  });

  it("ignores spaces, line breaks, width and a closing full stop", () => {
    expect(readTier(" 已 完成 ")).toBe("achieved");
    expect(readTier("达成年度\n指标。")).toBe("achieved");
    expect(readTier("基本完成.")).toBe("partly");
  });

  it.each(["", "完成情况良好", "基本", "已完成80%", "保障", "95%", "不适用"])(
    "returns null for %j",
    (text) => {
      expect(readTier(text)).toBeNull();
    }
  );

  describe("the wordings of issue 14", () => {
    it.each([
      ["达成预期指标", "achieved"],
      ["达成预期目标", "achieved"],
      ["已完成", "achieved"],
      ["基本完成", "partly"],
      ["部分达成预期指标", "partly"],
      ["未达成预期目标", "not-achieved"],
    ])("reads %s as %s", (text, tier) => {
      expect(readTier(text)).toBe(tier);
    });

    it.each([
      ["达成 预期 指标", "achieved"],
      ["达成预期目标。", "achieved"],
      ["\u3000已完成\u3000", "achieved"],
      ["已完成！", "achieved"],
      ["基本\n完成", "partly"],
      ["基本完成．", "partly"],
    ])("reads the spaced or full-width form %j as %s", (text, tier) => {
      expect(readTier(text)).toBe(tier);
    });

    it("keeps the negations apart: 未达成预期指标 is never achieved", () => {
      expect(readTier("未达成预期指标")).toBe("not-achieved");
      expect(readTier("达成预期")).toBeNull();
      expect(readTier("基本完成预期指标的一半")).toBeNull();
    });
  });
});
