import { createHash } from "node:crypto";
import {
  attrOf,
  childOf,
  childrenOf,
  OoxmlPackage,
  textOf,
  type XmlElement,
} from "../../src/xlsx/package";

/**
 * The fidelity check: a scored copy must differ from its input only in the computed cells.
 * Both packages are read part by part (not through exceljs, which is what is under test) and
 * each sheet is reduced to canonical facts — values with the defaults of the OOXML schema
 * (ECMA-376 part 1, §18) filled in, booleans as booleans, numbers as numbers, styles resolved
 * through styles.xml, strings through sharedStrings.xml, sheets matched by name rather than
 * by part — so that two ways of writing the same thing compare equal and any real change
 * does not.
 */

export interface Difference {
  /** The sheet, or null for the workbook as a whole. */
  sheet: string | null;
  /** What differs: "merges", "column widths", "cell D6 font", … */
  feature: string;
  before: string;
  after: string;
}

/** Cells of each sheet the plan may change: their value, formula, fill and number format. */
export type AllowedChanges = ReadonlyMap<string, ReadonlySet<string>>;

type Facts = Record<string, unknown>;

interface Style {
  font: unknown;
  fill: unknown;
  border: unknown;
  numFmt: string;
  alignment: unknown;
  protection: unknown;
  quotePrefix: boolean;
}

interface CellFacts {
  value: unknown;
  formula: unknown;
  style: Style;
}

interface SheetFacts {
  features: Facts;
  cells: Map<string, CellFacts>;
  /** The look of a cell the file does not list (its row's or column's style). */
  styleOfAbsent: (ref: string) => Style;
}

export interface WorkbookFacts {
  features: Facts;
  sheets: Map<string, SheetFacts>;
}

// ---------------------------------------------------------------- canonical values

const TRUE_WORDS = new Set(["1", "true"]);

function bool(value: string | undefined, fallback: boolean): boolean {
  return value === undefined ? fallback : TRUE_WORDS.has(value.trim().toLowerCase());
}

/**
 * A number to 12 significant digits: exceljs turns date cells into JavaScript dates and back,
 * which moves a time by under a microsecond (digit 13 of a serial); no number format shows it.
 */
function num(value: string | undefined, fallback: number | null = null): number | null {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : fallback;
}

/** Attributes with the schema's defaults and types; attributes not listed are ignored. */
type AttrSpec = Record<string, ["bool", boolean] | ["num", number | null] | ["str", string | null]>;

function attrs(node: XmlElement | undefined, spec: AttrSpec): Facts | null {
  if (!node) return null;
  const out: Facts = {};
  for (const [name, [kind, fallback]] of Object.entries(spec)) {
    const raw = attrOf(node, name);
    if (kind === "bool") out[name] = bool(raw, fallback);
    else if (kind === "num") out[name] = num(raw, fallback);
    else out[name] = raw ?? fallback;
  }
  return out;
}

function colorOf(node: XmlElement | undefined): unknown {
  // No colour and the automatic colour are the same thing.
  if (!node || bool(attrOf(node, "auto"), false)) return null;
  const rgb = attrOf(node, "rgb");
  const tint = num(attrOf(node, "tint"), 0);
  if (rgb !== undefined) {
    const upper = rgb.toUpperCase();
    return { rgb: upper.length === 6 ? `FF${upper}` : upper, tint };
  }
  const theme = attrOf(node, "theme");
  if (theme !== undefined) return { theme: Number(theme), tint };
  const indexed = attrOf(node, "indexed");
  if (indexed !== undefined) return { indexed: Number(indexed), tint };
  return null;
}

/** A font (styles.xml `font`, or a rich-text run's `rPr`). */
function fontOf(node: XmlElement | undefined): unknown {
  if (!node) return null;
  const flag = (name: string) => {
    const el = childOf(node, name);
    return el ? bool(attrOf(el, "val"), true) : false;
  };
  const val = (name: string) => attrOf(childOf(node, name), "val") ?? null;
  const underline = childOf(node, "u");
  return {
    bold: flag("b"),
    italic: flag("i"),
    strike: flag("strike"),
    outline: flag("outline"),
    shadow: flag("shadow"),
    condense: flag("condense"),
    extend: flag("extend"),
    underline: underline ? (attrOf(underline, "val") ?? "single") : "none",
    size: num(val("sz") ?? undefined),
    color: colorOf(childOf(node, "color")),
    // rPr names its font rFont, styles.xml name.
    name: val("name") ?? val("rFont"),
    // Family 0 is "not applicable" (§18.8.18), as if none were given.
    family: num(val("family") ?? undefined) || null,
    // Charset 0 (ANSI) is what a font without one gets; exceljs leaves it out.
    charset: num(val("charset") ?? undefined) || null,
    scheme: val("scheme"),
    vertAlign: val("vertAlign") ?? "baseline",
  };
}

