import { attrOf, childOf, OoxmlPackage, parseXml } from "./package";

/**
 * Rewrites what exceljs 4.4 misreads in a package before it parses it, so that what it reads —
 * and so what a scored copy writes back — is what the file says.
 *
 * xsd:boolean allows "true"/"false" as well as "1"/"0" (W3C XML Schema part 2, §3.2.2), and
 * LibreOffice and WPS write the words, but exceljs compares most booleans with "1" (or "0"):
 * `<pageSetUpPr fitToPage="true"/>` reads as no fit-to-page, `sheetProtection sheet="true"` as
 * an unprotected sheet, `showGridLines="false"` as grid lines shown, a cell style's
 * `locked="false"` as locked. And a font's `<b val="false"/>` (or `"0"`) reads as bold.
 *
 * Only start tags change, and within them only the attributes below written as words; the
 * rest of each part stays byte for byte (which is why this is a scan of tags rather than a
 * parse and re-serialisation). Comments, CDATA sections and processing instructions are
 * skipped whole, so nothing inside them is touched.
 */

/**
 * Attributes of type xsd:boolean in the parts exceljs reads (workbook, styles, worksheets,
 * tables), by local name. None of these names is used for text in those parts, so a value
 * "true" or "false" is always the boolean.
 */
const BOOLEAN_ATTRIBUTES = new Set([
  // workbook.xml
  "date1904",
  "lockStructure",
  "lockWindows",
  "hidden",
  // styles.xml: xf, alignment, protection, border
  "applyNumberFormat",
  "applyFont",
  "applyFill",
  "applyBorder",
  "applyAlignment",
  "applyProtection",
  "quotePrefix",
  "wrapText",
  "shrinkToFit",
  "justifyLastLine",
  "locked",
  "diagonalUp",
  "diagonalDown",
  // worksheets: sheetPr, sheetView, sheetFormatPr, col, row
  "fitToPage",
  "autoPageBreaks",
  "filterMode",
  "tabSelected",
  "rightToLeft",
  "showGridLines",
  "showRowColHeaders",
  "showRuler",
  "showZeros",
  "showFormulas",
  "showOutlineSymbols",
  "defaultGridColor",
  "customHeight",
  "zeroHeight",
  "customWidth",
  "customFormat",
  "bestFit",
  "collapsed",
  "thickTop",
  "thickBot",
  // printOptions, pageSetup, headerFooter
  "headings",
  "gridLines",
  "gridLinesSet",
  "horizontalCentered",
  "verticalCentered",
  "blackAndWhite",
  "draft",
  "useFirstPageNumber",
  "usePrinterDefaults",
  "differentFirst",
  "differentOddEven",
  "scaleWithDoc",
  "alignWithMargins",
  // sheetProtection
  "sheet",
  "objects",
  "scenarios",
  "formatCells",
  "formatColumns",
  "formatRows",
  "insertColumns",
  "insertRows",
  "insertHyperlinks",
  "deleteColumns",
  "deleteRows",
  "selectLockedCells",
  "selectUnlockedCells",
  "sort",
  "autoFilter",
  "pivotTables",
  // dataValidation, cfRule and its children, filters, tables
  "allowBlank",
  "showDropDown",
  "showInputMessage",
  "showErrorMessage",
  "stopIfTrue",
  "aboveAverage",
  "equalAverage",
  "percent",
  "bottom",
  "reverse",
  "showValue",
  "gradient",
  "border",
  "negativeBarColorSameAsPositive",
  "negativeBarBorderColorSameAsPositive",
  "hiddenButton",
  "showButton",
  "showFirstColumn",
  "showLastColumn",
  "showRowStripes",
  "showColumnStripes",
]);

/** Font properties of type CT_BooleanProperty: `val` is a boolean, true when absent. */
const BOOLEAN_PROPERTIES = new Set(["b", "i", "strike", "outline", "shadow", "condense", "extend"]);

/** Parts exceljs parses for the sheets' contents and look (rich text runs carry fonts too). */
const PARTS =
  /^xl\/(workbook\.xml|styles\.xml|sharedStrings\.xml|comments\d*\.xml|worksheets\/[^/]+\.xml|tables\/[^/]+\.xml)$/i;

