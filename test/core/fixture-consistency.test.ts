import fs from "fs";
import ExcelJS from "exceljs";

import { CORPUS_JSON, CORPUS_XLSX, REGIONS_JSON, REGIONS_XLSX } from "../helpers/fixtures";

/*
 * The real-forms fixtures come in pairs: a workbook (what the reader is given) and a JSON (what a
 * correct reader must extract from it). Both are written by one build.mjs, but either can be edited
 * or regenerated alone. This test opens each workbook with exceljs and checks that every cell the
 * JSON names holds exactly what the JSON says, so that a transcription and its expectations never
 * drift apart. Texts are compared as Excel shows them (a fraction with a percent format reads
 * "97.80%"); amounts, weights and scores as the cell's value.
 */

type Value = string | number | null;

interface Field {
  cell: string;
  text: string | null;
}
interface Column {
  column: string;
  label: string | null;
  group?: string | null;
}
interface FundsRow {
  row: number;
  label: string | null;
  values: Record<string, Value>;
}
interface CellValue {
  cell: string;
  value: Value;
}
interface Funds {
  label: Field | null;
  header_row: number;
  columns?: Record<string, string>;
  roles?: Record<string, string>;
  rows?: FundsRow[];
  summary_row?: number;
  cells?: Record<string, CellValue | Record<string, CellValue>>;
}
interface Goals {
  label: Field | null;
  expected: string | null;
  actual: string | null;
  extra?: Record<string, Field | null>;
}
type Target = string | null | Record<string, string | null>;
interface IndicatorRow {
  row: number;
  level1: string | null;
  level2: string | null;
  level3: string | null;
  target: Target;
  actual: string | null;
  weight: Value;
  score: Value;
  reason: string | null;
}
interface Indicators {
  label: Field | null;
  header_row: number;
  header_rows?: number[];
  columns: Record<string, Column | Record<string, Column>>;
  rows: IndicatorRow[];
}
interface Total {
  label: Field | null;
  row: number;
  weight: Value;
  score: Value;
}
interface Form {
  header: Record<string, Field | null> | null;
  funds: Funds | null;
  goals: Goals | null;
  indicators: Indicators | null;
  total: Total | null;
  extra?: Record<string, Field | null>;
}
interface Sheet {
  sheet: string;
  used_range: string;
  forms: Form[];
}
interface Expectations {
  sheets: Sheet[];
}

const SETS = [
  { name: "regions", xlsx: REGIONS_XLSX, json: REGIONS_JSON },
  { name: "corpus", xlsx: CORPUS_XLSX, json: CORPUS_JSON },
];

const readExpectations = (file: string): Expectations =>
  JSON.parse(fs.readFileSync(file, "utf8")) as Expectations;

// ------------------------------------------------------------------ reading cells as Excel shows them

/** The cell whose value a merged cell shows: its merge's top-left cell. */
function master(ws: ExcelJS.Worksheet, addr: string): ExcelJS.Cell {
  const cell = ws.getCell(addr);
  return cell.isMerged ? cell.master : cell;
}

function plainValue(cell: ExcelJS.Cell): Value {
  const v = cell.value;
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string" || typeof v === "number") return v;
  throw new Error(
    `${cell.address}: a value of a kind the fixtures do not use (${JSON.stringify(v)})`
  );
}

/** The cell's own value: a cell covered by another's merge holds nothing itself. */
function ownValue(ws: ExcelJS.Worksheet, addr: string): Value {
  const cell = ws.getCell(addr);
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  return plainValue(cell);
}

/** The value a cell shows, merges resolved. */
function shownValue(ws: ExcelJS.Worksheet, addr: string): Value {
  return plainValue(master(ws, addr));
}

