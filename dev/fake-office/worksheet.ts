import { SHEET_COLUMNS, SHEET_ROWS, type Area } from "../../src/core";
import { checkWritable, type RangeTarget } from "./cells";
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext, Transaction } from "./context";
import { FakeOfficeError } from "./errors";
import { usedArea, type FakeSheet } from "./model";
import { readReference } from "./reference";
import { checkBounds, FakeRange } from "./range";

type SheetResolver = (tx: Transaction) => FakeSheet | null;

/**
 * Binds a proxy to a sheet the first time it resolves, then follows the sheet's
 * id as Office.js does: a rename keeps the proxy valid, a delete does not.
 */
function bindOnce(find: SheetResolver, orNull: boolean, path: string): SheetResolver {
  let id: string | undefined;
  return (tx) => {
    if (id !== undefined) {
      const bound = tx.workbook.sheetById(id);
      if (bound) return bound;
      if (orNull) return null;
      throw new FakeOfficeError("ItemNotFound", `${path}: the sheet was deleted`, path);
    }
    const sheet = find(tx);
    if (sheet) id = sheet.id;
    return sheet;
  };
}

/** A fake Excel.Worksheet. */
export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  private protectionProxy: FakeWorksheetProtection | undefined;
  private pageLayoutProxy: FakePageLayout | undefined;

  constructor(context: FakeRequestContext, path: string, find: SheetResolver, orNull = false) {
    super(context, path, bindOnce(find, orNull, path), orNull);
  }

  protected defaultLoad(): string[] {
    return ["name", "id", "position", "visibility"];
  }

  protected readProperty(tx: Transaction, sheet: FakeSheet, name: string): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return tx.workbook.sheets.indexOf(sheet);
      case "visibility":
        return "Visible";
      default:
        throw new FakeOfficeError(
          "InvalidArgument",
          `Worksheet has no property "${name}" in the fake`
        );
    }
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (tx, sheet) => tx.workbook.renameSheet(sheet, value));
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.write("position", value, (tx, sheet) => tx.workbook.moveSheet(sheet, value));
  }
  get visibility(): string {
    return this.read("visibility");
  }

  private range(
    method: string,
    area: (tx: Transaction, sheet: FakeSheet) => Area | null,
    orNull = false
  ): FakeRange {
    const path = `${this.path}.${method}`;
    return new FakeRange(
      this.context,
      path,
      (tx) => {
        const sheet = this.mustResolve(tx);
        const found = area(tx, sheet);
        return found === null
          ? null
          : ({ sheet, area: checkBounds(found, path) } satisfies RangeTarget);
      },
      orNull
    );
  }

  getRange(address?: string): FakeRange {
    return this.range(`getRange(${address ?? ""})`, (_tx, sheet) => {
      if (address === undefined || address === "")
        return { top: 0, left: 0, bottom: SHEET_ROWS - 1, right: SHEET_COLUMNS - 1 };
      const { sheet: named, area } = readReference(address);
      if (named !== undefined && named.toUpperCase() !== sheet.name.toUpperCase()) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `"${address}" is not on sheet "${sheet.name}"`
        );
      }
      return area;
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    return this.range(
      `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => ({
        top: startRow,
        left: startColumn,
        bottom: startRow + rowCount - 1,
        right: startColumn + columnCount - 1,
      })
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.range(`getCell(${row},${column})`, () => ({
      top: row,
      left: column,
      bottom: row,
      right: column,
    }));
  }

  /** The used range; a blank sheet gives its top-left cell, as Excel does. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range(
      `getUsedRange(${valuesOnly})`,
      (_tx, sheet) => usedArea(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      (_tx, sheet) => usedArea(sheet, valuesOnly),
      true
    );
  }

  activate(): void {
    this.call("activate", [], (tx, sheet) => tx.workbook.setActive(sheet));
  }

  delete(): void {
    this.call("delete", [], (tx, sheet) => tx.workbook.deleteSheet(sheet.name));
  }

  get protection(): FakeWorksheetProtection {
    this.protectionProxy ??= new FakeWorksheetProtection(
      this.context,
      `${this.path}.protection`,
      (tx) => this.mustResolve(tx)
    );
    return this.protectionProxy;
  }

  get pageLayout(): FakePageLayout {
    this.pageLayoutProxy ??= new FakePageLayout(this.context, `${this.path}.pageLayout`, (tx) => {
      tx.requireApi("1.9", "Worksheet.pageLayout");
      return this.mustResolve(tx);
    });
    return this.pageLayoutProxy;
  }
}

/** A fake Excel.WorksheetProtection (ExcelApi 1.2). */
export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  constructor(context: FakeRequestContext, path: string, resolver: (tx: Transaction) => FakeSheet) {
    super(context, path, resolver);
  }

  protected defaultLoad(): string[] {
    return ["protected"];
  }

  protected readProperty(_tx: Transaction, sheet: FakeSheet, name: string): unknown {
    if (name === "protected") return sheet.protected;
    throw new FakeOfficeError(
      "InvalidArgument",
      `WorksheetProtection has no property "${name}" in the fake`
    );
  }

  get protected(): boolean {
    return this.read("protected");
  }

  protect(): void {
    this.call("protect", [], (tx, sheet) => tx.workbook.setProtected(sheet, true));
  }

  unprotect(): void {
    this.call("unprotect", [], (tx, sheet) => tx.workbook.setProtected(sheet, false));
  }
}

/** A fake Excel.PageLayout (ExcelApi 1.9): paper, orientation, fit-to-page zoom, print area. */
export class FakePageLayout extends FakeClientObject<FakeSheet> {
  constructor(context: FakeRequestContext, path: string, resolver: (tx: Transaction) => FakeSheet) {
    super(context, path, resolver);
  }

  protected defaultLoad(): string[] {
    return ["paperSize", "orientation", "zoom"];
  }

  protected readProperty(_tx: Transaction, sheet: FakeSheet, name: string): unknown {
    switch (name) {
      case "paperSize":
        return sheet.pageLayout.paperSize ?? "Letter";
      case "orientation":
        return sheet.pageLayout.orientation ?? "Portrait";
      case "zoom":
        return sheet.pageLayout.zoom ?? { scale: 100 };
      default:
        throw new FakeOfficeError(
          "InvalidArgument",
          `PageLayout has no property "${name}" in the fake`
        );
    }
  }

  private guard(sheet: FakeSheet): void {
    checkWritable({ sheet, area: { top: 0, left: 0, bottom: 0, right: 0 } });
  }

  get paperSize(): string {
    return this.read("paperSize");
  }
  set paperSize(value: string) {
    this.write("paperSize", value, (tx, sheet) => {
      this.guard(sheet);
      tx.workbook.setPageLayout(sheet, { paperSize: value });
    });
  }

  get orientation(): string {
    return this.read("orientation");
  }
  set orientation(value: string) {
    this.write("orientation", value, (tx, sheet) => {
      this.guard(sheet);
      tx.workbook.setPageLayout(sheet, { orientation: value });
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read("zoom");
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.write("zoom", value, (tx, sheet) => {
      this.guard(sheet);
      tx.workbook.setPageLayout(sheet, { zoom: { ...value } });
    });
  }

  setPrintArea(printArea: FakeRange | string): void {
    this.setArea("setPrintArea", printArea, (area) => ({ printArea: area }));
  }

  setPrintTitleRows(titleRows: FakeRange | string): void {
    this.setArea("setPrintTitleRows", titleRows, (area, described) => ({
      printTitleRows: wholeRows(area, described),
    }));
  }

  /** Queues a method that takes a range (or its address) and sets part of the page layout. */
  private setArea(
    method: string,
    range: FakeRange | string,
    change: (area: Area, described: string) => Partial<FakeSheet["pageLayout"]>
  ): void {
    const described = typeof range === "string" ? range : range.path;
    this.call(method, [described], (tx, sheet) => {
      this.guard(sheet);
      const area =
        typeof range === "string" ? readReference(range).area : range.mustResolve(tx).area;
      tx.workbook.setPageLayout(sheet, change(area, described));
    });
  }
}

/** The rows of a whole-row range ("$3:$3" or a range of entire rows), for print titles. */
function wholeRows(area: Area, path: string): Area {
  if (area.left !== 0 || area.right !== SHEET_COLUMNS - 1)
    throw new FakeOfficeError("InvalidArgument", `${path}: print titles take entire rows`);
  return area;
}

/** A fake Excel.WorksheetCollection. */
export class FakeWorksheetCollection extends FakeClientObject<FakeSheet[]> {
  constructor(context: FakeRequestContext) {
    super(context, "workbook.worksheets", (tx) => tx.workbook.sheets);
  }

  protected defaultLoad(): string[] {
    return ["items"];
  }

  protected readProperty(): unknown {
    throw new FakeOfficeError("InvalidArgument", "load a WorksheetCollection's items");
  }

  override applyLoad(tx: Transaction, names: string[]): void {
    const sheets = this.mustResolve(tx);
    const fields = names
      .filter((n) => n !== "items" && n !== "$none")
      .map((n) => n.replace(/^items\//, ""));
    const items = sheets.map((sheet) => {
      const item = new FakeWorksheet(
        this.context,
        `worksheets.getItem(${JSON.stringify(sheet.name)})`,
        () => sheet
      );
      item.applyLoad(tx, fields.length > 0 ? fields : ["name", "id", "position", "visibility"]);
      return item;
    });
    tx.stage(this, "items", items);
  }

  get items(): FakeWorksheet[] {
    return this.read("items");
  }

  getItem(key: string): FakeWorksheet {
    const path = `worksheets.getItem(${JSON.stringify(key)})`;
    return new FakeWorksheet(this.context, path, (tx) => {
      const sheet = tx.workbook.sheetByName(key) ?? tx.workbook.sheetById(key);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `no sheet "${key}"`, path);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const path = `worksheets.getItemOrNullObject(${JSON.stringify(key)})`;
    return new FakeWorksheet(
      this.context,
      path,
      (tx) => tx.workbook.sheetByName(key) ?? tx.workbook.sheetById(key) ?? null,
      true
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, "worksheets.getActiveWorksheet()", (tx) =>
      tx.workbook.activeSheet()
    );
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    const path = `worksheets.add(${JSON.stringify(name ?? "")})`;
    this.context.enqueue(path, [name], (tx) => {
      created = tx.workbook.addSheet(name);
    });
    return new FakeWorksheet(this.context, path, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", `${path} has not run yet`, path);
      return created;
    });
  }
}