/** Markup that is not a start tag (kept whole), or a start tag: name, attributes, "/" when empty. */
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)(\s*\/?)>/g;
const ATTRIBUTE = /(\s+)([^\s=/>]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g;
const WORD = /^\s*(true|false)\s*$/;

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** One start tag with its boolean attributes as 1/0; an empty false font property goes away. */
function rewriteTag(whole: string, name: string, attributes: string, end: string): string {
  const local = localName(name);
  if (BOOLEAN_PROPERTIES.has(local)) {
    const val = /\sval\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
    const value = (val?.[1] ?? val?.[2] ?? "").trim();
    // `<b val="false"/>` means not bold; exceljs reads any <b> as bold, so the element goes.
    return val && (value === "false" || value === "0") && end.trim() === "/" ? "" : whole;
  }
  let changed = false;
  const rewritten = attributes.replace(
    ATTRIBUTE,
    (attr, space: string, attrName: string, eq: string, dq?: string, sq?: string) => {
      const word = WORD.exec(dq ?? sq ?? "");
      if (!word || !BOOLEAN_ATTRIBUTES.has(localName(attrName))) return attr;
      changed = true;
      return `${space}${attrName}${eq}"${word[1] === "true" ? "1" : "0"}"`;
    }
  );
  return changed ? `<${name}${rewritten}${end}>` : whole;
}

/** What a part needs: boolean words rewritten, and in worksheets the default style made explicit. */
interface Rewrite {
  /** cellXfs index of the copy of style 0 that cells without a style get, or null to leave them. */
  defaultStyle: number | null;
}

/** The part rewritten, or null when nothing in it needed it. */
export function rewritePart(xml: string, rewrite: Rewrite = { defaultStyle: null }): string | null {
  const cells = rewrite.defaultStyle !== null;
  if (
    !cells &&
    !/=\s*["']\s*(true|false)|<(?:\w+:)?(?:b|i|strike|outline|shadow|condense|extend)\s+val/.test(
      xml
    )
  ) {
    return null;
  }
  let changed = false;
  const out = xml.replace(MARKUP, (whole, name?: string, attributes?: string, end?: string) => {
    if (name === undefined) return whole;
    let next = rewriteTag(whole, name, attributes ?? "", end ?? "");
    if (cells && localName(name) === "c") next = withStyle(next, rewrite.defaultStyle ?? 0);
    if (next !== whole) changed = true;
    return next;
  });
  return changed ? out : null;
}

/** A cell's start tag pointed at `index` when it has no style (or style 0). */
function withStyle(tag: string, index: number): string {
  const s = /(\ss\s*=\s*)(?:"([^"]*)"|'([^']*)')/.exec(tag);
  if (!s) return tag.replace(/^<([^\s/>]+)/, `<$1 s="${index}"`);
  const value = (s[2] ?? s[3] ?? "").trim();
  return value === "0" || value === "" ? tag.replace(s[0], `${s[1]}"${index}"`) : tag;
}

/** The part with its boolean words rewritten, or null when it has none to rewrite. */
export function normalizeBooleans(xml: string): string | null {
  return rewritePart(xml);
}

/** Raw text of the first element `name` inside the element `group` (no namespace prefixes). */
function firstIn(xml: string, group: string, name: string): { text: string; end: number } | null {
  const open = new RegExp(`<${group}\\b[^>]*>`).exec(xml);
  if (!open) return null;
  const from = open.index + open[0].length;
  const close = xml.indexOf(`</${group}>`, from);
  if (close < 0) return null;
  const inner = xml.slice(from, close);
  const item = new RegExp(`<${name}\\b(?:[^>]*/>|[^>]*>[\\s\\S]*?</${name}>)`).exec(inner);
  return item ? { text: item[0], end: close } : null;
}

/**
 * The workbook's default look (cell style 0 and its font), as the file writes them. exceljs
 * reads a cell of style 0 as a cell with no style and writes its own default (Calibri 11, no
 * alignment) in its place, so such cells would change font, alignment or fill in a copy (WPS
 * makes 宋体 and vertical centring the default, Excel in Chinese 等线 or 宋体).
 */
