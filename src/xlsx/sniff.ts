import type { WorkbookProblem } from "./problems";

/** What kind of container a file's bytes are, judged by content rather than by its name. */
export type Container =
  "empty" | "zip" | "ole2-encrypted" | "ole2-xls" | "ole2" | "markup" | "unknown";

// Plain bytes, no Node Buffer: the web page sniffs a file the user picks with the same code.
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURES = [0x04034b50, 0x06054b50];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Stream names are stored in UTF-16LE in an OLE2 directory. */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  const needle = Array.from(name).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
  const first = needle[0];
  for (let i = bytes.indexOf(first ?? 0); i >= 0; i = bytes.indexOf(first ?? 0, i + 1)) {
    if (i + needle.length > bytes.length) return false;
    if (needle.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

/**
 * An OLE2 (compound file) is either an old .xls (a Workbook or Book stream; WPS's .et too) or
 * an .xlsx encrypted with a password (EncryptionInfo and EncryptedPackage streams).
 */
function classifyOle2(bytes: Uint8Array): Container {
  if (hasStreamName(bytes, "EncryptedPackage") || hasStreamName(bytes, "EncryptionInfo")) {
    return "ole2-encrypted";
  }
  if (hasStreamName(bytes, "Workbook") || hasStreamName(bytes, "Book")) return "ole2-xls";
  return "ole2";
}

/** Budget systems often export HTML or SpreadsheetML 2003 with an .xls or .xlsx name. */
function isMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart();
  return /^<(\?xml|!doctype html|html|table|meta)/i.test(head);
}

/** Classifies a file by its first bytes (and, for OLE2, its stream names). */
export function detectContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE2_SIGNATURE)) return classifyOle2(bytes);
  if (bytes.length >= 4) {
    const head = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
    if (ZIP_SIGNATURES.includes(head)) return "zip";
  }
  if (isMarkup(bytes)) return "markup";
  return "unknown";
}

/** Why bytes are not an .xlsx container (an old .xls, an encrypted file, a web page…), or null for a zip. */
export function containerProblem(bytes: Uint8Array): WorkbookProblem | null {
  switch (detectContainer(bytes)) {
    case "empty":
      return { code: "empty-file" };
    case "ole2-xls":
      return { code: "old-xls" };
    case "ole2-encrypted":
      return { code: "encrypted" };
    case "ole2":
      return { code: "ole2" };
    case "markup":
      return { code: "markup" };
    case "unknown":
      return { code: "not-a-workbook" };
    case "zip":
      return null;
  }
}