function fillOf(node: XmlElement | undefined): unknown {
  const pattern = childOf(node, "patternFill");
  if (pattern) {
    const type = attrOf(pattern, "patternType") ?? "none";
    if (type === "none") return { pattern: "none" };
    const fg = colorOf(childOf(pattern, "fgColor"));
    // A solid fill shows its foreground only.
    if (type === "solid") return { pattern: type, fg };
    return { pattern: type, fg, bg: colorOf(childOf(pattern, "bgColor")) };
  }
  const gradient = childOf(node, "gradientFill");
  if (gradient) {
    return {
      gradient: attrs(gradient, {
        type: ["str", "linear"],
        degree: ["num", 0],
        left: ["num", 0],
        right: ["num", 0],
        top: ["num", 0],
        bottom: ["num", 0],
      }),
      stops: childrenOf(gradient, "stop").map((s) => ({
        position: num(attrOf(s, "position")),
        color: colorOf(childOf(s, "color")),
      })),
    };
  }
  return { pattern: "none" };
}

function borderOf(node: XmlElement | undefined): unknown {
  const edge = (...names: string[]) => {
    const el = names.map((n) => childOf(node, n)).find((e) => e !== undefined);
    const style = attrOf(el, "style") ?? "none";
    return style === "none" ? "none" : { style, color: colorOf(childOf(el, "color")) };
  };
  const diagonal = edge("diagonal");
  return {
    left: edge("left", "start"),
    right: edge("right", "end"),
    top: edge("top"),
    bottom: edge("bottom"),
    diagonal:
      diagonal === "none"
        ? "none"
        : {
            line: diagonal,
            up: bool(attrOf(node, "diagonalUp"), false),
            down: bool(attrOf(node, "diagonalDown"), false),
          },
  };
}

/** ECMA-376 part 1 §18.8.30: the number formats every reader knows by id. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** A number format with the escapes of characters that show as themselves anyway removed. */
function plainFormat(code: string): string {
  return code.replace(/\\([- ()])/g, "$1");
}

interface StyleSheet {
  /** The Normal style's font, whose digit width is the unit of column widths. */
  normalFont: unknown;
  cellStyle(index: number): Style;
  dxf(index: number): unknown;
}

function readStyles(root: XmlElement | null): StyleSheet {
  const formats = new Map<number, string>();
  for (const f of childrenOf(childOf(root ?? undefined, "numFmts"), "numFmt")) {
    formats.set(Number(attrOf(f, "numFmtId")), attrOf(f, "formatCode") ?? "");
  }
  const formatOf = (id: number) => plainFormat(formats.get(id) ?? BUILTIN_FORMATS[id] ?? `#${id}`);
  const list = (group: string, item: string) => childrenOf(childOf(root ?? undefined, group), item);
  const fonts = list("fonts", "font");
  const fills = list("fills", "fill");
  const borders = list("borders", "border");
  const xfs = list("cellXfs", "xf");
  const dxfs = list("dxfs", "dxf");
  const cache = new Map<number, Style>();
  const normal = list("cellStyleXfs", "xf")[0];
  return {
    normalFont: fontOf(fonts[Number(attrOf(normal, "fontId") ?? 0)]),
    cellStyle(index) {
      const hit = cache.get(index);
      if (hit) return hit;
      const xf = xfs[index] ?? xfs[0];
      const id = (name: string) => Number(attrOf(xf, name) ?? 0);
      const style: Style = {
        font: fontOf(fonts[id("fontId")]),
        fill: fillOf(fills[id("fillId")]),
        border: borderOf(borders[id("borderId")]),
        numFmt: formatOf(id("numFmtId")),
        alignment: alignmentOf(childOf(xf, "alignment")),
        protection: attrs(childOf(xf, "protection"), PROTECTION) ?? attrs({}, PROTECTION),
        quotePrefix: bool(attrOf(xf, "quotePrefix"), false),
      };
      cache.set(index, style);
      return style;
    },
    dxf(index) {
      const d = dxfs[index];
      if (!d) return null;
      const numFmt = childOf(d, "numFmt");
      return {
        font: childOf(d, "font") ? fontOf(childOf(d, "font")) : null,
        fill: childOf(d, "fill") ? fillOf(childOf(d, "fill")) : null,
        border: childOf(d, "border") ? borderOf(childOf(d, "border")) : null,
        numFmt: numFmt ? plainFormat(attrOf(numFmt, "formatCode") ?? "") : null,
      };
    },
  };
}

