import { evaluate } from "./evaluate";
import type { Evaluation } from "./evaluation";
import type { Grid } from "./grid";
import type { Journal } from "./journal";
import { hintsForSheet, type LayoutHint } from "./layout-hints";
import { plansOf } from "./plan";
import type { WorkbookPort } from "./port";
import type { Profile } from "./profile";

/**
 * What every shell does with a workbook, over any port: read sheets, evaluate every form,
 * and write back the plans that change something. The Excel port, the .xlsx port and the
 * fake host all run through here.
 */

export type ValidationTarget = "active" | "all" | { names: string[] };

export interface SheetValidation {
  sheet: string;
  grid: Grid;
  /** One per form found on the sheet (none when the sheet holds no form). */
  evaluations: Evaluation[];
}

/**
 * What validateSheets needs of a port: its reads, and the active sheet where there is one
 * (the Excel port has one; a file port has not).
 */
export type ValidationPort = Pick<WorkbookPort, "readSheets"> & {
  readActiveSheet?: () => Promise<Grid>;
};

export interface ValidateOptions {
  profile?: Profile;
  /** Where labels the reader does not know stand (a --layout file, the pane's 指定列); each applies to its sheet, or to all when it names none. */
  hints?: readonly LayoutHint[];
  /** Called after each sheet is evaluated. */
  onProgress?: (done: number, total: number) => void;
}

async function readTarget(port: ValidationPort, target: ValidationTarget): Promise<Grid[]> {
  if (target === "active") {
    if (!port.readActiveSheet) throw new Error("this port has no active sheet");
    return [await port.readActiveSheet()];
  }
  return port.readSheets(target === "all" ? undefined : target.names);
}

/** Reads the target sheets in one batch and evaluates each; returns the evaluations per sheet. */
export async function validateSheets(
  port: ValidationPort,
  target: ValidationTarget,
  options: ValidateOptions = {}
): Promise<SheetValidation[]> {
  const grids = await readTarget(port, target);
  return grids.map((grid, index) => {
    const hints = options.hints ? hintsForSheet(options.hints, grid.sheet) : [];
    const evaluations = evaluate(grid, options.profile, hints);
    options.onProgress?.(index + 1, grids.length);
    return { sheet: grid.sheet, grid, evaluations };
  });
}

/** Writes the evaluations' plans (journaled first); returns the journals of the cells that changed. */
export async function applyEvaluations(
  port: WorkbookPort,
  evaluations: Evaluation[]
): Promise<Journal[]> {
  const plans = plansOf(evaluations);
  if (plans.length === 0) return [];
  return port.applyPlans(plans);
}
