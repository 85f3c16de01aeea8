import { inflateRawSync } from "zlib";
import type { Unpacker } from "./package";
import type { ZipEntry } from "./zip-guard";

/**
 * Unpacks parts with Node's zlib, from the entries the zip guard has already read and checked
 * (inspectZip): the package audit and the normalisation read every worksheet before exceljs
 * unpacks them all again with jszip, and zlib's native inflate makes the first pass cheap
 * (measured in docs/performance.md, section 3). A part it cannot place or unpack is left to
 * jszip (null), whose failure is then worded as a damaged file like any other.
 */
export function nativeUnpacker(bytes: Buffer, entries: readonly ZipEntry[]): Unpacker {
  const byName = new Map(entries.map((e) => [e.name, e]));
  return (name) => {
    const entry = byName.get(name);
    if (!entry || entry.flags & 1) return null;
    const at = entry.localOffset;
    if (at + 30 > bytes.length) return null;
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    try {
      if (entry.method === 0) return data;
      if (entry.method !== 8) return null;
      // The guard held the declared size to the limits; the cap holds the output to it.
      const out = inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
      return out.length === entry.size ? out : null;
    } catch {
      return null;
    }
  };
}
