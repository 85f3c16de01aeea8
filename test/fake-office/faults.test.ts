import {
  createFakeOffice,
  workbookFromRows,
  workbookSnapshot,
  type FakeDocumentSettings,
  type FakeOffice,
} from "../../dev/fake-office";

function host(payloadLimit?: number): FakeOffice {
  return createFakeOffice({
    workbook: workbookFromRows({
      S: [
        ["a", 1],
        ["b", 2],
      ],
    }),
    ...(payloadLimit === undefined ? {} : { payloadLimit }),
  });
}

async function writeTwoCells(office: FakeOffice): Promise<void> {
  await office.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("B1").values = [[10]];
    ws.getRange("B2").values = [[20]];
    await context.sync();
  });
}

describe("fake host faults", () => {
  it("applies nothing when an injected fault fails the sync", async () => {
    const office = host();
    const before = workbookSnapshot(office.workbook);
    office.failSync(1, { code: "GeneralException" });
    await expect(writeTwoCells(office)).rejects.toMatchObject({ code: "GeneralException" });
    expect(workbookSnapshot(office.workbook)).toEqual(before);
    expect(office.counters()).toMatchObject({ syncs: 1, failedSyncs: 1 });
  });

  it("can stop half way, as real Office.js batches may", async () => {
    const office = host();
    office.failSync(1, { code: "GeneralException", applyFirst: 1 });
    await expect(writeTwoCells(office)).rejects.toMatchObject({ code: "GeneralException" });
    const sheet = office.workbook.sheetByName("S")!;
    expect(office.workbook.cell(sheet, 0, 1)?.value).toBe(10);
    expect(office.workbook.cell(sheet, 1, 1)?.value).toBe(2);
  });

  it("refuses a write on a protected sheet, keeping what the batch applied before it", async () => {
    const office = host();
    office.workbook.addSheet("Other");
    office.workbook.sheetByName("S")!.protected = true;
    await expect(
      office.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").getRange("A1").values = [["x"]];
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["y"]];
        context.workbook.worksheets.getItem("Other").getRange("A2").values = [["z"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
    // Batches are not atomic: the write queued before the refused one stays, the rest never ran.
    const other = office.workbook.sheetByName("Other")!;
    expect(office.workbook.cell(other, 0, 0)?.value).toBe("x");
    expect(office.workbook.cell(other, 1, 0)).toBeUndefined();
    expect(office.workbook.cell(office.workbook.sheetByName("S")!, 0, 0)?.value).toBe("a");
  });

  it("lets values into unlocked cells of a protected sheet, but not formats", async () => {
    const office = host();
    const sheet = office.workbook.sheetByName("S")!;
    office.workbook.updateCell(sheet, 0, 1, (cell) => (cell.unlocked = true));
    sheet.protected = true;
    const write = (change: (range: Excel.Range) => void) =>
      office.Excel.run(async (context) => {
        change(context.workbook.worksheets.getItem("S").getRange("B1"));
        await context.sync();
      });
    await write((range) => (range.values = [[5]]));
    expect(office.workbook.cell(sheet, 0, 1)?.value).toBe(5);
    await expect(write((range) => (range.numberFormat = [["0.0"]]))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(write((range) => (range.format.fill.color = "#FF0000"))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    // A2 is locked (Excel's default).
    await expect(
      office.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A2").values = [["no"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("fails with ItemNotFound when the sheet is deleted between two syncs", async () => {
    const office = host();
    office.beforeSync(2, (workbook) => workbook.deleteSheet("S"));
    await expect(
      office.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("S");
        ws.load("name");
        await context.sync();
        ws.getRange("A1").values = [["late"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("keeps following a sheet renamed between two syncs of the same run", async () => {
    const office = host();
    office.beforeSync(2, (workbook) => workbook.renameSheet(workbook.sheetByName("S")!, "Renamed"));
    await office.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.load("name");
      await context.sync();
      ws.getRange("A1").values = [["still here"]];
      await context.sync();
    });
    expect(office.workbook.cell(office.workbook.sheetByName("Renamed")!, 0, 0)?.value).toBe(
      "still here"
    );
  });

  it("fails in cell edit mode unless the run asked to wait, and then waits for the user", async () => {
    const office = host();
    office.startCellEdit();
    await expect(writeTwoCells(office)).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    let done = false;
    const waiting = office.Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["after edit"]];
      await context.sync();
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    office.endCellEdit();
    await waiting;
    expect(done).toBe(true);
    expect(office.runOptions).toEqual([undefined, { delayForCellEdit: true }]);
  });

  it("refuses a request above the payload limit before applying anything", async () => {
    const office = host(2000);
    await expect(
      office.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(3000)]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(office.workbook.cell(office.workbook.sheetByName("S")!, 0, 0)?.value).toBe("a");
  });

  it("refuses a response above the payload limit and measures each sync", async () => {
    const office = host(2000);
    office.workbook.putCell(office.workbook.sheetByName("S")!, 5, 0, { value: "长".repeat(700) });
    await expect(
      office.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A6").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(office.log[0]?.responseBytes).toBeGreaterThan(2100);
    expect(office.log[0]?.failed).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("fake document settings", () => {
  it("keeps saved settings for a reopened pane and drops unsaved ones", async () => {
    const office = host();
    const settings = office.Office.context.document.settings;
    settings.set("a", { n: 1 });
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    settings.set("b", 2);
    settings.reopen();
    expect(settings.get("a")).toEqual({ n: 1 });
    expect(settings.get("b")).toBeNull();
  });

  it("reports a failed save and keeps the previous saved state", async () => {
    const office = host();
    const settings = office.settings;
    settings.failNextSaves(1);
    settings.set("a", 1);
    const status = await new Promise<string>((resolve) =>
      settings.saveAsync((r) => resolve(String(r.status)))
    );
    expect(status).toBe("failed");
    expect(settings.savedValue("a")).toBeNull();
  });

  const save = (settings: FakeDocumentSettings) =>
    new Promise<string>((resolve) => settings.saveAsync((r) => resolve(String(r.status))));
  const refresh = (settings: FakeDocumentSettings) =>
    new Promise<string>((resolve) => settings.refreshAsync((r) => resolve(String(r.status))));

  it("gives each runtime its own copy, loaded when the runtime starts", async () => {
    const office = host();
    office.settings.set("pane", 1);
    await save(office.settings);
    const ribbon = office.openRuntime();
    expect(ribbon.settings.get("pane")).toBe(1);
    expect(ribbon.Office.context.document.settings).toBe(ribbon.settings);
    ribbon.settings.set("ribbon", 2);
    await save(ribbon.settings);
    // The pane's copy is stale until it refreshes.
    expect(office.settings.get("ribbon")).toBeNull();
    expect(await refresh(office.settings)).toBe("succeeded");
    expect(office.settings.get("ribbon")).toBe(2);
  });

  it("saveAsync writes the whole copy, over what another runtime saved meanwhile", async () => {
    const office = host();
    const ribbon = office.openRuntime();
    ribbon.settings.set("journal", "kept?");
    await save(ribbon.settings);
    office.settings.set("settings", "x");
    await save(office.settings);
    expect(office.settingsDocument.value("settings")).toBe("x");
    expect(office.settingsDocument.value("journal")).toBeNull();
  });

  it("refreshAsync drops unsaved changes, and can be made to fail", async () => {
    const office = host();
    office.settings.set("a", 1);
    expect(await refresh(office.settings)).toBe("succeeded");
    expect(office.settings.get("a")).toBeNull();
    office.settings.set("a", 1);
    office.settings.failNextRefreshes(1);
    expect(await refresh(office.settings)).toBe("failed");
    expect(office.settings.get("a")).toBe(1);
  });

  it("refuses a copy above the size limit and keeps it in memory, as Office does", async () => {
    const office = createFakeOffice({ settingsLimit: 100 });
    office.settings.set("big", "x".repeat(200));
    expect(await save(office.settings)).toBe("failed");
    expect(office.settings.memoryBytes()).toBeGreaterThan(100);
    office.settings.set("small", 1);
    expect(await save(office.settings)).toBe("failed");
  });
});
