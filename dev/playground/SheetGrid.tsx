import { useEffect, useRef, useState, type CSSProperties } from "react";
import { columnLetters, toA1 } from "../../src/core/address";
import type { Area } from "../../src/core/grid";
import type { FakeCell, FakeSheet } from "../fake-office/model";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "../fake-office/model";
import { displayText } from "./format-cell";

/** Points to CSS pixels. */
const PX = 4 / 3;
const MIN_ROWS = 24;
const MIN_COLS = 10;
const ROW_HEADER_WIDTH = 40;

export interface SheetGridProps {
  sheet: FakeSheet;
  selection: Area | null;
  onSelect: (area: Area) => void;
  onEdit: (row: number, col: number, text: string) => void;
}

/** The rows and columns to draw: the used part of the sheet plus a margin to type into. */
function extentOf(sheet: FakeSheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const [row, cells] of sheet.rows)
    for (const col of cells.keys()) {
      rows = Math.max(rows, row + 1);
      cols = Math.max(cols, col + 1);
    }
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  return { rows: Math.max(rows + 3, MIN_ROWS), cols: Math.max(cols + 1, MIN_COLS) };
}

function fontFamily(name: string | undefined): string {
  const serif = name !== undefined && /宋|SimSun|Song/i.test(name);
  const quoted = name ? `"${name}", ` : "";
  return serif
    ? `${quoted}"Noto Serif CJK SC", SimSun, serif`
    : `${quoted}"Microsoft YaHei", "Noto Sans CJK SC", "PingFang SC", sans-serif`;
}

const BORDER = "1px solid #1f1f1f";

function cellStyle(cell: FakeCell | undefined): CSSProperties {
  const style: CSSProperties = {};
  if (!cell) return style;
  if (cell.fill) style.backgroundColor = `#${cell.fill}`;
  if (cell.font?.bold) style.fontWeight = 700;
  if (cell.font?.size) style.fontSize = `${cell.font.size * PX}px`;
  if (cell.font?.color) style.color = `#${cell.font.color.slice(-6)}`;
  style.fontFamily = fontFamily(cell.font?.name);
  const h = cell.hAlign?.toLowerCase();
  if (h === "center" || h === "centeracrossselection") style.textAlign = "center";
  else if (h === "right") style.textAlign = "right";
  else if (h === "left") style.textAlign = "left";
  else if (typeof cell.value === "number") style.textAlign = "right";
  const v = cell.vAlign?.toLowerCase();
  style.verticalAlign = v === "top" ? "top" : v === "bottom" ? "bottom" : "middle";
  if (cell.wrap) style.whiteSpace = "pre-wrap";
  if (cell.borders?.top) style.borderTop = BORDER;
  if (cell.borders?.bottom) style.borderBottom = BORDER;
  if (cell.borders?.left) style.borderLeft = BORDER;
  if (cell.borders?.right) style.borderRight = BORDER;
  return style;
}

function inside(area: Area | null, row: number, col: number): boolean {
  return (
    area !== null && row >= area.top && row <= area.bottom && col >= area.left && col <= area.right
  );
}

function editText(cell: FakeCell | undefined): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  if (cell.value === null) return "";
  if (typeof cell.value === "number" && cell.numberFormat?.includes("%"))
    return `${Number((cell.value * 100).toPrecision(12))}%`;
  return String(cell.value);
}

/**
 * A read-and-edit view of one simulated sheet: values as formatted, merges, fills, fonts,
 * borders, column widths and row heights. Click selects, double-click or F2 edits, Enter
 * commits and Esc cancels.
 */
export function SheetGrid({ sheet, selection, onSelect, onEdit }: SheetGridProps) {
  const { rows, cols } = extentOf(sheet);
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [editing?.row, editing?.col]);
  useEffect(() => setEditing(null), [sheet.id]);
  const gridRef = useRef<HTMLTableElement>(null);
  const anchor = selection ? toA1({ row: selection.top, col: selection.left }) : null;
  useEffect(() => {
    // The pane selects cells too (a finding's cell): bring it into view as Excel does.
    if (anchor)
      gridRef.current
        ?.querySelector(`[data-cell="${anchor}"]`)
        ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [anchor, sheet.id]);

  const covered = new Set<string>();
  const spans = new Map<string, Area>();
  for (const m of sheet.merges) {
    spans.set(`${m.top}:${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r += 1)
      for (let c = m.left; c <= m.right; c += 1)
        if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  }
  const widths = Array.from(
    { length: cols },
    (_, c) => (sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH) * PX
  );
  const commit = () => {
    if (!editing) return;
    onEdit(editing.row, editing.col, editing.text);
    setEditing(null);
  };

  return (
    <table
      ref={gridRef}
      className="pg-grid"
      role="grid"
      aria-label={sheet.name}
      data-sheet={sheet.name}
      // Fixed layout needs a width: the columns' own, never the content's.
      style={{ width: ROW_HEADER_WIDTH + widths.reduce((sum, w) => sum + w, 0) }}
    >
      <colgroup>
        <col style={{ width: ROW_HEADER_WIDTH }} />
        {widths.map((w, c) => (
          <col key={c} style={{ width: w }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="pg-corner" />
          {widths.map((_, c) => (
            <th
              key={c}
              scope="col"
              className={
                inside(selection, selection?.top ?? -1, c) ? "pg-head pg-head-on" : "pg-head"
              }
            >
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r} style={{ height: (sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT) * PX }}>
            <th
              scope="row"
              className={
                inside(selection, r, selection?.left ?? -1) ? "pg-head pg-head-on" : "pg-head"
              }
            >
              {r + 1}
            </th>
            {widths.map((_, c) => {
              const key = `${r}:${c}`;
              if (covered.has(key)) return null;
              const merge = spans.get(key);
              const cell = sheet.rows.get(r)?.get(c);
              const a1 = toA1({ row: r, col: c });
              const selected = inside(selection, r, c);
              const isEditing = editing?.row === r && editing.col === c;
              return (
                <td
                  key={c}
                  role="gridcell"
                  data-cell={a1}
                  data-fill={cell?.fill ?? ""}
                  aria-selected={selected}
                  className={selected ? "pg-cell pg-selected" : "pg-cell"}
                  rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
                  colSpan={merge ? merge.right - merge.left + 1 : undefined}
                  style={cellStyle(cell)}
                  tabIndex={selected && selection?.top === r && selection.left === c ? 0 : -1}
                  onClick={() => onSelect(merge ?? { top: r, left: c, bottom: r, right: c })}
                  onDoubleClick={() => setEditing({ row: r, col: c, text: editText(cell) })}
                  onKeyDown={(event) => {
                    // Keys typed in the editor bubble up here: only the cell's own count.
                    if (event.target !== event.currentTarget) return;
                    if (event.key === "F2" || event.key === "Enter") {
                      event.preventDefault();
                      setEditing({ row: r, col: c, text: editText(cell) });
                    }
                  }}
                >
                  {isEditing ? (
                    <textarea
                      ref={inputRef}
                      className="pg-editor"
                      aria-label={a1}
                      value={editing.text}
                      onChange={(event) => setEditing({ row: r, col: c, text: event.target.value })}
                      onBlur={commit}
                      onKeyDown={(event) => {
                        if (event.key === "Enter" && !event.altKey) {
                          event.preventDefault();
                          commit();
                        } else if (event.key === "Escape") {
                          event.preventDefault();
                          setEditing(null);
                        }
                      }}
                    />
                  ) : (
                    displayText(cell?.value ?? null, cell?.numberFormat, cell?.error)
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