function withThousands(fixed: string): string {
  const [whole = "", frac] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Number formats of the fixtures: General, 0, 0.00 …, #,##0.0 …, 0%, 0.00% …. */
function formatNumber(v: number, numFmt: string | undefined): string {
  if (numFmt === undefined || numFmt === "" || numFmt === "General") return String(v);
  const m = /^(#,##)?0(?:\.(0+))?(%?)$/.exec(numFmt);
  if (!m) throw new Error(`number format ${numFmt} is not one the fixtures use`);
  const decimals = m[2]?.length ?? 0;
  if (m[3]) return `${(v * 100).toFixed(decimals)}%`;
  const fixed = v.toFixed(decimals);
  return m[1] ? withThousands(fixed) : fixed;
}

/** The text a cell shows, merges resolved, numbers through their format. */
function shownText(ws: ExcelJS.Worksheet, addr: string): string | null {
  const cell = master(ws, addr);
  const v = plainValue(cell);
  if (v === null || typeof v === "string") return v;
  return formatNumber(v, cell.numFmt);
}

// ------------------------------------------------------------------ comparing a sheet with its JSON

const colNum = (c: string): number => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colLetter = (n: number): string =>
  n <= 26
    ? String.fromCharCode(64 + n)
    : colLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
const rowOf = (addr: string): number => Number(/\d+$/.exec(addr)?.[0]);

class Checker {
  readonly mismatches: string[] = [];
  checks = 0;

  constructor(readonly ws: ExcelJS.Worksheet) {}

  private compare(where: string, addr: string, actual: Value, expected: Value): void {
    this.checks++;
    if (actual !== expected) {
      this.mismatches.push(
        `${where} ${addr}: the sheet has ${JSON.stringify(actual)}, the JSON ${JSON.stringify(expected)}`
      );
    }
  }

  text(where: string, addr: string, expected: string | null): void {
    this.compare(where, addr, shownText(this.ws, addr), expected);
  }

  value(where: string, addr: string, expected: Value): void {
    this.compare(where, addr, shownValue(this.ws, addr), expected);
  }

  own(where: string, addr: string, expected: Value): void {
    this.compare(where, addr, ownValue(this.ws, addr), expected);
  }

  field(where: string, f: Field | null | undefined): void {
    if (f) this.text(where, f.cell, f.text);
  }

  fail(message: string): void {
    this.checks++;
    this.mismatches.push(message);
  }

  /** The texts the sheet shows, by address (top-left cells of merges only). */
  texts(): Map<string, string> {
    const out = new Map<string, string>();
    this.ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const t = shownText(this.ws, cell.address);
        if (t !== null) out.set(cell.address, t);
      })
    );
    return out;
  }

  /**
   * A goal text is given without its cell: it must be one cell's text, or (several cells read
   * together) the texts of cells in one column on consecutive rows joined by line breaks.
   */
  appears(where: string, text: string | null): void {
    if (text === null) return;
    this.checks++;
    const texts = this.texts();
    if ([...texts.values()].includes(text)) return;
    const parts = text.split("\n");
    const found = [...texts].some(([addr, t]) => {
      if (t !== parts[0]) return false;
      const col = /^[A-Z]+/.exec(addr)?.[0] ?? "";
      return parts.every((p, i) => texts.get(`${col}${rowOf(addr) + i}`) === p);
    });
    if (!found)
      this.mismatches.push(`${where}: no cell of the sheet shows ${JSON.stringify(text)}`);
  }
}

function headerColumn(c: Checker, where: string, ind: Indicators, col: Column): void {
  const rows = ind.header_rows;
  if (!rows) {
    c.text(where, `${col.column}${ind.header_row}`, col.label);
    return;
  }
  const [upper, lower] = rows;
  if (upper === undefined || lower === undefined) {
    c.fail(`${where}: header_rows ${JSON.stringify(rows)} is not two rows`);
    return;
  }
  c.text(`${where} (lower header row)`, `${col.column}${lower}`, col.label);
  c.text(`${where} (upper header row)`, `${col.column}${upper}`, col.group ?? col.label);
}

