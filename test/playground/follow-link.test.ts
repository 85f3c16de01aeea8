import { workbookFromRows } from "../../dev/fake-office";
import { linkTarget } from "../../dev/playground/follow-link";

describe("following a link in the playground", () => {
  const book = workbookFromRows({ 汇总: [["项目"]], "项目 一": [["项目支出绩效自评表"]] });

  it("leads to the sheet and cell a link to the workbook names, quoted or not", () => {
    const target = linkTarget(book, {
      value: "项目",
      hyperlink: { documentReference: "'项目 一'!A1", textToDisplay: "项目" },
    });
    expect(target?.sheet.name).toBe("项目 一");
    expect(target?.area).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
    expect(
      linkTarget(book, { value: "x", hyperlink: { documentReference: "#汇总!B2" } })?.area
    ).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
  });

  it("leads nowhere for a cell without a link, a web address, or a sheet no longer there", () => {
    expect(linkTarget(book, undefined)).toBeNull();
    expect(linkTarget(book, { value: "x" })).toBeNull();
    expect(
      linkTarget(book, { value: "x", hyperlink: { address: "https://example.invalid" } })
    ).toBeNull();
    expect(
      linkTarget(book, { value: "x", hyperlink: { documentReference: "已删除!A1" } })
    ).toBeNull();
  });
});
