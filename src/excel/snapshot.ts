import { type Area, type Cell, type Grid } from "../core";
import { faultError, officeErrorCode } from "./faults";
import {
  cellCount,
  DEFAULT_BUDGET,
  halveRows,
  outsideWindow,
  packBySize,
  splitBlocks,
  splitRows,
  utf8Bytes,
  windowArea,
  windowRows,
  type ReadBudget,
} from "./read-plan";

/**
 * Reads sheets into Grids in a constant number of syncs:
 *   1. (all sheets only) the sheet names;
 *   2. for every sheet at once: its used range, the cells of an A1-anchored window
 *      and the merges in that window — a normal form is complete after this sync;
 *   3. whatever lies outside the windows, in row bands packed so each response stays
 *      under the payload budget (one more sync unless the data exceeds it).
 */

export type SheetSelection = "active" | "all" | readonly string[];

export interface SnapshotOptions {
  /** Read merges (ExcelApi 1.13); without it grids have no merges. */
  merges: boolean;
  budget?: Partial<ReadBudget>;
}

/** Bytes assumed for one merge call's answer when packing syncs. */
const MERGE_CALL_BYTES = 256;

interface Piece {
  area: Area;
  values: unknown[][];
  formulas: unknown[][];
  formats: unknown[][];
  types: unknown[][];
}

interface SheetState {
  name: string;
  worksheet: Excel.Worksheet;
  used: Area;
  formatted: Area | null;
  pieces: Piece[];
  merges: Area[];
}

interface FirstRound {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  formatted: Excel.Range | null;
  part: Excel.Range | null;
  merges: Excel.RangeAreas[];
}

type Task = { kind: "data" | "merges"; state: SheetState; area: Area };

function isPayloadError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

function areaOf(range: Excel.Range): Area {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    right: range.columnIndex + range.columnCount - 1,
  };
}

/** Queues the first round for every sheet; `rows` is the window height (0: no window). */
function queueFirstRound(
  context: Excel.RequestContext,
  names: readonly (string | undefined)[],
  rows: number,
  options: SnapshotOptions,
  budget: ReadBudget
): FirstRound[] {
  const window = windowArea(rows, budget.windowColumns);
  return names.map((name) => {
    const worksheet =
      name === undefined
        ? context.workbook.worksheets.getActiveWorksheet()
        : context.workbook.worksheets.getItem(name);
    worksheet.load("name");
    const used = worksheet.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    let formatted: Excel.Range | null = null;
    if (options.merges) {
      formatted = worksheet.getUsedRange(false);
      formatted.load("rowIndex,columnIndex,rowCount,columnCount");
    }
    let part: Excel.Range | null = null;
    const merges: Excel.RangeAreas[] = [];
    if (window) {
      const windowRange = worksheet.getRangeByIndexes(0, 0, window.bottom + 1, window.right + 1);
      part = used.getIntersectionOrNullObject(windowRange);
      part.load(
        "rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat,valueTypes"
      );
      if (options.merges) {
        for (const block of splitBlocks(window, budget.mergeBlockCells)) {
          const areas = worksheet
            .getRangeByIndexes(
              block.top,
              block.left,
              block.bottom - block.top + 1,
              block.right - block.left + 1
            )
            .getMergedAreasOrNullObject();
          areas.load(MERGE_LOAD);
          merges.push(areas);
        }
      }
    }
    return { worksheet, used, formatted, part, merges };
  });
}

/**
 * The merged areas as a collection of indexes: RangeAreas.address is cut short when it lists
 * many areas, so it is not parsed; the count of areas tells whether the collection is whole.
 */
const MERGE_LOAD =
  "areaCount,areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount";

function readMerges(list: Excel.RangeAreas[]): Area[] {
  const out: Area[] = [];
  for (const areas of list) {
    if (areas.isNullObject) continue;
    const items = areas.areas.items;
    if (items.length !== areas.areaCount) {
      throw new Error(`merged areas: ${items.length} read of ${areas.areaCount}`);
    }
    for (const r of items) {
      out.push({
        top: r.rowIndex,
        left: r.columnIndex,
        bottom: r.rowIndex + r.rowCount - 1,
        right: r.columnIndex + r.columnCount - 1,
      });
    }
  }
  return out;
}

function pieceOf(range: Excel.Range, area: Area): Piece {
  return {
    area,
    values: range.values,
    formulas: range.formulas,
    formats: range.numberFormat,
    types: range.valueTypes,
  };
}

/** Reads every requested sheet's first round, shrinking the window if a payload limit is hit. */
async function readFirstRound(
  context: Excel.RequestContext,
  names: readonly (string | undefined)[],
  options: SnapshotOptions,
  budget: ReadBudget
): Promise<{ states: SheetState[]; bytesPerCell: number; window: Area | null }> {
  let rows = windowRows(names.length, budget);
  for (;;) {
    const round = queueFirstRound(context, names, rows, options, budget);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- retried only when a payload limit was hit, with half the window
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || rows === 0) throw error;
      rows = rows > 1 ? Math.floor(rows / 2) : 0;
      continue;
    }
    let bytes = 0;
    let cells = 0;
    const states = round.map((r): SheetState => {
      const pieces: Piece[] = [];
      if (r.part && !r.part.isNullObject) {
        const piece = pieceOf(r.part, areaOf(r.part));
        bytes += utf8Bytes(
          JSON.stringify([piece.values, piece.formulas, piece.formats, piece.types])
        );
        cells += cellCount(piece.area);
        pieces.push(piece);
      }
      return {
        name: r.worksheet.name,
        worksheet: r.worksheet,
        used: areaOf(r.used),
        formatted: r.formatted ? areaOf(r.formatted) : null,
        pieces,
        merges: readMerges(r.merges),
      };
    });
    // Size the next round from what this one measured, with a margin, never below the default.
    const measured = cells > 0 ? (bytes / cells) * 1.5 : 0;
    return {
      states,
      bytesPerCell: Math.max(budget.bytesPerCell, measured),
      window: windowArea(rows, budget.windowColumns),
    };
  }
}

