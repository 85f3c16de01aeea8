import ExcelJS from "exceljs";
import path from "path";
import { areaFromA1, type Area, type Cell, type Grid } from "../../src/core";

/** The real 2021 forms, read with exceljs (tests only) into Grids as Excel would report them. */
export const SAMPLE = path.resolve(__dirname, "../../../shared/fixtures/sample-2021.xlsx");

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function toCell(cell: ExcelJS.Cell): Cell {
  const raw = cell.value;
  const out: Cell = { value: null };
  if (cell.numFmt && cell.numFmt !== "General") out.format = cell.numFmt;
  if (raw === null || raw === undefined) return out;
  if (raw instanceof Date) out.value = (raw.getTime() - EXCEL_EPOCH) / 86400000;
  else if (typeof raw === "object" && "formula" in raw) {
    out.formula = `=${String(raw.formula)}`;
    const result = raw.result;
    if (result && typeof result === "object" && "error" in result) out.error = String(result.error);
    else out.value = (result as Cell["value"]) ?? null;
  } else if (typeof raw === "object" && "error" in raw) out.error = String(raw.error);
  else if (typeof raw === "object" && "richText" in raw)
    out.value = raw.richText.map((r) => r.text).join("");
  else if (typeof raw === "object") out.value = String((raw as { text?: unknown }).text ?? "");
  else out.value = raw;
  return out;
}

/** Each sheet of an .xlsx as a Grid from A1; merged cells other than the top-left are empty. */
export async function readGrids(file = SAMPLE): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((ws) => {
    const merges: Area[] = (ws.model.merges ?? [])
      .map((m: string) => areaFromA1(m))
      .filter((a): a is Area => !!a);
    const cells: Cell[][] = [];
    for (let r = 1; r <= ws.rowCount; r += 1) {
      const row: Cell[] = [];
      for (let c = 1; c <= ws.columnCount; c += 1) {
        const cell = ws.getCell(r, c);
        const inner = cell.isMerged && cell.master.address !== cell.address;
        row.push(inner ? { value: null } : toCell(cell));
      }
      cells.push(row);
    }
    return { sheet: ws.name, top: 0, left: 0, cells, merges };
  });
}
