import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { DefaultStyle } from "./normalize-package";

/**
 * Puts a workbook's default style back into the file exceljs writes. exceljs always writes
 * its own font 0 (Calibri 11) and a bare style 0; on read, every cell of the file was given an
 * explicit copy of its style 0 (normalize-package.ts), so what remains is the default itself:
 * the Normal style, whose font sets the unit of every column width, and the look of the cells
 * the file does not list.
 */

const kept = new WeakMap<ExcelJS.Workbook, DefaultStyle>();

/** Remembers the default style of the file a workbook was read from. */
export function rememberDefaultStyle(workbook: ExcelJS.Workbook, style: DefaultStyle | null): void {
  if (style) kept.set(workbook, style);
}

/** The children of an `<xf>` (alignment, protection), without its attributes. */
function childrenOf(xf: string): string {
  const open = /^<[^>]*>/.exec(xf);
  if (!open || open[0].endsWith("/>")) return "";
  return xf.slice(open[0].length, xf.lastIndexOf("</"));
}

/** Attributes of style 0 that are not ids exceljs renumbers. */
function applyFlags(xf: string): string {
  const open = /^<[^>]*>/.exec(xf)?.[0] ?? "";
  return [...open.matchAll(/\s(apply\w+|quotePrefix)\s*=\s*"([^"]*)"/g)]
    .map((m) => ` ${m[1]}="${m[2]}"`)
    .join("");
}

/** styles.xml as exceljs wrote it, with the default font and style 0 of the original. */
export function withDefaultStyle(styles: string, style: DefaultStyle): string {
  const fonts = /<fonts\b[^>]*\bcount="(\d+)"[^>]*>/.exec(styles);
  const fontsEnd = styles.indexOf("</fonts>");
  if (!fonts || fontsEnd < 0) return styles;
  const fontId = Number(fonts[1]);
  let out = `${styles.slice(0, fontsEnd)}${style.font}${styles.slice(fontsEnd)}`;
  out = out.replace(fonts[0], fonts[0].replace(/count="\d+"/, `count="${fontId + 1}"`));
  // The Normal style (first of cellStyleXfs) and style 0 take the original default font;
  // style 0 also its alignment and protection.
  out = out.replace(/(<cellStyleXfs\b[^>]*>\s*<xf\b[^>]*?\bfontId=")0(")/, `$1${fontId}$2`);
  const children = childrenOf(style.xf);
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(out);
  if (!cellXfs) return out;
  let first = true;
  const xfs = (cellXfs[1] ?? "").replace(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g, (xf) => {
    if (first) {
      first = false;
      return (
        `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${applyFlags(style.xf)}` +
        (children === "" ? "/>" : `>${children}</xf>`)
      );
    }
    // A style exceljs made without a font (a mark on a cell the file did not list) means the
    // default font, which is now the original's.
    return xf.replace(/^(<xf\b[^>]*?\sfontId=")0(")/, `$1${fontId}$2`);
  });
  const start = cellXfs.index + cellXfs[0].indexOf(">") + 1;
  return `${out.slice(0, start)}${xfs}${out.slice(start + (cellXfs[1] ?? "").length)}`;
}

/** The bytes of a written copy with the default style of its original put back. */
export async function restoreDefaultStyle(
  workbook: ExcelJS.Workbook,
  bytes: Uint8Array
): Promise<Uint8Array> {
  const style = kept.get(workbook);
  if (!style) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file("xl/styles.xml");
  if (!entry) return bytes;
  zip.file(entry.name, withDefaultStyle(await entry.async("string"), style));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
