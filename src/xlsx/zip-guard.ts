import { inflateRawSync } from "zlib";
import { READ_LIMITS, type ReadLimits } from "./limits";
import type { WorkbookProblem } from "./problems";

/**
 * Checks a zip container before exceljs (through jszip) unpacks it: jszip trusts
 * the sizes the archive declares and inflates every part whole, so a zip bomb or
 * a truncated download would exhaust memory or fail deep inside exceljs. Here the
 * central directory is read, the declared sizes are held to the limits, and, unless
 * the archive is too small to unpack past them, each part is inflated once with an
 * output cap, so a part that lies about its size is caught too.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipInspection =
  { ok: true; entries: ZipEntry[] } | { ok: false; problem: WorkbookProblem };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;

class ZipFault extends Error {}

function corrupt(detail: string): ZipInspection {
  return { ok: false, problem: { code: "corrupt", detail } };
}

function u64(bytes: Buffer, at: number): number {
  return Number(bytes.readBigUInt64LE(at));
}

function findEndRecord(bytes: Buffer): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - MAX16);
  for (let i = last; i >= first; i -= 1) {
    if (bytes.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

function readDirectory(bytes: Buffer, end: number): Directory {
  let count = bytes.readUInt16LE(end + 10);
  let size = bytes.readUInt32LE(end + 12);
  let offset = bytes.readUInt32LE(end + 16);
  if (count === MAX16 || size === MAX32 || offset === MAX32) {
    const locator = end - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) {
      throw new ZipFault("zip64 locator missing");
    }
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_EOCD) {
      throw new ZipFault("zip64 directory record missing");
    }
    count = u64(bytes, record + 32);
    size = u64(bytes, record + 40);
    offset = u64(bytes, record + 48);
  }
  if (offset + size > bytes.length) throw new ZipFault("central directory cut off");
  return { count, offset, size };
}

/** Sizes and offset stored as 0xFFFFFFFF live in the zip64 extra field, in this order. */
function applyZip64Extra(bytes: Buffer, start: number, length: number, entry: ZipEntry): void {
  let p = start;
  while (p + 4 <= start + length) {
    const id = bytes.readUInt16LE(p);
    const size = bytes.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (entry.size === MAX32) {
        entry.size = u64(bytes, q);
        q += 8;
      }
      if (entry.compressedSize === MAX32) {
        entry.compressedSize = u64(bytes, q);
        q += 8;
      }
      if (entry.localOffset === MAX32) entry.localOffset = u64(bytes, q);
      return;
    }
    p += 4 + size;
  }
}

function readEntries(bytes: Buffer, dir: Directory): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let p = dir.offset;
  const end = dir.offset + dir.size;
  for (let k = 0; k < dir.count; k += 1) {
    if (p + 46 > end || bytes.readUInt32LE(p) !== CENTRAL) {
      throw new ZipFault("central directory damaged");
    }
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: bytes.toString("utf8", p + 46, p + 46 + nameLength),
      flags: bytes.readUInt16LE(p + 8),
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
    };
    applyZip64Extra(bytes, p + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Deflate never expands data more than 1032-fold (zlib's technical notes: one bit per
 * 258-byte match at best), whatever the headers say.
 */
const DEFLATE_MAX_RATIO = 1032;

/**
 * Checks one part's local header; when `inflate`, also inflates it with an output cap:
 * more output than declared means a lying header.
 */
function verifyEntry(bytes: Buffer, entry: ZipEntry, inflate: boolean): ZipInspection | null {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) {
    return corrupt(`part ${entry.name} missing`);
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) return corrupt(`part ${entry.name} cut off`);
  if (entry.flags & 1) return corrupt(`part ${entry.name} is encrypted`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    return entry.compressedSize === entry.size
      ? null
      : corrupt(`part ${entry.name} has a wrong size`);
  }
  if (entry.method !== 8)
    return corrupt(`part ${entry.name} uses compression method ${entry.method}`);
  if (!inflate) return null;
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      return {
        ok: false,
        // The output was cut at one byte past the declared size: how much more the part holds
        // is unknown, so the problem names the part and its claim rather than a size.
        problem: { code: "zip-bomb", part: entry.name, declared: entry.size },
      };
    }
    return corrupt(`part ${entry.name}: ${(error as Error).message}`);
  }
  return out.length === entry.size ? null : corrupt(`part ${entry.name} has a wrong size`);
}

/** Reads and verifies a zip container against the limits; problems are returned, never thrown. */
export function inspectZip(bytes: Buffer, limits: ReadLimits = READ_LIMITS): ZipInspection {
  const end = bytes.length >= 22 ? findEndRecord(bytes) : -1;
  if (end < 0) return corrupt("zip directory missing, the file may be cut off");
  let entries: ZipEntry[];
  try {
    const dir = readDirectory(bytes, end);
    if (dir.count > limits.maxEntries) {
      return {
        ok: false,
        problem: { code: "too-many-parts", count: dir.count, limit: limits.maxEntries },
      };
    }
    entries = readEntries(bytes, dir);
  } catch (error) {
    if (error instanceof ZipFault || error instanceof RangeError) return corrupt(error.message);
    throw error;
  }
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  if (unpacked > limits.maxUnpackedBytes) {
    return {
      ok: false,
      problem: { code: "zip-bomb", bytes: unpacked, limit: limits.maxUnpackedBytes },
    };
  }
  // When even the worst ratio cannot take the parts past the limit, the memory bound holds
  // without inflating them here (a typical form of 30 KB could reach 31 MB at most); a part
  // that lies about its size is then caught by jszip's own length check, as a damaged file.
  const packed = entries.reduce((sum, e) => sum + e.compressedSize, 0);
  const inflate = packed * DEFLATE_MAX_RATIO > limits.maxUnpackedBytes;
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const problem = verifyEntry(bytes, entry, inflate);
    if (problem) return problem;
  }
  return { ok: true, entries };
}
