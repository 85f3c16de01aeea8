import type ExcelJS from "exceljs";
import {
  addressKey,
  compareSeverity,
  MARK_FILLS,
  planSheetNames,
  type Address,
  type Grid,
  type Journal,
  type JournalEntry,
  type Severity,
  type SheetPlacement,
  type SheetSpec,
  type WorkbookPort,
  type WritePlan,
} from "../core";
import { writeSpec } from "./apply-spec";
import {
  entryOf,
  fillOf,
  restyle,
  snapshotOf,
  solidFill,
  valueOfEntry,
  type CellSnapshot,
} from "./cell-state";
import { formatOf, readCell } from "./cell-value";
import { placeSpec } from "./place-sheet";
import { readGrid } from "./read-grid";

export interface XlsxPortOptions {
  /** ISO time stamped on journals (a clock the tests can fix). */
  now?: () => string;
}

/** A change to one cell, merged from every plan that targets it. */
interface Change {
  plan: number;
  cell: ExcelJS.Cell;
  address: Address;
  value?: number | string;
  format?: string;
  severity?: Severity;
}

/**
 * The WorkbookPort over an in-memory exceljs workbook: the same contract as the
 * Office.js port, so the shared conformance suite runs against both. Writing the
 * workbook to a file is the caller's (see save.ts).
 */
export class XlsxWorkbookPort implements WorkbookPort {
  /** Exact prior values and styles, for journals made by this port (exceljs styles are richer than a journal). */
  private readonly snapshots = new WeakMap<JournalEntry, CellSnapshot>();
  private readonly now: () => string;

  constructor(
    readonly workbook: ExcelJS.Workbook,
    options: XlsxPortOptions = {}
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
  }

  private get date1904(): boolean {
    return this.workbook.properties?.date1904 === true;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`工作表“${name}”不存在 (no sheet named "${name}")`);
    return sheet;
  }

  /** The cell that holds a merged area's value and look: its top-left. */
  private target(sheet: ExcelJS.Worksheet, address: Address): ExcelJS.Cell {
    const cell = sheet.getCell(address.row + 1, address.col + 1);
    return cell.isMerged ? cell.master : cell;
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async readSheets(names?: string[]): Promise<Grid[]> {
    const sheets = names ? names.map((n) => this.sheet(n)) : this.workbook.worksheets;
    return sheets.map((ws) => readGrid(ws, this.date1904));
  }

  /** Collects what each cell should become; cells already as planned are left out. */
  private changesOf(plans: WritePlan[]): Change[] {
    const changes = new Map<string, Change>();
    const changeAt = (plan: number, sheet: ExcelJS.Worksheet, address: Address): Change => {
      const cell = this.target(sheet, address);
      const at = { row: Number(cell.row) - 1, col: Number(cell.col) - 1 };
      const key = `${sheet.name}\u0000${addressKey(at)}`;
      let change = changes.get(key);
      if (!change) {
        change = { plan, cell, address: at };
        changes.set(key, change);
      }
      return change;
    };
    plans.forEach((plan, index) => {
      const sheet = this.sheet(plan.sheet);
      for (const write of plan.writes) {
        const change = changeAt(index, sheet, write.address);
        change.value = write.value;
        if (write.format !== undefined) change.format = write.format;
      }
      for (const mark of plan.marks) {
        const change = changeAt(index, sheet, mark.address);
        if (change.severity === undefined || compareSeverity(mark.severity, change.severity) < 0) {
          change.severity = mark.severity;
        }
      }
    });
    return [...changes.values()].filter((c) => this.differs(c));
  }

  private differs(change: Change): boolean {
    const now = readCell(change.cell, this.date1904);
    const valueDiffers =
      change.value !== undefined && (now.formula !== undefined || now.value !== change.value);
    const formatDiffers = change.format !== undefined && formatOf(change.cell) !== change.format;
    const fillDiffers =
      change.severity !== undefined && fillOf(change.cell) !== MARK_FILLS[change.severity];
    // Keep only the parts that change, so a second run writes nothing.
    if (!valueDiffers) delete change.value;
    if (!formatDiffers) delete change.format;
    if (!fillDiffers) delete change.severity;
    return valueDiffers || formatDiffers || fillDiffers;
  }

  async applyPlans(plans: WritePlan[]): Promise<Journal[]> {
    // Every sheet is looked up (and may throw) before anything is written.
    const changes = this.changesOf(plans);
    const at = this.now();
    const journals: Journal[] = plans.map((plan) => ({ sheet: plan.sheet, at, entries: [] }));
    for (const change of changes) {
      const entry = entryOf(change.cell, change.address, this.date1904);
      this.snapshots.set(entry, snapshotOf(change.cell));
      journals[change.plan]?.entries.push(entry);
    }
    for (const change of changes) {
      const patch: Parameters<typeof restyle>[1] = {};
      if (change.format !== undefined) patch.numFmt = change.format;
      if (change.severity !== undefined) patch.fill = solidFill(MARK_FILLS[change.severity]);
      if (Object.keys(patch).length > 0) restyle(change.cell, patch);
      if (change.value !== undefined) change.cell.value = change.value;
    }
    return journals;
  }

  /** Puts entries back, latest journal first, so a cell journaled twice ends as first recorded. */
  private putBack(journals: Journal[], fillsOnly: boolean): void {
    for (const journal of [...journals].reverse()) {
      const sheet = this.sheet(journal.sheet);
      for (const entry of [...journal.entries].reverse()) {
        const cell = sheet.getCell(entry.address.row + 1, entry.address.col + 1);
        const snapshot = this.snapshots.get(entry);
        const fill = snapshot
          ? snapshot.style.fill
          : entry.fill === null
            ? undefined
            : solidFill(entry.fill);
        if (fillsOnly) {
          restyle(cell, { fill });
          continue;
        }
        if (snapshot) {
          cell.style = snapshot.style;
          cell.value = snapshot.value;
        } else {
          restyle(cell, { fill, numFmt: entry.format });
          cell.value = valueOfEntry(entry);
        }
      }
    }
  }

  async restore(journals: Journal[]): Promise<void> {
    this.putBack(journals, false);
  }

  async clearMarks(journals: Journal[]): Promise<void> {
    this.putBack(journals, true);
  }

  async insertSheets(specs: SheetSpec[]): Promise<string[]> {
    const existing = this.workbook.worksheets.map((ws) => ws.name);
    const names = planSheetNames(
      specs.map((s) => s.name),
      existing
    ).map((p) => p.name);
    specs.forEach((spec, i) => writeSpec(this.workbook.addWorksheet(names[i] ?? spec.name), spec));
    return names;
  }

  async placeSheet(spec: SheetSpec, placement: SheetPlacement): Promise<void> {
    placeSpec(this.workbook, spec, placement);
  }
}