const ALIGNMENT: AttrSpec = {
  horizontal: ["str", "general"],
  vertical: ["str", "bottom"],
  wrapText: ["bool", false],
  shrinkToFit: ["bool", false],
  indent: ["num", 0],
  textRotation: ["num", 0],
  readingOrder: ["num", 0],
  justifyLastLine: ["bool", false],
};

/** Reading order 0 (by context) and 1 (left to right) read the same for Chinese and Latin text. */
function alignmentOf(node: XmlElement | undefined): Facts {
  const out = attrs(node ?? {}, ALIGNMENT) ?? {};
  if (out.readingOrder === 0) out.readingOrder = 1;
  return out;
}

const PROTECTION: AttrSpec = { locked: ["bool", true], hidden: ["bool", false] };

// ---------------------------------------------------------------- references

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLetters(n: number): string {
  let out = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) {
    out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  }
  return out;
}

/** "$A$1:$B2" → "A1:B2"; a single cell stays single; a reference to a sheet loses its quotes. */
function plainRef(ref: string): string {
  return ref.replace(/\$/g, "").toUpperCase();
}

const MAX_EXPANDED = 100_000;

/** The cells of a space-separated list of ranges, or the ranges themselves when too many. */
function cellsOfSqref(sqref: string): string[] {
  const out: string[] = [];
  for (const piece of sqref.trim().split(/\s+/)) {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(plainRef(piece));
    if (!m) {
      out.push(plainRef(piece));
      continue;
    }
    const [c1, r1] = [colNumber(m[1] ?? "A"), Number(m[2])];
    const [c2, r2] = m[3] ? [colNumber(m[3]), Number(m[4])] : [c1, r1];
    if ((c2 - c1 + 1) * (r2 - r1 + 1) > MAX_EXPANDED) {
      out.push(plainRef(piece));
      continue;
    }
    for (let r = r1; r <= r2; r += 1) {
      for (let c = c1; c <= c2; c += 1) out.push(`${colLetters(c)}${r}`);
    }
  }
  return out;
}

/** A defined name's formula with quotes around sheet names and "$" signs removed. */
function plainFormula(text: string): string {
  return text
    .replace(/'((?:[^']|'')+)'!/g, (_m, name: string) => `${name.replace(/''/g, "'")}!`)
    .replace(/\$/g, "")
    .trim();
}

// ---------------------------------------------------------------- sheets

function sharedStringsOf(root: XmlElement | null): unknown[] {
  return childrenOf(root ?? undefined, "si").map(stringItem);
}

/** A shared or inline string: its text, and its runs' fonts when it is rich text. */
function stringItem(si: XmlElement): unknown {
  const runs = childrenOf(si, "r");
  if (runs.length === 0) return textOf(childOf(si, "t"));
  return {
    text: runs.map((r) => textOf(childOf(r, "t"))).join(""),
    runs: runs.map((r) => ({ text: textOf(childOf(r, "t")), font: fontOf(childOf(r, "rPr")) })),
  };
}

function cellValue(c: XmlElement, strings: unknown[]): unknown {
  const type = attrOf(c, "t") ?? "n";
  const v = childOf(c, "v");
  const raw = v ? textOf(v) : undefined;
  switch (type) {
    case "s":
      return raw === undefined ? null : (strings[Number(raw)] ?? null);
    case "inlineStr": {
      const is = childOf(c, "is");
      return is ? stringItem(is) : null;
    }
    case "b":
      return raw === undefined ? null : bool(raw, false);
    case "e":
      return raw === undefined ? null : { error: raw };
    case "str":
      return raw ?? null;
    case "d":
      return raw === undefined ? null : { date: raw };
    default:
      return num(raw);
  }
}

interface ShareMaster {
  row: number;
  col: number;
  formula: string;
}

/** Moves the relative references of a shared formula from its master cell to another. */
function shiftFormula(formula: string, dRow: number, dCol: number): string {
  // Strings stay; A1 references outside them move unless "$"-anchored.
  return formula.replace(
    /("(?:[^"]|"")*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
    (whole, str: string | undefined, dc: string, col: string, dr: string, row: string) => {
      if (str !== undefined) return whole;
      const c = dc ? col : colLetters(colNumber(col) + dCol);
      const r = dr ? row : String(Number(row) + dRow);
      return `${dc}${c}${dr}${r}`;
    }
  );
}

function splitRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  return { col: colNumber(m?.[1] ?? "A"), row: Number(m?.[2] ?? 1) };
}

function formulaOf(
  c: XmlElement,
  ref: string,
  masters: Map<string, ShareMaster>
): { text: string; array?: string } | null {
  const f = childOf(c, "f");
  if (!f) return null;
  const text = textOf(f).trim();
  const kind = attrOf(f, "t") ?? "normal";
  if (kind === "shared") {
    const si = attrOf(f, "si") ?? "";
    const at = splitRef(ref);
    if (text !== "") {
      masters.set(si, { ...at, formula: text });
      return { text };
    }
    const master = masters.get(si);
    return {
      text: master
        ? shiftFormula(master.formula, at.row - master.row, at.col - master.col)
        : `?shared ${si}`,
    };
  }
  if (kind === "array") return { text, array: plainRef(attrOf(f, "ref") ?? ref) };
  return { text };
}

/** Facts every sheet has, keyed by the names the check reports. */
async function sheetFacts(
  pkg: OoxmlPackage,
  part: string,
  styles: StyleSheet,
  strings: unknown[]
): Promise<SheetFacts> {
  const root = (await pkg.xml(part)) ?? {};
  const rels = await pkg.rels(part);
  const relTarget = (id: string | undefined) => rels.find((r) => r.id === id);
  const features: Facts = {};

  const sheetPr = childOf(root, "sheetPr");
  features["fit to page"] = bool(attrOf(childOf(sheetPr, "pageSetUpPr"), "fitToPage"), false);
  features["tab colour"] = colorOf(childOf(sheetPr, "tabColor"));
  features["page setup"] = attrs(childOf(root, "pageSetup") ?? {}, {
    paperSize: ["num", 1],
    // "default" is the printer's default, portrait on every paper a form is printed on.
    orientation: ["str", "portrait"],
    scale: ["num", 100],
    fitToWidth: ["num", 1],
    fitToHeight: ["num", 1],
    pageOrder: ["str", "downThenOver"],
    firstPageNumber: ["num", 1],
    useFirstPageNumber: ["bool", false],
    blackAndWhite: ["bool", false],
    draft: ["bool", false],
    cellComments: ["str", "none"],
    errors: ["str", "displayed"],
  });
  const setup = features["page setup"] as Facts;
  if (setup.orientation === "default") setup.orientation = "portrait";
  // The first page number counts only where the sheet says to use it.
  if (setup.useFirstPageNumber !== true) setup.firstPageNumber = null;
  features["print options"] = attrs(childOf(root, "printOptions") ?? {}, {
    gridLines: ["bool", false],
    headings: ["bool", false],
    horizontalCentered: ["bool", false],
    verticalCentered: ["bool", false],
  });
  features["margins"] = attrs(childOf(root, "pageMargins"), {
    left: ["num", null],
    right: ["num", null],
    top: ["num", null],
    bottom: ["num", null],
    header: ["num", null],
    footer: ["num", null],
  });
  const hf = childOf(root, "headerFooter");
  features["header and footer"] = Object.fromEntries(
    ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"].map(
      (n) => [n, textOf(childOf(hf, n))]
    )
  );
  features["page breaks"] = ["rowBreaks", "colBreaks"].map((n) =>
    childrenOf(childOf(root, n), "brk").map((b) => num(attrOf(b, "id")))
  );
  features["merges"] = childrenOf(childOf(root, "mergeCells"), "mergeCell")
    .map((m) => plainRef(attrOf(m, "ref") ?? ""))
    .sort();

  const format = childOf(root, "sheetFormatPr");
  features["default sizes"] = attrs(format ?? {}, {
    defaultRowHeight: ["num", null],
    defaultColWidth: ["num", null],
    baseColWidth: ["num", 8],
  });

  // Columns: one entry per column a <col> names, defaults left out.
  const widths: Facts = {};
  const hiddenCols: number[] = [];
  const colStyles: Facts = {};
  const colStyleIndex = new Map<number, number>();
  for (const col of childrenOf(childOf(root, "cols"), "col")) {
    const min = Number(attrOf(col, "min"));
    const max = Math.min(Number(attrOf(col, "max")), 16_384);
    const width = num(attrOf(col, "width"));
    const hidden = bool(attrOf(col, "hidden"), false);
    const style = Number(attrOf(col, "style") ?? 0);
    for (let c = min; c <= max; c += 1) {
      // A stored width is the width shown, whether set by hand (customWidth) or not.
      if (width !== null) widths[colLetters(c)] = Math.round(width * 1000) / 1000;
      if (hidden) hiddenCols.push(c);
      if (style !== 0) colStyleIndex.set(c, style);
    }
  }
  for (const [c, s] of colStyleIndex) colStyles[colLetters(c)] = styles.cellStyle(s);
  features["column widths"] = widths;
  features["hidden columns"] = hiddenCols.map(colLetters);
  features["column styles"] = colStyles;

  const heights: Facts = {};
  const hiddenRows: number[] = [];
  const rowStyleIndex = new Map<number, number>();
  const cells = new Map<string, CellFacts>();
  const masters = new Map<string, ShareMaster>();
  let rowNumber = 0;
  for (const row of childrenOf(childOf(root, "sheetData"), "row")) {
    rowNumber = Number(attrOf(row, "r") ?? rowNumber + 1);
    const ht = num(attrOf(row, "ht"));
    const hidden = bool(attrOf(row, "hidden"), false);
    // The height a row is shown at, whether set by hand (customHeight) or stored from autofit;
    // a hidden row shows no height.
    if (ht !== null && !hidden) heights[rowNumber] = ht;
    if (hidden) hiddenRows.push(rowNumber);
    if (bool(attrOf(row, "customFormat"), false)) {
      rowStyleIndex.set(rowNumber, Number(attrOf(row, "s") ?? 0));
    }
    let colNumberInRow = 0;
    for (const c of childrenOf(row, "c")) {
      const given = attrOf(c, "r");
      colNumberInRow = given ? splitRef(given).col : colNumberInRow + 1;
      const ref = given ?? `${colLetters(colNumberInRow)}${rowNumber}`;
      cells.set(ref, {
        value: cellValue(c, strings),
        formula: formulaOf(c, ref, masters),
        style: styles.cellStyle(Number(attrOf(c, "s") ?? 0)),
      });
    }
  }
  features["row heights"] = heights;
  features["hidden rows"] = hiddenRows;
  features["row styles"] = Object.fromEntries(
    [...rowStyleIndex].map(([r, s]) => [r, styles.cellStyle(s)])
  );

  const view = childOf(childOf(root, "sheetViews"), "sheetView");
  const pane = childOf(view, "pane");
  features["frozen panes"] = pane
    ? attrs(pane, {
        xSplit: ["num", 0],
        ySplit: ["num", 0],
        topLeftCell: ["str", null],
        state: ["str", "split"],
      })
    : null;
  features["sheet view"] = attrs(view, {
    showGridLines: ["bool", true],
    showZeros: ["bool", true],
    rightToLeft: ["bool", false],
    zoomScale: ["num", 100],
    view: ["str", "normal"],
  });
  const protection = childOf(root, "sheetProtection");
  // A sheetProtection element whose `sheet` is off protects nothing.
  features["sheet protection"] =
    protection && bool(attrOf(protection, "sheet"), false)
      ? {
          ...attrs(protection, {
            sheet: ["bool", false],
            objects: ["bool", false],
            scenarios: ["bool", false],
            formatCells: ["bool", true],
            formatColumns: ["bool", true],
            formatRows: ["bool", true],
            insertColumns: ["bool", true],
            insertRows: ["bool", true],
            insertHyperlinks: ["bool", true],
            deleteColumns: ["bool", true],
            deleteRows: ["bool", true],
            selectLockedCells: ["bool", false],
            sort: ["bool", true],
            autoFilter: ["bool", true],
            pivotTables: ["bool", true],
            selectUnlockedCells: ["bool", false],
            password: ["str", null],
            algorithmName: ["str", null],
            hashValue: ["str", null],
            saltValue: ["str", null],
            spinCount: ["num", null],
          }),
        }
      : null;

  const validations: Facts = {};
  for (const dv of childrenOf(childOf(root, "dataValidations"), "dataValidation")) {
    const rule: Facts = {
      ...attrs(dv, {
        type: ["str", "none"],
        operator: ["str", "between"],
        allowBlank: ["bool", false],
        showDropDown: ["bool", false],
        showInputMessage: ["bool", false],
        showErrorMessage: ["bool", false],
        errorStyle: ["str", "stop"],
        errorTitle: ["str", ""],
        error: ["str", ""],
        promptTitle: ["str", ""],
        prompt: ["str", ""],
      }),
      formula1: childOf(dv, "formula1") ? textOf(childOf(dv, "formula1")) : null,
      formula2: childOf(dv, "formula2") ? textOf(childOf(dv, "formula2")) : null,
    };
    // A rule of type none with no input message does nothing.
    if (rule.type === "none" && !(rule.showInputMessage && (rule.prompt || rule.promptTitle)))
      continue;
    for (const cell of cellsOfSqref(attrOf(dv, "sqref") ?? "")) validations[cell] = rule;
  }
  features["data validations"] = validations;

  const conditional: unknown[] = [];
  for (const cf of childrenOf(root, "conditionalFormatting")) {
    for (const rule of childrenOf(cf, "cfRule")) {
      const dxfId = attrOf(rule, "dxfId");
      conditional.push({
        range: (attrOf(cf, "sqref") ?? "").split(/\s+/).map(plainRef).sort().join(" "),
        ...attrs(rule, {
          type: ["str", null],
          operator: ["str", null],
          text: ["str", null],
          stopIfTrue: ["bool", false],
          aboveAverage: ["bool", true],
          percent: ["bool", false],
          bottom: ["bool", false],
          rank: ["num", null],
          timePeriod: ["str", null],
        }),
        formulas: childrenOf(rule, "formula").map((f) => textOf(f)),
        style: dxfId === undefined ? null : styles.dxf(Number(dxfId)),
        scale:
          childOf(rule, "colorScale") ??
          childOf(rule, "dataBar") ??
          childOf(rule, "iconSet") ??
          null,
      });
    }
  }
  features["conditional formats"] = conditional.map((c) => JSON.stringify(c)).sort();

  const links: Facts = {};
  for (const h of childrenOf(childOf(root, "hyperlinks"), "hyperlink")) {
    const rel = relTarget(attrOf(h, "id"));
    const link = {
      target: rel ? rel.target : null,
      location: attrOf(h, "location") ?? null,
      tooltip: attrOf(h, "tooltip") ?? null,
    };
    for (const cell of cellsOfSqref(attrOf(h, "ref") ?? "")) links[cell] = link;
  }
  features["hyperlinks"] = links;

  features["comments"] = await commentsOf(pkg, rels);
  const drawing = await drawingFacts(
    pkg,
    relTarget(attrOf(childOf(root, "drawing"), "id"))?.target
  );
  features["images"] = drawing.images;
  features["drawing objects"] = drawing.objects;
  features["header and footer images"] = childOf(root, "legacyDrawingHF") ? "present" : null;
  features["auto filter"] = attrOf(childOf(root, "autoFilter"), "ref") ?? null;
  const tables: string[] = [];
  for (const t of childrenOf(childOf(root, "tableParts"), "tablePart")) {
    const table = await pkg.xml(relTarget(attrOf(t, "id"))?.target ?? "");
    tables.push(
      `${attrOf(table ?? undefined, "displayName") ?? "?"} ${attrOf(table ?? undefined, "ref") ?? ""}`
    );
  }
  features["tables"] = tables.sort();
  features["form controls"] = childrenOf(childOf(root, "controls"), "control").length;

  return {
    features,
    cells,
    styleOfAbsent: (ref) => {
      const at = splitRef(ref);
      const s = rowStyleIndex.get(at.row) ?? colStyleIndex.get(at.col) ?? 0;
      return styles.cellStyle(s);
    },
  };
}

