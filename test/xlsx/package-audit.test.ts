import ExcelJS from "exceljs";
import JSZip from "jszip";
import { auditPackage, OoxmlPackage, workbookBytes } from "../../src/xlsx";

// Whole workbooks are read and written: a second alone, many seconds on a shared, busy machine.
jest.setTimeout(60_000);

/** A one-sheet workbook whose sheet XML (and package) is then edited as another program would write it. */
async function packageWith(
  edit: (sheet: string) => string,
  extraParts: Record<string, string> = {}
) {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("表").getCell("A1").value = "项目名称";
  const zip = await JSZip.loadAsync(await workbookBytes(workbook));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", edit(sheet));
  for (const [name, text] of Object.entries(extraParts)) zip.file(name, text);
  return OoxmlPackage.open(await zip.generateAsync({ type: "nodebuffer" }));
}

describe("what a written copy would lose, found before writing", () => {
  it("finds nothing in a plain workbook", async () => {
    expect(await auditPackage(await packageWith((x) => x))).toEqual([]);
  });

  it.each([
    [
      "hidden zero values",
      (x: string) =>
        x.replace(
          "<sheetFormatPr",
          '<sheetViews><sheetView showZeros="false" workbookViewId="0"/></sheetViews><sheetFormatPr'
        ),
      "hidden-zeros",
    ],
    [
      "Excel for Mac's base column width",
      (x: string) =>
        x.replace(
          /<sheetFormatPr [^>]*\/>/,
          '<sheetFormatPr baseColWidth="10" defaultRowHeight="16"/>'
        ),
      "base-column-width",
    ],
    [
      "a link to a cell of the workbook",
      (x: string) =>
        x.replace(
          "</sheetData>",
          '</sheetData><hyperlinks><hyperlink ref="A1" location="表!B2"/></hyperlinks>'
        ),
      "link-target",
    ],
    [
      "a picture in the header",
      (x: string) => x.replace("</worksheet>", '<legacyDrawingHF r:id="rId9"/></worksheet>'),
      "header-footer-image",
    ],
    [
      "a form control",
      (x: string) =>
        x.replace(
          "</worksheet>",
          '<controls><control shapeId="1025" r:id="rId8"/></controls></worksheet>'
        ),
      "form-control",
    ],
  ])("finds %s", async (_label, edit, feature) => {
    expect(await auditPackage(await packageWith(edit))).toEqual([feature]);
  });

  it("finds macros, threaded comments and slicers by their parts", async () => {
    const pkg = await packageWith((x) => x, {
      "xl/vbaProject.bin": "binary",
      "xl/threadedComments/threadedComment1.xml": "<ThreadedComments/>",
      "xl/slicers/slicer1.xml": "<slicers/>",
    });
    expect(await auditPackage(pkg)).toEqual(["slicer", "macro", "threaded-comment"]);
  });

  it("finds a picture whose part exceljs does not read, and not one it does", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("表");
    // A 1×1 PNG.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64"
    );
    sheet.addImage(
      workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" }),
      "B2:C3"
    );
    const bytes = await workbookBytes(workbook);
    expect(await auditPackage(await OoxmlPackage.open(bytes))).toEqual([]);

    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).find((n) => /^xl\/media\/.+/.test(n))!;
    zip.file("xl/media/图片 1.png", await zip.file(media)!.async("nodebuffer"));
    zip.remove(media);
    const rels = "xl/drawings/_rels/drawing1.xml.rels";
    const text = await zip.file(rels)!.async("string");
    zip.file(rels, text.replace(media.replace("xl/", "../"), "../media/图片 1.png"));
    const renamed = await OoxmlPackage.open(await zip.generateAsync({ type: "nodebuffer" }));
    expect(await auditPackage(renamed)).toEqual(["picture"]);
  });

  it("does not take a base column width of 8, or one with a default width, for a loss", async () => {
    const pkg = await packageWith((x) =>
      x.replace(
        /<sheetFormatPr [^>]*\/>/,
        '<sheetFormatPr baseColWidth="10" defaultColWidth="9" defaultRowHeight="16"/>'
      )
    );
    expect(await auditPackage(pkg)).toEqual([]);
  });
});
