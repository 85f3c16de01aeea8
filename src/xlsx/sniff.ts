/** What kind of container a file's bytes are, judged by content rather than by its name. */
export type Container =
  "empty" | "zip" | "ole2-encrypted" | "ole2-xls" | "ole2" | "markup" | "unknown";

const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURES = [0x04034b50, 0x06054b50];

/** Stream names are stored in UTF-16LE in an OLE2 directory. */
function hasStreamName(bytes: Buffer, name: string): boolean {
  return bytes.includes(Buffer.from(name, "utf16le"));
}

/**
 * An OLE2 (compound file) is either an old .xls (a Workbook or Book stream) or an
 * .xlsx encrypted with a password (EncryptionInfo and EncryptedPackage streams).
 */
function classifyOle2(bytes: Buffer): Container {
  if (hasStreamName(bytes, "EncryptedPackage") || hasStreamName(bytes, "EncryptionInfo")) {
    return "ole2-encrypted";
  }
  if (hasStreamName(bytes, "Workbook") || hasStreamName(bytes, "Book")) return "ole2-xls";
  return "ole2";
}

/** Budget systems often export HTML or SpreadsheetML 2003 with an .xls or .xlsx name. */
function isMarkup(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 512)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  return /^<(\?xml|!doctype html|html|table|meta)/i.test(head);
}

/** Classifies a file by its first bytes (and, for OLE2, its stream names). */
export function detectContainer(bytes: Buffer): Container {
  if (bytes.length === 0) return "empty";
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(OLE2_SIGNATURE)) return classifyOle2(bytes);
  if (bytes.length >= 4 && ZIP_SIGNATURES.includes(bytes.readUInt32LE(0))) return "zip";
  if (isMarkup(bytes)) return "markup";
  return "unknown";
}