async function commentsOf(
  pkg: OoxmlPackage,
  rels: { type: string; target: string }[]
): Promise<Facts> {
  const out: Facts = {};
  for (const rel of rels.filter((r) => /\/comments$/.test(r.type))) {
    const root = await pkg.xml(rel.target);
    const authors = childrenOf(childOf(root ?? undefined, "authors"), "author").map(textOf);
    for (const c of childrenOf(childOf(root ?? undefined, "commentList"), "comment")) {
      out[plainRef(attrOf(c, "ref") ?? "")] = {
        author: authors[Number(attrOf(c, "authorId") ?? 0)] ?? null,
        text: textOf(childOf(c, "text")),
      };
    }
  }
  return out;
}

function anchorOf(anchor: XmlElement): string {
  const corner = (name: string) => {
    const at = childOf(anchor, name);
    if (!at) return "";
    const n = (k: string) => textOf(childOf(at, k));
    return `${n("col")}:${n("colOff")}:${n("row")}:${n("rowOff")}`;
  };
  return `${corner("from")}-${corner("to")}`;
}

/** Pictures (anchor and image digest) and the other objects of a sheet's drawing, by kind. */
async function drawingFacts(
  pkg: OoxmlPackage,
  part: string | undefined
): Promise<{ images: string[]; objects: Facts }> {
  if (!part) return { images: [], objects: {} };
  const root = await pkg.xml(part);
  const rels = await pkg.rels(part);
  const images: string[] = [];
  const objects: Record<string, number> = {};
  for (const kind of ["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"]) {
    for (const anchor of childrenOf(root ?? undefined, kind)) {
      for (const pic of childrenOf(anchor, "pic")) {
        const embed = attrOf(childOf(childOf(pic, "blipFill"), "blip"), "embed");
        const target = rels.find((r) => r.id === embed)?.target;
        const bytes = target ? await pkg.bytes(target) : null;
        const digest = bytes
          ? createHash("sha256").update(bytes).digest("hex").slice(0, 16)
          : "missing";
        images.push(`${anchorOf(anchor)} ${digest}`);
      }
      for (const other of ["sp", "graphicFrame", "cxnSp", "grpSp", "contentPart"]) {
        const n = childrenOf(anchor, other).length;
        if (n > 0) objects[other] = (objects[other] ?? 0) + n;
      }
    }
  }
  return { images: images.sort(), objects };
}

