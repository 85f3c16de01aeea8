import { createFakeOffice, workbookFromRows } from "../../dev/fake-office";
import type { FakeRange, FakeRangeAreas } from "../../dev/fake-office/range";
import type {
  FakeRangeFill,
  FakeRangeFont,
  FakeRangeFormat,
} from "../../dev/fake-office/range-format";
import type { FakeWorksheet } from "../../dev/fake-office/worksheet";

// Compile-time checks (npm run typecheck): what the fake implements has Office.js's own types.
type RangeScalars =
  | "address"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "cellCount"
  | "values"
  | "formulas"
  | "numberFormat"
  | "valueTypes"
  | "text"
  | "isNullObject"
  | "merge"
  | "unmerge"
  | "select";
export const asRange = (r: FakeRange): Pick<Excel.Range, RangeScalars> => r;
export const asAreas = (
  r: FakeRangeAreas
): Pick<Excel.RangeAreas, "address" | "areaCount" | "cellCount" | "isNullObject"> => r;
export const asFormat = (
  f: FakeRangeFormat
): Pick<Excel.RangeFormat, "columnWidth" | "rowHeight" | "wrapText"> => f;
export const asFill = (f: FakeRangeFill): Pick<Excel.RangeFill, "color" | "clear"> => f;
export const asFont = (
  f: FakeRangeFont
): Pick<Excel.RangeFont, "name" | "size" | "bold" | "color"> => f;
export const asSheet = (
  w: FakeWorksheet
): Pick<Excel.Worksheet, "name" | "id" | "position" | "activate" | "delete" | "isNullObject"> => w;

describe("fake RangeAreas", () => {
  it("lists merged areas as a collection of ranges with addresses", async () => {
    const office = createFakeOffice({ workbook: workbookFromRows({ S: [["a"]] }) });
    office.workbook.sheetByName("S")!.merges = [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 3, left: 1, bottom: 4, right: 1 },
    ];
    await office.Excel.run(async (context) => {
      const merged = context.workbook.worksheets
        .getItem("S")
        .getRange("A1:D10")
        .getMergedAreasOrNullObject();
      merged.areas.load("address");
      merged.load("areaCount");
      await context.sync();
      expect(merged.areaCount).toBe(2);
      expect(merged.areas.items.map((r) => r.address)).toEqual(["S!A1:C1", "S!B4:B5"]);
    });
  });
});
