import { planSheetNames, SHEET_NAME_MAX, type SheetNamePlan } from "../../src/core/sheet-names";
import { sheetNameReason } from "../../src/core/template-words";

/** The worded reason of a plan, as the pane shows it. */
const reasonOf = (plan: SheetNamePlan | undefined, lang: "zh-CN" | "en-US") =>
  plan ? sheetNameReason(plan, lang) : undefined;

function names(wanted: string[], existing: string[] = []): string[] {
  return planSheetNames(wanted, existing).map((p) => p.name);
}

describe("planSheetNames", () => {
  it("keeps a valid name unchanged, with no reason", () => {
    const [plan] = planSheetNames(["安全生产举报奖励项目"], ["Sheet1"]);
    expect(plan).toEqual({
      requested: "安全生产举报奖励项目",
      name: "安全生产举报奖励项目",
      changed: false,
      issues: [],
    });
  });

  it("cuts a long CJK name to 31 characters", () => {
    const long = "昌吉回族自治州应急管理局森林草原防灭火保障项目及配套设施建设补助资金";
    expect(long.length).toBeGreaterThan(SHEET_NAME_MAX);
    const [plan] = planSheetNames([long], []);
    expect(plan?.name).toBe(long.slice(0, 31));
    expect(plan?.name.length).toBe(31);
    expect(plan?.issues).toEqual(["too-long"]);
    expect(reasonOf(plan, "zh-CN")).toContain("超过 31 个字符");
    expect(reasonOf(plan, "en-US")).toBe("Longer than 31 characters, shortened");
  });

  it("counts a character outside the BMP as two units and never splits it", () => {
    const name = `${"项".repeat(30)}𠀀尾`; // 𠀀 (U+20000) is a surrogate pair
    const [plan] = planSheetNames([name], []);
    expect(plan?.name).toBe("项".repeat(30));
    expect(plan?.name.length).toBe(30);
  });

  it("replaces each forbidden character by its full-width look-alike", () => {
    const [plan] = planSheetNames(["2021/2022 a:b\\c?d*e[f]"], []);
    expect(plan?.name).toBe("2021／2022 a：b＼c？d＊e［f］");
    expect(plan?.issues).toEqual(["forbidden-chars"]);
    expect(reasonOf(plan, "zh-CN")).toContain("已换成全角字符");
  });

  it("removes apostrophes at either end but keeps one inside", () => {
    expect(names(["'项目'", "O'Brien"])).toEqual(["项目", "O'Brien"]);
    expect(planSheetNames(["'项目'"], [])[0]?.issues).toEqual(["apostrophe"]);
  });

  it("trims spaces and line breaks pasted from a list", () => {
    const [plan] = planSheetNames(["  项目\tA \r\n"], []);
    expect(plan?.name).toBe("项目 A");
    expect(plan?.issues).toEqual(["whitespace"]);
  });

  it("names an empty request 自评表 and says so", () => {
    const plans = planSheetNames(["", "   ", "''"], []);
    expect(plans.map((p) => p.name)).toEqual(["自评表", "自评表 (2)", "自评表 (3)"]);
    expect(plans[0]?.issues).toEqual(["empty"]);
    expect(plans[2]?.issues).toEqual(["empty", "duplicate"]);
  });

  it("numbers a name already used by a sheet, ignoring case", () => {
    const plans = planSheetNames(["sheet1", "Project"], ["Sheet1", "PROJECT", "project (2)"]);
    expect(plans.map((p) => p.name)).toEqual(["sheet1 (2)", "Project (3)"]);
    expect(plans[0]?.issues).toEqual(["duplicate"]);
    expect(reasonOf(plans[0], "en-US")).toBe(
      "Another sheet has this name (ignoring case), numbered"
    );
  });

  it("numbers duplicates within the batch itself", () => {
    expect(names(["培训项目", "培训项目", "培训项目"])).toEqual([
      "培训项目",
      "培训项目 (2)",
      "培训项目 (3)",
    ]);
  });

  it("treats full-width and half-width letters as the same name, to be safe", () => {
    expect(names(["ＡＢＣ"], ["abc"])).toEqual(["ＡＢＣ (2)"]);
  });

  it("keeps a numbered long name within 31 characters", () => {
    const long = "项".repeat(40);
    const [first, second] = planSheetNames([long, long], []);
    expect(first?.name).toBe("项".repeat(31));
    expect(second?.name).toBe(`${"项".repeat(27)} (2)`);
    expect(second?.name.length).toBe(31);
    expect(second?.issues).toEqual(["too-long", "duplicate"]);
  });

  it("does not use the name History, reserved by Excel", () => {
    const [plan] = planSheetNames(["history"], []);
    expect(plan?.name).toBe("history (2)");
    expect(plan?.issues).toEqual(["reserved"]);
  });

  it("combines several reasons in one message", () => {
    const [plan] = planSheetNames([" a/b "], ["A／B"]);
    expect(plan?.name).toBe("a／b (2)");
    expect(reasonOf(plan, "zh-CN")).toBe(
      "去掉了首尾空白或换行；含不允许的字符 : \\ / ? * [ ]，已换成全角字符；与其他工作表重名（不区分大小写），已加序号"
    );
  });

  it("always returns names Excel accepts and that are unique", () => {
    const wanted = ["", "a".repeat(50), "[x]", "x", "X", "'", "History", "b:c", "项".repeat(33)];
    const plans = planSheetNames(wanted, ["x (2)"]);
    const keys = new Set<string>(["X (2)"]);
    for (const p of plans) {
      expect(p.name.length).toBeGreaterThan(0);
      expect(p.name.length).toBeLessThanOrEqual(31);
      expect(p.name).not.toMatch(/[:\\/?*[\]]/);
      expect(p.name).not.toMatch(/^'|'$/);
      expect(keys.has(p.name.toUpperCase())).toBe(false);
      keys.add(p.name.toUpperCase());
      expect(p.changed).toBe(p.name !== p.requested);
    }
  });
});
