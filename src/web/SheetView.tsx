import { useEffect, useMemo, useRef } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetters, toA1 } from "../core/address";
import type { Address, Cell, Grid } from "../core/grid";
import { decimalsOfFormat, isPercentFormat } from "../core/normalize";

/**
 * The sheet beside the pane, read-only: what the pane's findings point at is selected here,
 * and 指定列 takes the cell the user clicks. Values are shown plainly (percentages and fixed
 * decimals as their format says); a very long sheet shows a window of rows around the selection.
 */

const ROW_WINDOW = 300;
const MAX_COLS = 60;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    tableLayout: "auto",
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    maxWidth: "240px",
    minWidth: "24px",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    cursor: "cell",
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
});

/** The text a cell shows: its value, with percent and fixed-decimal formats applied. */
export function shownText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.error !== undefined) return cell.error;
  const { value, format } = cell;
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const decimals = decimalsOfFormat(format);
  if (isPercentFormat(format)) return `${(value * 100).toFixed(decimals ?? 0)}%`;
  return decimals === null ? String(value) : value.toFixed(decimals);
}

interface Span {
  rows: number;
  cols: number;
}

export interface SheetViewProps {
  grid: Grid;
  selected: Address | null;
  onSelect: (address: Address) => void;
  label: string;
}

export function SheetView({ grid, selected, onSelect, label }: SheetViewProps) {
  const styles = useStyles();
  const selectedCell = useRef<HTMLTableCellElement>(null);
  const height = grid.cells.length;
  const width = Math.min(
    MAX_COLS,
    grid.cells.reduce((w, row) => Math.max(w, row.length), 0)
  );
  // Rows shown: a window around the selection on a long sheet.
  const first = Math.max(
    0,
    Math.min((selected?.row ?? grid.top) - grid.top - ROW_WINDOW / 3, height - ROW_WINDOW)
  );
  const last = Math.min(height, first + ROW_WINDOW);

  const { spans, covered } = useMemo(() => {
    const spans = new Map<string, Span>();
    const covered = new Set<string>();
    for (const m of grid.merges) {
      spans.set(`${m.top},${m.left}`, {
        rows: m.bottom - m.top + 1,
        cols: m.right - m.left + 1,
      });
      for (let r = m.top; r <= m.bottom; r += 1)
        for (let c = m.left; c <= m.right; c += 1)
          if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
    return { spans, covered };
  }, [grid]);

  useEffect(() => {
    selectedCell.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selected, grid]);

  const columns = Array.from({ length: width }, (_, i) => grid.left + i);
  return (
    <div className={styles.scroller} role="region" aria-label={label}>
      <table className={styles.table} role="grid" data-sheet={grid.sheet}>
        <thead>
          <tr>
            <th className={styles.head} />
            {columns.map((col) => (
              <th key={col} className={styles.head} scope="col">
                {columnLetters(col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.cells.slice(first, last).map((line, i) => {
            const row = grid.top + first + i;
            return (
              <tr key={row}>
                <th className={styles.rowHead} scope="row">
                  {row + 1}
                </th>
                {columns.map((col) => {
                  const key = `${row},${col}`;
                  if (covered.has(key)) return null;
                  const span = spans.get(key);
                  const isSelected = selected?.row === row && selected.col === col;
                  const a1 = toA1({ row, col });
                  return (
                    <td
                      key={col}
                      ref={isSelected ? selectedCell : undefined}
                      className={mergeClasses(styles.cell, isSelected && styles.selected)}
                      rowSpan={span?.rows}
                      colSpan={span?.cols}
                      data-cell={a1}
                      aria-selected={isSelected}
                      onClick={() => onSelect({ row, col })}
                    >
                      {shownText(line[col - grid.left])}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