export interface DefaultStyle {
  /** The `<font>` element of font 0. */
  font: string;
  /** The `<xf>` element of cell style 0. */
  xf: string;
}

/** exceljs's own default font and style 0, which need no keeping. */
const EXCELJS_DEFAULT_FONT: Record<string, Record<string, string>> = {
  sz: { val: "11" },
  color: { theme: "1" },
  name: { val: "Calibri" },
  family: { val: "2" },
  scheme: { val: "minor" },
};

/** Whether a `<font>` is exceljs's default (Calibri 11, theme colour 1), its properties in any order. */
function isExceljsDefaultFont(font: string): boolean {
  const root = parseXml(font);
  if (!root) return false;
  const names = Object.keys(root).filter((k) => !k.startsWith("@") && k !== "#text");
  if (names.sort().join() !== Object.keys(EXCELJS_DEFAULT_FONT).sort().join()) return false;
  return Object.entries(EXCELJS_DEFAULT_FONT).every(([name, want]) => {
    const el = childOf(root, name);
    const given = Object.keys(el ?? {}).filter((k) => k.startsWith("@"));
    return (
      given.length === Object.keys(want).length &&
      Object.entries(want).every(([a, v]) => attrOf(el, a) === v)
    );
  });
}
const PLAIN_XF = /^<xf numFmtId="0" fontId="0" fillId="0" borderId="0"(?: xfId="0")?\s*\/>$/;

/** The default style when it differs from what exceljs would write, with the rewritten styles part. */
function keepDefaultStyle(
  styles: string
): { styles: string; index: number; kept: DefaultStyle } | null {
  const font = firstIn(styles, "fonts", "font");
  const xf = firstIn(styles, "cellXfs", "xf");
  if (!font || !xf) return null;
  if (PLAIN_XF.test(xf.text) && isExceljsDefaultFont(font.text)) return null;
  const inner = styles.slice(styles.search(/<cellXfs\b[^>]*>/), xf.end);
  const index = (inner.match(/<xf\b/g) ?? []).length;
  const withCopy = `${styles.slice(0, xf.end)}${xf.text}${styles.slice(xf.end)}`;
  const counted = withCopy.replace(/(<cellXfs\b[^>]*\bcount\s*=\s*")(\d+)(")/, `$1${index + 1}$3`);
  return { styles: counted, index, kept: { font: font.text, xf: xf.text } };
}

/**
 * exceljs expands every data validation into one entry per cell it covers, so a list set on a
 * whole column (1,048,576 cells) takes seconds and one on ten columns or the whole sheet never
 * finishes (Excel Online writes `sqref="A1:XFD1048576"`). A range larger than this is cut to
 * the sheet's used area (its `<dimension>`), where the form is; the audit reports it.
 */
export const MAX_VALIDATION_CELLS = 100_000;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let out = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26))
    out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

/** "B2:D9", "B2", "B:D" or "2:9" as a box of 1-based rows and columns, or null. */
function boxOf(ref: string): Box | null {
  const plain = ref.replace(/\$/g, "").toUpperCase();
  const cells = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(plain);
  if (cells) {
    const [top, left] = [Number(cells[2]), columnNumber(cells[1] ?? "A")];
    return cells[3]
      ? { top, left, bottom: Number(cells[4]), right: columnNumber(cells[3]) }
      : { top, left, bottom: top, right: left };
  }
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(plain);
  if (cols)
    return {
      top: 1,
      left: columnNumber(cols[1] ?? "A"),
      bottom: MAX_ROW,
      right: columnNumber(cols[2] ?? "A"),
    };
  const rows = /^(\d+):(\d+)$/.exec(plain);
  if (rows) return { top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: MAX_COL };
  return null;
}

const size = (b: Box) => Math.max(0, b.bottom - b.top + 1) * Math.max(0, b.right - b.left + 1);

