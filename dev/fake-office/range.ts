import { qualifiedA1, SHEET_COLUMNS, SHEET_ROWS, type Area } from "../../src/core";
import {
  cellFormula,
  cellNumberFormat,
  cellValue,
  cellValueType,
  checkWritable,
  columnCount,
  readMatrix,
  rowCount,
  writeNumberFormats,
  writeTyped,
  type RangeTarget,
} from "./cells";
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext, Transaction } from "./context";
import { FakeDataValidation } from "./data-validation";
import { FakeOfficeError } from "./errors";
import { FakeRangeFormat } from "./range-format";
import { readReference } from "./reference";

/** Above this many merged areas getMergedAreasOrNullObject fails (Excel's documented limit). */
export const MAX_MERGED_AREAS = 512;

const RANGE_DEFAULT = [
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "values",
  "formulas",
  "numberFormat",
  "valueTypes",
  "text",
];

function intersect(a: Area, b: Area): Area | null {
  const area = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return area.top > area.bottom || area.left > area.right ? null : area;
}

/** The area itself, or InvalidArgument when it does not lie on a sheet (as Excel answers). */
export function checkBounds(area: Area, path: string): Area {
  if (
    area.top < 0 ||
    area.left < 0 ||
    area.bottom >= SHEET_ROWS ||
    area.right >= SHEET_COLUMNS ||
    area.bottom < area.top ||
    area.right < area.left
  ) {
    throw new FakeOfficeError("InvalidArgument", `${path} lies outside the sheet`);
  }
  return area;
}

