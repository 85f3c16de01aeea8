import { containerProblem, READ_LIMITS, type WorkbookProblem } from "../xlsx";

/**
 * What the web page checks in a file before it is unpacked, in the browser: the container (an
 * .xls or WPS .et is an OLE2 file, not a zip), the size, and the zip's directory (the number of
 * parts and their declared sizes). The command line checks the same with zlib at hand
 * (checkWorkbookBytes); what a copy would lose is then told by the .xlsx shell's audit of the
 * package (parseWorkbook), the same in both.
 */

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

/** The outcome of the checks, or why the file cannot be read. */
export type FormatCheck = { ok: true } | { ok: false; problem: WorkbookProblem };

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
  return { ok: true };
}