function checkFunds(c: Checker, where: string, funds: Funds): void {
  c.field(`${where} label`, funds.label);
  for (const [block, inner] of Object.entries(funds.cells ?? {})) {
    if ("cell" in inner && typeof inner.cell === "string") {
      const cv = inner as CellValue;
      c.value(`${where} ${block}`, cv.cell, cv.value);
    } else {
      for (const [k, cv] of Object.entries(inner as Record<string, CellValue>)) {
        c.value(`${where} ${block} ${k}`, cv.cell, cv.value);
      }
    }
  }
  const columns = funds.columns ?? {};
  for (const [label, col] of Object.entries(columns)) {
    c.text(`${where} column header`, `${col}${funds.header_row}`, label);
  }
  for (const [role, label] of Object.entries(funds.roles ?? {})) {
    if (!(label in columns)) c.fail(`${where}: role ${role} names ${label}, which is no column`);
  }
  const firstValueCol = Math.min(...Object.values(columns).map(colNum));
  for (const r of funds.rows ?? []) {
    if (r.label !== null) {
      c.checks++;
      const left = Array.from(
        { length: firstValueCol - 1 },
        (_, i) => `${colLetter(i + 1)}${r.row}`
      );
      if (!left.some((addr) => shownText(c.ws, addr) === r.label)) {
        c.mismatches.push(`${where} row ${r.row}: no label cell shows ${JSON.stringify(r.label)}`);
      }
    }
    for (const [label, value] of Object.entries(r.values)) {
      const col = columns[label];
      if (!col) c.fail(`${where} row ${r.row}: value under ${label}, which is no column`);
      else c.own(`${where} row ${r.row} ${label}`, `${col}${r.row}`, value);
    }
  }
}

function checkIndicators(c: Checker, where: string, ind: Indicators): void {
  c.field(`${where} label`, ind.label);
  const col = (key: string): Column | undefined => {
    const v = ind.columns[key];
    return v && "column" in v && typeof v.column === "string" ? (v as Column) : undefined;
  };
  for (const [key, v] of Object.entries(ind.columns)) {
    if ("column" in v && typeof v.column === "string")
      headerColumn(c, `${where} ${key}`, ind, v as Column);
    else
      for (const [part, pc] of Object.entries(v as Record<string, Column>)) {
        headerColumn(c, `${where} ${key}.${part}`, ind, pc);
      }
  }
  for (const r of ind.rows) {
    const at = (key: string): string | undefined => {
      const cc = col(key);
      return cc ? `${cc.column}${r.row}` : undefined;
    };
    const here = `${where} row ${r.row}`;
    for (const key of ["level1", "level2", "level3", "actual", "reason"] as const) {
      const addr = at(key);
      if (addr) c.text(`${here} ${key}`, addr, r[key]);
      else if (r[key] !== null)
        c.fail(`${here}: ${key} ${JSON.stringify(r[key])} but no ${key} column`);
    }
    for (const key of ["weight", "score"] as const) {
      const addr = at(key);
      if (addr) c.value(`${here} ${key}`, addr, r[key]);
      else if (r[key] !== null)
        c.fail(`${here}: ${key} ${JSON.stringify(r[key])} but no ${key} column`);
    }
    const target = ind.columns.target;
    if (target && "column" in target && typeof target.column === "string") {
      c.text(`${here} target`, `${target.column}${r.row}`, r.target as string | null);
    } else if (target) {
      const parts = target as Record<string, Column>;
      const split = (r.target ?? {}) as Record<string, string | null>;
      for (const [part, pc] of Object.entries(parts)) {
        c.text(`${here} target.${part}`, `${pc.column}${r.row}`, split[part] ?? null);
      }
    }
  }
}

function checkTotal(c: Checker, where: string, total: Total, ind: Indicators | null): void {
  c.field(`${where} label`, total.label);
  if (total.label && rowOf(total.label.cell) !== total.row) {
    c.fail(`${where}: row ${total.row} but its label is at ${total.label.cell}`);
  }
  for (const key of ["weight", "score"] as const) {
    const cc = ind?.columns[key];
    if (cc && "column" in cc && typeof cc.column === "string") {
      c.value(`${where} ${key}`, `${cc.column}${total.row}`, total[key]);
    } else if (total[key] !== null) {
      c.fail(
        `${where}: ${key} ${JSON.stringify(total[key])} but the indicators have no ${key} column`
      );
    }
  }
}