// ---------------------------------------------------------------- workbook

/** Part kinds a workbook may hold beside its sheets, by where OOXML puts them. */
const PART_KINDS: [string, RegExp][] = [
  ["charts", /^xl\/charts\/chart\d*\.xml$/i],
  ["chart sheets", /^xl\/chartsheets\/[^/]+\.xml$/i],
  ["pivot tables", /^xl\/pivotTables\/[^/]+\.xml$/i],
  ["pivot caches", /^xl\/pivotCache\/pivotCacheDefinition[^/]*\.xml$/i],
  ["macros (VBA)", /^xl\/vbaProject\.bin$/i],
  ["slicers", /^xl\/slicers\/[^/]+\.xml$/i],
  ["timelines", /^xl\/timelines\/[^/]+\.xml$/i],
  ["external links", /^xl\/externalLinks\/[^/]+\.xml$/i],
  ["ActiveX controls", /^xl\/activeX\/[^/]+\.xml$/i],
  ["form control properties", /^xl\/ctrlProps\/[^/]+\.xml$/i],
  ["threaded comments", /^xl\/threadedComments\/[^/]+\.xml$/i],
  ["custom XML", /^customXml\/item\d+\.xml$/i],
  ["query tables", /^xl\/queryTables\/[^/]+\.xml$/i],
  ["connections", /^xl\/connections\.xml$/i],
];