/** The validations of a worksheet with ranges too large for exceljs cut to its used area. */
function boundValidations(xml: string): { xml: string; cut: boolean } {
  if (!/<(\w+:)?dataValidation\b/.test(xml)) return { xml, cut: false };
  const dimension = /<(?:\w+:)?dimension\b[^>]*\sref\s*=\s*"([^"]*)"/.exec(xml)?.[1] ?? "";
  const used =
    boxOf(dimension.includes(":") ? dimension : `${dimension}:${dimension}`) ?? boxOf(dimension);
  let cut = false;
  const out = xml.replace(
    /<((?:\w+:)?dataValidation)\b([^>]*?)(\/>|>[\s\S]*?<\/\1>)/g,
    (whole, _name: string, attributes: string) => {
      const sqref = /\ssqref\s*=\s*"([^"]*)"/.exec(attributes);
      if (!sqref) return whole;
      const ranges = (sqref[1] ?? "").trim().split(/\s+/);
      const boxes = ranges.map(boxOf);
      if (!boxes.some((b) => b !== null && size(b) > MAX_VALIDATION_CELLS)) return whole;
      cut = true;
      const kept = ranges.flatMap((range, i) => {
        const box = boxes[i];
        if (!box || size(box) <= MAX_VALIDATION_CELLS) return [range];
        if (!used) return [];
        const clipped = {
          top: Math.max(box.top, used.top),
          left: Math.max(box.left, used.left),
          bottom: Math.min(box.bottom, used.bottom),
          right: Math.min(box.right, used.right),
        };
        if (
          clipped.bottom < clipped.top ||
          clipped.right < clipped.left ||
          size(clipped) > MAX_VALIDATION_CELLS
        )
          return [];
        return [
          `${columnLetters(clipped.left)}${clipped.top}:${columnLetters(clipped.right)}${clipped.bottom}`,
        ];
      });
      return kept.length === 0 ? "" : whole.replace(sqref[0], ` sqref="${kept.join(" ")}"`);
    }
  );
  return { xml: out, cut };
}

export interface NormalizedPackage {
  /** The package for exceljs to read, or null when the original bytes are right as they are. */
  bytes: Uint8Array | null;
  /** The default style to put back into a written copy, when exceljs would replace it. */
  defaultStyle: DefaultStyle | null;
  /** Whether a data validation was cut to the used area (MAX_VALIDATION_CELLS). */
  validationsCut: boolean;
}

const STYLES_PART = "xl/styles.xml";
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * The package with its parts normalised for exceljs, or null bytes when nothing needed it.
 * The new package is only ever read by exceljs, never written to disk: parts are stored
 * uncompressed, which is faster to make and to read.
 */
export async function normalizePackage(pkg: OoxmlPackage): Promise<NormalizedPackage> {
  const { zip } = pkg;
  let changed = false;
  let defaultIndex: number | null = null;
  let defaultStyle: DefaultStyle | null = null;
  let validationsCut = false;
  const stylesEntry = zip.file(STYLES_PART);
  if (stylesEntry) {
    const original = (await pkg.text(stylesEntry.name.replace(/^\//, ""))) ?? "";
    const kept = keepDefaultStyle(original);
    const styles = kept ? kept.styles : original;
    if (kept) {
      defaultIndex = kept.index;
      defaultStyle = kept.kept;
    }
    const fixed = rewritePart(styles) ?? (kept ? styles : null);
    if (fixed !== null) {
      zip.file(stylesEntry.name, fixed);
      changed = true;
    }
  }
  for (const entry of Object.values(zip.files)) {
    const name = entry.name.replace(/^\//, "");
    if (entry.dir || !PARTS.test(name) || name.toLowerCase() === STYLES_PART) continue;
    let text = (await pkg.text(name)) ?? "";
    const worksheet = WORKSHEET.test(name);
    let bounded = false;
    if (worksheet) {
      const result = boundValidations(text);
      text = result.xml;
      bounded = result.cut;
      validationsCut ||= result.cut;
    }
    const fixed =
      rewritePart(text, { defaultStyle: worksheet ? defaultIndex : null }) ??
      (bounded ? text : null);
    if (fixed === null) continue;
    zip.file(entry.name, fixed);
    changed = true;
  }
  return {
    bytes: changed ? await zip.generateAsync({ type: "uint8array", compression: "STORE" }) : null,
    defaultStyle,
    validationsCut,
  };
}
