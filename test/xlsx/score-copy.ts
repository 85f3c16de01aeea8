import { applyEvaluations, MOF_2020, toA1, validateSheets } from "../../src/core";
import { isBlankGrid, loadWorkbook, workbookBytes, XlsxWorkbookPort } from "../../src/xlsx";
import type { AllowedChanges } from "./fidelity";

/**
 * Scores a workbook as `selfeval check --write` does (read, evaluate every sheet, apply the plans,
 * write, with the same core functions as src/cli/check.ts) and returns the copy's bytes with the
 * cells the plans changed, sheet by sheet.
 */
export async function scoreCopy(
  input: Buffer
): Promise<{ copy: Buffer; allowed: AllowedChanges; writes: number }> {
  const opened = await loadWorkbook(input);
  if (!opened.ok) throw new Error(`cannot open: ${opened.problem.code}`);
  const port = new XlsxWorkbookPort(opened.workbook, { now: () => "2021-12-31T00:00:00.000Z" });
  const validated = await validateSheets(port, "all", { profile: MOF_2020 });
  const evaluations = validated.flatMap((v) => (isBlankGrid(v.grid) ? [] : v.evaluations));
  const journals = await applyEvaluations(port, evaluations);
  const allowed = new Map<string, Set<string>>();
  let writes = 0;
  for (const journal of journals) {
    const cells = allowed.get(journal.sheet) ?? new Set<string>();
    for (const entry of journal.entries) cells.add(toA1(entry.address));
    allowed.set(journal.sheet, cells);
    writes += journal.entries.length;
  }
  return { copy: await workbookBytes(opened.workbook), allowed, writes };
}
