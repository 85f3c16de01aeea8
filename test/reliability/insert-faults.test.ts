import { workbookFromRows } from "../../dev/fake-office";
import { createExcelPort, officeHost } from "../../src/excel";
import { createFakeOffice } from "../../dev/fake-office";
import { createExcelPaneActions } from "../../src/taskpane/excel-pane-actions";

/**
 * 新建项目表 takes three syncs: the sheet names, the new sheets, then showing the
 * first one. A failure of the last leaves the sheets inserted.
 */

function setUp() {
  const office = createFakeOffice({
    workbook: workbookFromRows({ 已有表: [["项目名称", "旧项目"]] }),
  });
  const port = createExcelPort({ host: officeHost(office), now: () => "2026-01-02T00:00:00.000Z" });
  return { office, pane: createExcelPaneActions({ port }) };
}

const INPUTS = [{ name: "新项目一" }, { name: "新项目二" }];

describe("新建项目表 when Excel fails", () => {
  it("inserts nothing when the insertion sync fails as a whole", async () => {
    const { office, pane } = setUp();
    office.resetCounters();
    office.failSync(2, { code: "GeneralException" });
    await expect(pane.insertTemplates(INPUTS)).rejects.toMatchObject({ kind: "unknown" });
    expect(office.workbook.sheets.map((s) => s.name)).toEqual(["已有表"]);
  });

  // Was a defect: a failure to show the first new sheet (sync 3) reported the whole insertion as
  // failed although both sheets were added, so a retry added 新项目一 (2) and 新项目二 (2).
  it("reports the sheets as inserted when only showing the first one fails", async () => {
    const { office, pane } = setUp();
    office.resetCounters();
    office.failSync(3, { code: "GeneralException" });
    const names = await pane.insertTemplates(INPUTS);
    expect(names).toEqual(["新项目一", "新项目二"]);
    expect(office.workbook.sheets.map((s) => s.name)).toEqual(["已有表", "新项目一", "新项目二"]);
  });
});
