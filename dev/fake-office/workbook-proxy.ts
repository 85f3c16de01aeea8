import { FakeClientObject } from "./client-object";
import type { FakeRequestContext, Transaction } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeWorkbook } from "./model";
import { FakeRange } from "./range";
import { FakeWorksheetCollection } from "./worksheet";

/** A fake Excel.Workbook: the entry point `context.workbook`. */
export class FakeWorkbookProxy extends FakeClientObject<FakeWorkbook> {
  readonly worksheets: FakeWorksheetCollection;

  constructor(context: FakeRequestContext) {
    super(context, "workbook", (tx: Transaction) => tx.workbook);
    this.worksheets = new FakeWorksheetCollection(context);
  }

  protected defaultLoad(): string[] {
    return [];
  }

  protected readProperty(_tx: Transaction, _workbook: FakeWorkbook, name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `Workbook has no property "${name}" in the fake`);
  }

  /** The selected range (the active cell's sheet when nothing was selected yet: A1). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, "workbook.getSelectedRange()", (tx) => {
      const workbook = tx.workbook;
      const selection = workbook.selection;
      const sheet = selection ? workbook.sheetById(selection.sheetId) : undefined;
      if (selection && sheet) return { sheet, area: selection.area };
      return { sheet: workbook.activeSheet(), area: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}
