import { mergeClasses } from "@fluentui/react-components";
import { areaToA1 } from "../../src/core/address";
import type { Area } from "../../src/core/grid";
import type { FakeWorkbook } from "../fake-office/model";
import { applyEntry } from "./edit-cell";
import { linkTarget } from "./follow-link";
import { SheetGrid } from "./SheetGrid";
import { usePlaygroundStyles } from "./styles";

export interface WorkbookViewProps {
  workbook: FakeWorkbook;
  /** Bumped whenever the workbook changed, so the view redraws. */
  version: number;
  onChange: () => void;
}

/**
 * The simulated Excel window: name box and formula bar, the active sheet's grid, and
 * the sheet tabs. The user's clicks and edits change the workbook directly, as typing
 * in Excel would; the pane sees them on its next read.
 */
export function WorkbookView({ workbook, version, onChange }: WorkbookViewProps) {
  const styles = usePlaygroundStyles();
  if (workbook.sheets.length === 0) return <div className={styles.book} />;
  const sheet = workbook.activeSheet();
  const selection = workbook.selection?.sheetId === sheet.id ? workbook.selection.area : null;
  const current = selection ? workbook.cell(sheet, selection.top, selection.left) : undefined;
  // A link to another sheet (the 汇总表's projects) is followed from here, as a click in Excel would.
  const target = linkTarget(workbook, current);
  const select = (area: Area) => {
    workbook.setSelection(sheet, area);
    onChange();
  };
  return (
    <section className={styles.book} aria-label="工作簿 / workbook" data-version={version}>
      <div className={styles.formulaBar}>
        <span className={styles.nameBox} data-testid="name-box">
          {selection ? areaToA1(selection) : ""}
        </span>
        <span className={styles.formula} data-testid="formula-bar">
          {current?.formula ??
            (current?.value === null || current === undefined ? "" : String(current.value))}
        </span>
        {target && (
          <button
            type="button"
            onClick={() => {
              workbook.setActive(target.sheet);
              workbook.setSelection(target.sheet, target.area);
              onChange();
            }}
          >
            转到 {current?.hyperlink?.documentReference}
          </button>
        )}
      </div>
      <div className={styles.scroller}>
        <SheetGrid
          sheet={sheet}
          selection={selection}
          onSelect={select}
          onEdit={(row, col, text) => {
            workbook.putCell(sheet, row, col, applyEntry(workbook.cell(sheet, row, col), text));
            onChange();
          }}
        />
      </div>
      <div className={styles.tabs} role="tablist" aria-label="工作表 / sheets">
        {workbook.sheets.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={s.id === sheet.id}
            className={mergeClasses(styles.tab, s.id === sheet.id && styles.tabActive)}
            onClick={() => {
              workbook.setActive(s);
              onChange();
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
    </section>
  );
}
