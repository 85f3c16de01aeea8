import { stringsFor } from "../../src/taskpane/i18n";
import { emptyTemplateDraft, readTemplateDraft } from "../../src/taskpane/template-form";

const zh = stringsFor("zh-CN");
const read = (draft: Parameters<typeof readTemplateDraft>[0]) =>
  readTemplateDraft(draft, zh, "zh-CN");

describe("新建项目表 form", () => {
  it("reads one project with its details and leaves blank amounts out", () => {
    const draft = {
      ...emptyTemplateDraft(2021),
      name: " 安全生产执法装备 ",
      unit: "昌吉州应急管理局",
      initial: "100",
      executed: "1,234.5",
    };
    expect(read(draft)).toEqual({
      ok: true,
      inputs: [
        {
          name: "安全生产执法装备",
          unit: "昌吉州应急管理局",
          year: 2021,
          funds: { initial: 100, executed: 1234.5 },
        },
      ],
    });
  });

  it("reads a list as one project per non-empty line sharing 主管部门 and year", () => {
    const draft = {
      ...emptyTemplateDraft(2022),
      mode: "list" as const,
      dept: "应急管理局",
      list: "甲\r\n\n  乙 \n",
    };
    expect(read(draft)).toEqual({
      ok: true,
      inputs: [
        { name: "甲", dept: "应急管理局", year: 2022 },
        { name: "乙", dept: "应急管理局", year: 2022 },
      ],
    });
  });

  it("says which fields are wrong: empty name, bad year, negative amount", () => {
    const draft = { ...emptyTemplateDraft(2021), year: "21年", budget: "-5" };
    expect(read(draft)).toEqual({
      ok: false,
      problems: { name: zh.nameRequired, year: zh.yearInvalid, budget: zh.invalidNumber },
    });
    expect(read({ ...draft, mode: "list", list: " \n " })).toEqual({
      ok: false,
      problems: { list: zh.nameRequired, year: zh.yearInvalid },
    });
  });

  it("passes what the core's schema refuses on to the field, worded by the core", () => {
    const result = read({ ...emptyTemplateDraft(1800), name: "甲" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.problems)).toEqual(["year"]);
    expect(result.problems.year).toContain("1990");
    const list = read({
      ...emptyTemplateDraft(2021),
      mode: "list",
      list: `甲\n${"长".repeat(201)}`,
    });
    expect(list.ok).toBe(false);
    if (!list.ok) expect(list.problems.list).toMatch(/^长+：项目名称/);
  });

  it("leaves the year out when the field is blank", () => {
    expect(read({ ...emptyTemplateDraft(2021), name: "甲", year: "" })).toEqual({
      ok: true,
      inputs: [{ name: "甲" }],
    });
  });
});
