import { applyEvaluations, validateSheets } from "../../src/core";
import { sheetSnapshot } from "../../dev/fake-office";
import { setUp } from "../excel/fake-port";
import { cleanForm, indicatorRow, layForm } from "../helpers/form-builder";

/**
 * Text that starts like a formula (=, +, -, @) must stay text through read, mark
 * and restore: Range.formulas gives a constant's own text, so "=HYPERLINK(...)"
 * typed with an apostrophe reads back from `formulas` just like a formula would.
 */

const TEXTS = [
  '=HYPERLINK("http://example.invalid","点击")',
  "=1+1",
  "= ",
  "+86 138",
  "-",
  "@SUM(A1)",
];

describe("text that looks like a formula on a marked cell", () => {
  it.each(TEXTS)(
    "reads %p as text, not a formula, and restores it as the same text",
    async (text) => {
      const spec = cleanForm();
      spec.rows[0]!.actual = text; // 实际完成值 of the first indicator: marked as not a value
      const grid = layForm(spec);
      const { office, port } = setUp([grid]);
      const sheet = office.workbook.sheetByName(grid.sheet)!;
      const at = { row: indicatorRow(0) - 1, col: 5 };
      const before = sheetSnapshot(sheet);

      const [result] = await validateSheets(port, "active");
      expect(result!.grid.cells[at.row]![at.col]).toEqual({ value: text });
      const marks = result!.evaluations.flatMap((e) => e.plan.marks.map((m) => m.address));
      expect(marks).toContainEqual(at);

      const journals = await applyEvaluations(port, result!.evaluations);
      const entry = journals.flatMap((j) => j.entries).find((e) => e.address.row === at.row);
      expect(entry).toMatchObject({ value: text });
      expect(entry?.formula).toBeUndefined();

      await port.restoreSaved();
      expect(office.workbook.cell(sheet, at.row, at.col)).toEqual({ value: text });
      expect(sheetSnapshot(sheet)).toEqual(before);
    }
  );
});
