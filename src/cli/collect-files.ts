import { promises as fs } from "fs";
import path from "path";
import type { WorkbookProblem } from "../xlsx";

/**
 * Expands the paths given on the command line into the workbooks to check:
 * files as given, folders searched recursively. Old .xls files in a folder are
 * listed too, so the user is told to convert them instead of missing them.
 */

export interface Target {
  /** The path as the user sees it: as given, or the folder as given joined with the file inside. */
  display: string;
  /** The absolute path. */
  file: string;
  problem?: WorkbookProblem;
}

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls"]);
/** Folders never searched: version control, dependencies. */
const SKIPPED_FOLDERS = new Set(["node_modules"]);

function isWorkbookName(name: string): boolean {
  // "~$name.xlsx" is the lock file Excel keeps while a workbook is open.
  return WORKBOOK_EXTENSIONS.has(path.extname(name).toLowerCase()) && !name.startsWith("~$");
}

async function walk(folder: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    // Symbolic links are not followed, so a link loop cannot make the walk endless.
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIPPED_FOLDERS.has(entry.name)) await walk(full, found);
    } else if (entry.isFile() && isWorkbookName(entry.name)) {
      found.push(full);
    }
  }
}

/** The targets for the given paths (relative to `cwd`), in order; a problem marks a path that gives nothing to check. */
export async function collectTargets(paths: string[], cwd: string): Promise<Target[]> {
  const targets: Target[] = [];
  for (const display of paths) {
    const given = path.resolve(cwd, display);
    let stat;
    try {
      stat = await fs.stat(given);
    } catch (error) {
      const code = (error as { code?: string }).code;
      targets.push({
        display,
        file: given,
        problem:
          code === "ENOENT" || code === "ENOTDIR"
            ? { code: "not-found" }
            : { code: "unreadable", detail: String(code ?? error) },
      });
      continue;
    }
    if (!stat.isDirectory()) {
      targets.push({ display, file: given });
      continue;
    }
    const found: string[] = [];
    try {
      await walk(given, found);
    } catch (error) {
      const code = (error as { code?: string }).code;
      targets.push({
        display,
        file: given,
        problem: { code: "unreadable", detail: String(code ?? error) },
      });
      continue;
    }
    if (found.length === 0)
      targets.push({ display, file: given, problem: { code: "folder-empty" } });
    else {
      for (const file of found) {
        targets.push({ display: path.join(display, path.relative(given, file)), file });
      }
    }
  }
  return targets;
}