/** A fake Excel.Range: a rectangle of one sheet, resolved at sync time. */
export class FakeRange extends FakeClientObject<RangeTarget> {
  private formatProxy: FakeRangeFormat | undefined;
  private validationProxy: FakeDataValidation | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: (tx: Transaction) => RangeTarget | null,
    orNull = false
  ) {
    super(context, path, resolver, orNull);
  }

  protected defaultLoad(): string[] {
    return RANGE_DEFAULT;
  }

  protected readProperty(_tx: Transaction, target: RangeTarget, name: string): unknown {
    const { area, sheet } = target;
    switch (name) {
      case "address":
      case "addressLocal":
        return qualifiedA1(sheet.name, area);
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowCount":
        return rowCount(area);
      case "columnCount":
        return columnCount(area);
      case "cellCount":
        return rowCount(area) * columnCount(area);
      case "isEntireRow":
        return area.left === 0 && area.right === SHEET_COLUMNS - 1;
      case "isEntireColumn":
        return area.top === 0 && area.bottom === SHEET_ROWS - 1;
      case "values":
        return readMatrix(target, cellValue);
      case "formulas":
      case "formulasLocal":
        return readMatrix(target, cellFormula);
      case "numberFormat":
      case "numberFormatLocal":
        return readMatrix(target, cellNumberFormat);
      case "valueTypes":
        return readMatrix(target, cellValueType);
      case "text":
        return readMatrix(target, (cell) => String(cellValue(cell)));
      case "hyperlink": {
        const link = target.sheet.rows.get(area.top)?.get(area.left)?.hyperlink;
        return link ? { ...link } : null;
      }
      default:
        throw new FakeOfficeError("InvalidArgument", `Range has no property "${name}" in the fake`);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.read("valueTypes");
  }
  get text(): string[][] {
    return this.read("text");
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Office.js types values as any[][]
  get values(): any[][] {
    return this.read("values");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set values(value: any[][]) {
    this.write("values", value, (tx, target) => writeTyped(tx.workbook, target, value, "values"));
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get formulas(): any[][] {
    return this.read("formulas");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set formulas(value: any[][]) {
    this.write("formulas", value, (tx, target) =>
      writeTyped(tx.workbook, target, value, "formulas")
    );
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormat(value: any[][]) {
    this.write("numberFormat", value, (tx, target) =>
      writeNumberFormats(tx.workbook, target, value)
    );
  }

  /**
   * The range's hyperlink (ExcelApi 1.7): set on every cell of the range, and its
   * textToDisplay, when given, becomes the top-left cell's value as text, as in Excel.
   */
  get hyperlink(): Excel.RangeHyperlink | null {
    return this.read("hyperlink");
  }
  set hyperlink(value: Excel.RangeHyperlink) {
    this.write("hyperlink", value, (tx, target) => {
      tx.requireApi("1.7", "Range.hyperlink");
      checkWritable(target);
      const link = { ...value };
      const { area, sheet } = target;
      for (let r = area.top; r <= area.bottom; r += 1)
        for (let c = area.left; c <= area.right; c += 1)
          tx.workbook.updateCell(sheet, r, c, (cell) => {
            cell.hyperlink = { ...link };
            if (r === area.top && c === area.left && link.textToDisplay !== undefined) {
              cell.value = link.textToDisplay;
              delete cell.formula;
              delete cell.error;
            }
          });
    });
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, `${this.path}.format`, (tx) =>
      this.mustResolve(tx)
    );
    return this.formatProxy;
  }

  get dataValidation(): FakeDataValidation {
    this.validationProxy ??= new FakeDataValidation(
      this.context,
      `${this.path}.dataValidation`,
      (tx) => {
        tx.requireApi("1.8", "Range.dataValidation");
        return this.mustResolve(tx);
      }
    );
    return this.validationProxy;
  }

  private derive(
    method: string,
    make: (tx: Transaction, target: RangeTarget) => RangeTarget | null,
    orNull = false
  ): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.${method}`,
      (tx) => make(tx, this.mustResolve(tx)),
      orNull
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive(`getCell(${row},${column})`, (_tx, t) => ({
      sheet: t.sheet,
      area: checkBounds(
        {
          top: t.area.top + row,
          left: t.area.left + column,
          bottom: t.area.top + row,
          right: t.area.left + column,
        },
        this.path
      ),
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this.derive(`getAbsoluteResizedRange(${numRows},${numColumns})`, (_tx, t) => ({
      sheet: t.sheet,
      area: checkBounds(
        { ...t.area, bottom: t.area.top + numRows - 1, right: t.area.left + numColumns - 1 },
        this.path
      ),
    }));
  }

  getEntireRow(): FakeRange {
    return this.derive("getEntireRow()", (_tx, t) => ({
      sheet: t.sheet,
      area: { ...t.area, left: 0, right: SHEET_COLUMNS - 1 },
    }));
  }

  getEntireColumn(): FakeRange {
    return this.derive("getEntireColumn()", (_tx, t) => ({
      sheet: t.sheet,
      area: { ...t.area, top: 0, bottom: SHEET_ROWS - 1 },
    }));
  }

  getIntersectionOrNullObject(anotherRange: FakeRange | string): FakeRange {
    return this.derive(
      "getIntersectionOrNullObject()",
      (tx, t) => {
        let other: Area;
        if (typeof anotherRange === "string") {
          const { sheet, area } = readReference(anotherRange);
          if (sheet !== undefined && sheet.toUpperCase() !== t.sheet.name.toUpperCase()) {
            throw new FakeOfficeError("InvalidArgument", "ranges on different sheets");
          }
          other = area;
        } else {
          const resolved = anotherRange.mustResolve(tx);
          if (resolved.sheet !== t.sheet)
            throw new FakeOfficeError("InvalidArgument", "ranges on different sheets");
          other = resolved.area;
        }
        const area = intersect(t.area, other);
        return area ? { sheet: t.sheet, area } : null;
      },
      true
    );
  }

  /** Merged areas whose top-left cell lies in this range (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      `${this.path}.getMergedAreasOrNullObject()`,
      (tx) => {
        tx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
        const t = this.mustResolve(tx);
        const inside = t.sheet.merges.filter(
          (m) =>
            m.top >= t.area.top &&
            m.top <= t.area.bottom &&
            m.left >= t.area.left &&
            m.left <= t.area.right
        );
        if (inside.length > MAX_MERGED_AREAS) {
          throw new FakeOfficeError(
            "GeneralException",
            `more than ${MAX_MERGED_AREAS} merged areas`
          );
        }
        return inside.length === 0 ? null : { sheet: t.sheet, areas: inside };
      },
      true
    );
  }

  merge(across = false): void {
    this.call("merge", [across], (tx, t) => {
      checkWritable(t);
      const rows = across
        ? Array.from({ length: rowCount(t.area) }, (_, i) => ({
            ...t.area,
            top: t.area.top + i,
            bottom: t.area.top + i,
          }))
        : [t.area];
      for (const area of rows) {
        for (let r = area.top; r <= area.bottom; r += 1) {
          for (let c = area.left; c <= area.right; c += 1) {
            if (r === area.top && c === area.left) continue;
            // Merging keeps only the top-left value, as Excel does.
            if (tx.workbook.cell(t.sheet, r, c)) {
              tx.workbook.updateCell(t.sheet, r, c, (cell) => {
                cell.value = null;
                delete cell.formula;
                delete cell.error;
              });
            }
          }
        }
        tx.workbook.addMerge(t.sheet, area);
      }
    });
  }

  unmerge(): void {
    this.call("unmerge", [], (tx, t) => {
      checkWritable(t);
      tx.workbook.removeMerges(t.sheet, t.area);
    });
  }

  select(): void {
    this.call("select", [], (tx, t) => {
      tx.workbook.setActive(t.sheet);
      tx.workbook.setSelection(t.sheet, t.area);
    });
  }
}

interface AreasTarget {
  sheet: RangeTarget["sheet"];
  areas: Area[];
}

/** A fake Excel.RangeAreas: several rectangles of one sheet. */
/** Where the fake cuts RangeAreas.address (Excel truncates long ones; its exact limit is unknown). */
export const MAX_AREAS_ADDRESS = 255;

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  private areasProxy: FakeRangeCollection | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: (tx: Transaction) => AreasTarget | null,
    orNull = false
  ) {
    super(context, path, resolver, orNull);
  }

  protected defaultLoad(): string[] {
    return ["address", "areaCount", "cellCount"];
  }

  /** "areas/items/rowIndex": the areas collection's items are loaded with the object. */
  override applyLoad(tx: Transaction, names: string[]): void {
    const own = names.filter((n) => !n.startsWith("areas/"));
    const nested = names.filter((n) => n.startsWith("areas/")).map((n) => n.slice(6));
    super.applyLoad(tx, own);
    if (nested.length > 0 && this.resolve(tx) !== null) this.areas.applyLoad(tx, nested);
  }

  protected readProperty(_tx: Transaction, target: AreasTarget, name: string): unknown {
    switch (name) {
      case "address":
      case "addressLocal": {
        // Excel cuts a long multi-area address short; the shell must not parse it.
        const full = target.areas.map((a) => qualifiedA1(target.sheet.name, a)).join(",");
        return full.length > MAX_AREAS_ADDRESS ? full.slice(0, MAX_AREAS_ADDRESS) : full;
      }
      case "areaCount":
        return target.areas.length;
      case "cellCount":
        return target.areas.reduce((n, a) => n + rowCount(a) * columnCount(a), 0);
      default:
        throw new FakeOfficeError(
          "InvalidArgument",
          `RangeAreas has no property "${name}" in the fake`
        );
    }
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }

  get areas(): FakeRangeCollection {
    this.areasProxy ??= new FakeRangeCollection(this.context, `${this.path}.areas`, (tx) => {
      const t = this.mustResolve(tx);
      return t.areas.map((area) => ({ sheet: t.sheet, area }));
    });
    return this.areasProxy;
  }
}

/** A fake Excel.RangeCollection (the `areas` of a RangeAreas). */
export class FakeRangeCollection extends FakeClientObject<RangeTarget[]> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: (tx: Transaction) => RangeTarget[] | null
  ) {
    super(context, path, resolver);
  }

  protected defaultLoad(): string[] {
    return ["items"];
  }

  protected readProperty(): unknown {
    throw new FakeOfficeError("InvalidArgument", "load a RangeCollection's items");
  }

  override applyLoad(tx: Transaction, names: string[]): void {
    const targets = this.mustResolve(tx);
    const fields = names.filter((n) => n !== "items").map((n) => n.replace(/^items\//, ""));
    const items = targets.map((t, i) => {
      const item = new FakeRange(this.context, `${this.path}.items[${i}]`, () => t);
      item.applyLoad(tx, fields.length > 0 ? fields : ["address"]);
      return item;
    });
    tx.stage(this, "items", items);
  }

  get items(): FakeRange[] {
    return this.read("items");
  }
}