/** Reads a package into the facts the check compares. */
export async function describeWorkbook(bytes: Buffer): Promise<WorkbookFacts> {
  const pkg = await OoxmlPackage.open(bytes);
  const workbookPart = await pkg.workbookPart();
  const workbook = (await pkg.xml(workbookPart)) ?? {};
  const wbRels = await pkg.rels(workbookPart);
  const byType = (pattern: RegExp) => wbRels.find((r) => pattern.test(r.type))?.target;
  const styles = readStyles(await pkg.xml(byType(/\/styles$/) ?? "xl/styles.xml"));
  const strings = sharedStringsOf(
    await pkg.xml(byType(/\/sharedStrings$/) ?? "xl/sharedStrings.xml")
  );
  const entries = await pkg.sheets();

  const features: Facts = {};
  features["default style"] = { normalFont: styles.normalFont, style0: styles.cellStyle(0) };
  features["sheets (order and visibility)"] = entries.map(
    (e) => `${e.name} [${e.state}, ${e.kind}]`
  );
  features["date system"] = bool(attrOf(childOf(workbook, "workbookPr"), "date1904"), false)
    ? 1904
    : 1900;
  const wbProtection = childOf(workbook, "workbookProtection");
  features["workbook protection"] =
    wbProtection && Object.keys(wbProtection).some((k) => k.startsWith("@"))
      ? attrs(wbProtection, {
          lockStructure: ["bool", false],
          lockWindows: ["bool", false],
          workbookPassword: ["str", null],
          workbookHashValue: ["str", null],
        })
      : null;
  const names: Facts = {};
  for (const dn of childrenOf(childOf(workbook, "definedNames"), "definedName")) {
    const local = attrOf(dn, "localSheetId");
    const scope = local === undefined ? "" : `${entries[Number(local)]?.name ?? `#${local}`}!`;
    names[`${scope}${attrOf(dn, "name") ?? ""}`] = {
      value: plainFormula(textOf(dn)),
      hidden: bool(attrOf(dn, "hidden"), false),
    };
  }
  features["defined names"] = names;
  const parts: Record<string, number> = {};
  for (const part of pkg.parts) {
    for (const [kind, pattern] of PART_KINDS) {
      if (pattern.test(part)) parts[kind] = (parts[kind] ?? 0) + 1;
    }
  }
  features["other parts"] = parts;

  const sheets = new Map<string, SheetFacts>();
  for (const entry of entries) {
    if (entry.kind !== "worksheet" || !entry.part) continue;
    const facts = await sheetFacts(pkg, entry.part, styles, strings);
    // Print area and titles are defined names scoped to the sheet; they are reported with it.
    for (const [key, label] of [
      ["_xlnm.Print_Area", "print area"],
      ["_xlnm.Print_Titles", "print titles"],
    ] as const) {
      const name = names[`${entry.name}!${key}`] as { value: string } | undefined;
      facts.features[label] = name ? name.value : null;
    }
    sheets.set(entry.name, facts);
  }
  return { features, sheets };
}

