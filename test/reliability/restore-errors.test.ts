import type { Cell } from "../../src/core";
import { applyEvaluations, validateSheets } from "../../src/core";
import { sheetSnapshot } from "../../dev/fake-office";
import { setUp } from "../excel/fake-port";
import { cleanForm, indicatorRow, layForm } from "../helpers/form-builder";

/**
 * Error values on marked cells: restore must leave an error an error. Found by
 * restore-fuzz.test.ts; the constant case is a known defect of the journal format.
 */

/** The clean form with the first indicator's 实际完成值 (F15) holding `actual`, and the sheet after write + restore. */
async function markedAndRestored(actual: Cell) {
  const spec = cleanForm();
  spec.rows[0]!.actual = actual;
  const grid = layForm(spec);
  const { office, port } = setUp([grid]);
  const sheet = office.workbook.sheetByName(grid.sheet)!;
  const before = sheetSnapshot(sheet);
  const [result] = await validateSheets(port, "active");
  const marks = result!.evaluations.flatMap((e) => e.plan.marks);
  const at = { row: indicatorRow(0) - 1, col: 5 }; // indicatorRow is 1-based (A1)
  expect(marks.map((m) => m.address)).toContainEqual(at);
  await applyEvaluations(port, result!.evaluations);
  await port.restoreSaved();
  return { before, after: sheetSnapshot(sheet), cell: office.workbook.cell(sheet, at.row, at.col) };
}

describe("restore of marked cells holding Excel errors", () => {
  it("keeps a formula's error value (#DIV/0!) after the mark is restored", async () => {
    const { before, after, cell } = await markedAndRestored({
      value: null,
      error: "#DIV/0!",
      formula: "=1/0",
    });
    expect(cell).toMatchObject({ formula: "=1/0", error: "#DIV/0!" });
    expect(after).toEqual(before);
  });

  // Was a known defect: the journal now records the error (JournalEntry.error, from
  // Range.valueTypes) and restore writes it back as typed, so it is an error again.
  it("keeps a constant error value (#N/A) an error after the mark is restored", async () => {
    const { before, after, cell } = await markedAndRestored({ value: null, error: "#N/A" });
    expect(cell).toMatchObject({ error: "#N/A", value: null });
    expect(after).toEqual(before);
  });
});