/** Every mismatch between a sheet and its expectations, and how many cells were compared. */
function compareSheet(
  ws: ExcelJS.Worksheet,
  sheet: Sheet
): { mismatches: string[]; checks: number } {
  const c = new Checker(ws);
  const dims = ws.dimensions?.toString();
  if (dims !== sheet.used_range)
    c.fail(`used range: the sheet has ${dims}, the JSON ${sheet.used_range}`);
  sheet.forms.forEach((form, i) => {
    const where = sheet.forms.length > 1 ? `form ${i + 1}` : "form";
    for (const [k, f] of Object.entries(form.header ?? {})) c.field(`${where} header ${k}`, f);
    if (form.funds) checkFunds(c, `${where} funds`, form.funds);
    if (form.goals) {
      c.field(`${where} goals label`, form.goals.label);
      c.appears(`${where} goals expected`, form.goals.expected);
      c.appears(`${where} goals actual`, form.goals.actual);
      for (const [k, f] of Object.entries(form.goals.extra ?? {}))
        c.field(`${where} goals ${k}`, f);
    }
    if (form.indicators) checkIndicators(c, `${where} indicators`, form.indicators);
    if (form.total) checkTotal(c, `${where} total`, form.total, form.indicators);
    for (const [k, f] of Object.entries(form.extra ?? {})) c.field(`${where} ${k}`, f);
  });
  return { mismatches: c.mismatches, checks: c.checks };
}

// ------------------------------------------------------------------ the tests

describe.each(SETS)(
  "the $name fixtures: the workbook holds what its JSON says",
  ({ xlsx, json }) => {
    const expectations = readExpectations(json);
    let wb: ExcelJS.Workbook;

    beforeAll(async () => {
      wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsx);
    });

    const sheetOf = (name: string): ExcelJS.Worksheet => {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name} in ${xlsx}`);
      return ws;
    };

    it("has exactly the sheets the JSON describes, in its order", () => {
      expect(wb.worksheets.map((ws) => ws.name)).toEqual(expectations.sheets.map((s) => s.sheet));
    });

    it.each(expectations.sheets.map((s) => [s.sheet, s] as const))(
      "%s: every cell the JSON names holds what the JSON says",
      (_name, sheet) => {
        const { mismatches, checks } = compareSheet(sheetOf(sheet.sheet), sheet);
        expect(mismatches).toEqual([]);
        expect(checks).toBeGreaterThan(20);
      }
    );
  }
);

describe("the comparison itself", () => {
  it("reports a changed amount, a changed text and a changed score", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(CORPUS_XLSX);
    const sheet = structuredClone(readExpectations(CORPUS_JSON).sheets[0]) as Sheet;
    const ws = wb.getWorksheet(sheet.sheet);
    if (!ws) throw new Error(`no sheet ${sheet.sheet}`);
    expect(compareSheet(ws, sheet).mismatches).toEqual([]);

    const form = sheet.forms[0];
    const row = form?.funds?.rows?.[0];
    const indicator = form?.indicators?.rows[0];
    if (!form?.header?.project || !row || !indicator)
      throw new Error("the first corpus sheet has changed");
    const [label, amount] = Object.entries(row.values).find(([, v]) => typeof v === "number") ?? [];
    if (label === undefined || typeof amount !== "number")
      throw new Error("no amount in the first funds row");
    row.values[label] = amount + 1;
    form.header.project.text += "x";
    indicator.score = (typeof indicator.score === "number" ? indicator.score : 0) + 1;

    const { mismatches } = compareSheet(ws, sheet);
    expect(mismatches).toHaveLength(3);
    expect(mismatches.join("\n")).toMatch(/funds row \d+ /);
    expect(mismatches.join("\n")).toMatch(/header project/);
    expect(mismatches.join("\n")).toMatch(/indicators row \d+ score/);
  });

  it("shows numbers through the formats the fixtures use", () => {
    expect(formatNumber(0.978, "0.00%")).toBe("97.80%");
    expect(formatNumber(1, "0%")).toBe("100%");
    expect(formatNumber(30, "0.00")).toBe("30.00");
    expect(formatNumber(215457.6, "#,##0.0")).toBe("215,457.6");
    expect(formatNumber(9034, "#,##0")).toBe("9,034");
    expect(formatNumber(387664.62, undefined)).toBe("387664.62");
    expect(() => formatNumber(1, "yyyy-mm-dd")).toThrow(/not one the fixtures use/);
  });
});