function planRemainder(
  states: SheetState[],
  window: Area | null,
  bytesPerCell: number,
  options: SnapshotOptions,
  budget: ReadBudget
): Task[] {
  const maxCells = Math.max(1, Math.floor(budget.responseBytes / bytesPerCell));
  const tasks: Task[] = [];
  for (const state of states) {
    for (const rest of outsideWindow(state.used, window)) {
      for (const area of splitRows(rest, maxCells)) tasks.push({ kind: "data", state, area });
    }
    if (options.merges && state.formatted) {
      for (const rest of outsideWindow(state.formatted, window)) {
        for (const area of splitBlocks(rest, budget.mergeBlockCells))
          tasks.push({ kind: "merges", state, area });
      }
    }
  }
  return tasks;
}

/** Reads the remaining bands; a group that hits a payload limit is split and read again. */
async function readRemainder(
  context: Excel.RequestContext,
  tasks: Task[],
  bytesPerCell: number,
  budget: ReadBudget
): Promise<void> {
  const size = (task: Task): number =>
    task.kind === "data" ? cellCount(task.area) * bytesPerCell : MERGE_CALL_BYTES;
  const queue = packBySize(tasks, size, budget.responseBytes);
  while (queue.length > 0) {
    const group = queue.shift() ?? [];
    const loads = group.map((task) => {
      const { area } = task;
      const range = task.state.worksheet.getRangeByIndexes(
        area.top,
        area.left,
        area.bottom - area.top + 1,
        area.right - area.left + 1
      );
      if (task.kind === "merges") {
        const merges = range.getMergedAreasOrNullObject();
        merges.load(MERGE_LOAD);
        return { task, range: null, merges };
      }
      range.load("values,formulas,numberFormat,valueTypes");
      return { task, range, merges: null };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB of data: the count is set by the payload limit, not by the number of sheets
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      queue.unshift(...splitGroup(group, error));
      continue;
    }
    for (const { task, range, merges } of loads) {
      if (range) task.state.pieces.push(pieceOf(range, task.area));
      if (merges) task.state.merges.push(...readMerges([merges]));
    }
  }
}

/** Halves a group that was too large; a single row that is still too large cannot be read. */
function splitGroup(group: Task[], error: unknown): Task[][] {
  if (group.length > 1) {
    const middle = Math.ceil(group.length / 2);
    return [group.slice(0, middle), group.slice(middle)];
  }
  const only = group[0];
  const halves = only && only.kind === "data" ? halveRows(only.area) : null;
  if (!only || !halves) {
    throw faultError(
      "payload-too-large",
      only ? { sheet: only.state.name, outcome: "unchanged" } : {},
      officeErrorCode(error),
      error
    );
  }
  return halves.map((area) => [{ ...only, area }]);
}

function toCell(value: unknown, formula: unknown, format: unknown, type: unknown): Cell {
  if (type === "Error") {
    const cell: Cell = { value: null, error: String(value) };
    if (typeof formula === "string" && formula.startsWith("=")) cell.formula = formula;
    return cell;
  }
  const scalar = value === "" || value === undefined ? null : (value as Cell["value"]);
  const cell: Cell = { value: scalar };
  if (typeof format === "string" && format !== "General" && format !== "") cell.format = format;
  // A constant's `formulas` is its own text, so text such as "=1+1" is not a formula.
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value)
    cell.formula = formula;
  return cell;
}

function assemble(state: SheetState): Grid {
  const { used } = state;
  const width = used.right - used.left + 1;
  const cells: Cell[][] = [];
  for (let r = used.top; r <= used.bottom; r += 1) {
    const row: Cell[] = new Array<Cell>(width);
    for (let c = 0; c < width; c += 1) row[c] = { value: null };
    cells.push(row);
  }
  for (const piece of state.pieces) {
    const { area } = piece;
    for (let r = area.top; r <= area.bottom; r += 1) {
      const row = cells[r - used.top];
      if (!row) continue;
      const i = r - area.top;
      for (let c = area.left; c <= area.right; c += 1) {
        const j = c - area.left;
        row[c - used.left] = toCell(
          piece.values[i]?.[j],
          piece.formulas[i]?.[j],
          piece.formats[i]?.[j],
          piece.types[i]?.[j]
        );
      }
    }
  }
  const seen = new Set<string>();
  const merges = state.merges.filter((m) => {
    const key = `${m.top}:${m.left}:${m.bottom}:${m.right}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { sheet: state.name, top: used.top, left: used.left, cells, merges };
}

/** Loads the names of all sheets in workbook order (one sync). */
export async function loadSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((sheet) => sheet.name);
}

/** Reads sheets into Grids: the active one, all, or the named ones, in a constant number of syncs. */
export async function snapshotSheets(
  context: Excel.RequestContext,
  selection: SheetSelection,
  options: SnapshotOptions
): Promise<Grid[]> {
  const budget: ReadBudget = { ...DEFAULT_BUDGET, ...options.budget };
  let names: (string | undefined)[];
  if (selection === "active") names = [undefined];
  else if (selection === "all") names = await loadSheetNames(context);
  else names = [...selection];
  if (names.length === 0) return [];
  const first = await readFirstRound(context, names, options, budget);
  const tasks = planRemainder(first.states, first.window, first.bytesPerCell, options, budget);
  if (tasks.length > 0) await readRemainder(context, tasks, first.bytesPerCell, budget);
  return first.states.map(assemble);
}
