import { containerProblem, READ_LIMITS, type WorkbookProblem } from "../xlsx";

/**
 * What the web page checks in a file before exceljs parses it, in the browser: the container
 * (an .xls or WPS .et is an OLE2 file, not a zip), the size, and the parts of the zip, from
 * which it tells what a copy written by exceljs would lose. This is the one place the page
 * decides that; when the .xlsx shell's own audit of the package lands (issue 20), it answers
 * here instead of the part names.
 */

/** What exceljs 4.4 does not carry into the file it writes, told by the parts of the package. */
export type UnkeptPart =
  | "chart"
  | "chart-sheet"
  | "pivot-table"
  | "macro"
  | "external-link"
  | "slicer"
  | "form-control"
  | "threaded-comment"
  | "shape";

const PART_FEATURES: [RegExp, UnkeptPart][] = [
  [/^xl\/charts\/chart\d*\.xml$/i, "chart"],
  [/^xl\/chartsheets\//i, "chart-sheet"],
  [/^xl\/(pivotTables|pivotCache)\//i, "pivot-table"],
  [/^xl\/vbaProject\.bin$/i, "macro"],
  [/^xl\/externalLinks\//i, "external-link"],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i, "slicer"],
  [/^xl\/(ctrlProps|activeX)\//i, "form-control"],
  [/^xl\/threadedComments\//i, "threaded-comment"],
];

const ORDER: UnkeptPart[] = [
  "chart",
  "chart-sheet",
  "shape",
  "pivot-table",
  "slicer",
  "form-control",
  "macro",
  "external-link",
  "threaded-comment",
];

/** The features a package's part names show that exceljs would drop, in a stable order. */
export function unkeptOf(parts: readonly string[]): UnkeptPart[] {
  const found = new Set<UnkeptPart>();
  for (const part of parts) {
    const name = part.replace(/^\//, "");
    for (const [pattern, feature] of PART_FEATURES) if (pattern.test(name)) found.add(feature);
  }
  return ORDER.filter((f) => found.has(f));
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** A zip's part names and their declared unpacked sizes, from its central directory; null when unreadable. */
export function zipParts(bytes: Uint8Array): { name: string; size: number }[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const last = bytes.length - 22;
  let end = -1;
  for (let i = last; i >= Math.max(0, last - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const decoder = new TextDecoder("utf-8");
  const parts: { name: string; size: number }[] = [];
  for (let k = 0; k < count; k += 1) {
    // A zip64 directory (offsets past 4 GB) is beyond any workbook this page accepts.
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(p + 28, true);
    const skip = nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    parts.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      size: view.getUint32(p + 24, true),
    });
    p += 46 + skip;
  }
  return parts;
}

/** The outcome of the checks: the parts to warn about, or why the file cannot be read. */
export type FormatCheck =
  { ok: true; unkept: UnkeptPart[] } | { ok: false; problem: WorkbookProblem };

/** Checks a file's bytes as the CLI does, with what a browser has (no zlib): container, size, parts. */
export function checkFormat(bytes: Uint8Array, limits = READ_LIMITS): FormatCheck {
  const failed = (problem: WorkbookProblem): FormatCheck => ({ ok: false, problem });
  if (bytes.length > limits.maxFileBytes)
    return failed({ code: "too-large", bytes: bytes.length, limit: limits.maxFileBytes });
  const container = containerProblem(bytes);
  if (container) return failed(container);
  const parts = zipParts(bytes);
  if (!parts) return failed({ code: "corrupt", detail: "zip directory missing or damaged" });
  if (parts.length > limits.maxEntries)
    return failed({ code: "too-many-parts", count: parts.length, limit: limits.maxEntries });
  const unpacked = parts.reduce((sum, p) => sum + p.size, 0);
  if (unpacked > limits.maxUnpackedBytes)
    return failed({ code: "zip-bomb", bytes: unpacked, limit: limits.maxUnpackedBytes });
  const names = parts.map((p) => p.name.replace(/^\//, ""));
  if (!names.includes("xl/workbook.xml")) return failed({ code: "not-a-workbook" });
  return { ok: true, unkept: unkeptOf(names) };
}