// ---------------------------------------------------------------- comparison

function show(value: unknown): string {
  const text = value === undefined ? "(absent)" : JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

/** The keys of two fact maps whose values differ, with each side. */
function diffRecords(a: unknown, b: unknown): [string, unknown, unknown][] {
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isRecord(a) || !isRecord(b)) return show(a) === show(b) ? [] : [["", a, b]];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys]
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => [k, a[k], b[k]]);
}

const STYLE_PARTS = [
  "font",
  "fill",
  "border",
  "numFmt",
  "alignment",
  "protection",
  "quotePrefix",
] as const;
/** What the plan may change in an allowed cell, besides its value and formula. */
const PLANNED_STYLE = new Set<string>(["fill", "numFmt"]);

function compareFeatures(sheet: string | null, a: Facts, b: Facts, out: Difference[]): void {
  for (const feature of new Set([...Object.keys(a), ...Object.keys(b)])) {
    for (const [key, before, after] of diffRecords(a[feature], b[feature])) {
      out.push({
        sheet,
        feature: key === "" ? feature : `${feature} ${key}`,
        before: show(before),
        after: show(after),
      });
    }
  }
}

function compareSheets(
  name: string,
  a: SheetFacts,
  b: SheetFacts,
  allowed: ReadonlySet<string>,
  out: Difference[]
): void {
  compareFeatures(name, a.features, b.features, out);
  for (const ref of new Set([...a.cells.keys(), ...b.cells.keys()])) {
    const before = a.cells.get(ref) ?? { value: null, formula: null, style: a.styleOfAbsent(ref) };
    const after = b.cells.get(ref) ?? { value: null, formula: null, style: b.styleOfAbsent(ref) };
    const planned = allowed.has(ref);
    if (!planned) {
      for (const part of ["value", "formula"] as const) {
        if (show(before[part]) !== show(after[part])) {
          out.push({
            sheet: name,
            feature: `cell ${ref} ${part}`,
            before: show(before[part]),
            after: show(after[part]),
          });
        }
      }
    }
    for (const part of STYLE_PARTS) {
      if (planned && PLANNED_STYLE.has(part)) continue;
      if (show(before.style[part]) !== show(after.style[part])) {
        out.push({
          sheet: name,
          feature: `cell ${ref} ${part}`,
          before: show(before.style[part]),
          after: show(after.style[part]),
        });
      }
    }
  }
}

/** Every difference between an input and its scored copy outside the cells the plan may change. */
export function compareWorkbooks(
  before: WorkbookFacts,
  after: WorkbookFacts,
  allowed: AllowedChanges = new Map()
): Difference[] {
  const out: Difference[] = [];
  compareFeatures(null, before.features, after.features, out);
  for (const [name, sheet] of before.sheets) {
    const copy = after.sheets.get(name);
    if (!copy) {
      out.push({ sheet: name, feature: "sheet", before: "present", after: "(absent)" });
      continue;
    }
    compareSheets(name, sheet, copy, allowed.get(name) ?? new Set(), out);
  }
  return out;
}

/** Reads both packages and compares them. */
export async function checkFidelity(
  input: Buffer,
  copy: Buffer,
  allowed: AllowedChanges = new Map()
): Promise<Difference[]> {
  return compareWorkbooks(await describeWorkbook(input), await describeWorkbook(copy), allowed);
}

/** One line per difference, for test failures. */
export function formatDifferences(differences: Difference[], limit = 40): string {
  const lines = differences
    .slice(0, limit)
    .map((d) => `${d.sheet ?? "(workbook)"}: ${d.feature}: ${d.before} → ${d.after}`);
  if (differences.length > limit) lines.push(`… and ${differences.length - limit} more`);
  return lines.join("\n");
}
