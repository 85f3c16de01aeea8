import { crc32, deflateRawSync } from "zlib";

/**
 * A minimal zip writer for tests: the bad archives a real tool would refuse to
 * make (declared sizes that lie, cut-off files, bombs) are built byte by byte here.
 */

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Store uncompressed instead of deflating. */
  stored?: boolean;
  /** Size to declare instead of the real one (a lying header). */
  declaredSize?: number;
}

/** A part as it goes into the archive: its bytes as stored, and the CRC and size it declares. */
export interface PackedPart {
  name: string;
  body: Buffer;
  crc: number;
  size: number;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
}

/** Builds a zip archive (no zip64: every part and offset below 4 GB) from packed parts. */
export function zipPacked(parts: PackedPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.body.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.body.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.body);
    centrals.push(central, name);
    offset += local.length + name.length + part.body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Builds a zip archive from parts, deflated unless stored. */
export function writeZip(parts: ZipPart[]): Buffer {
  return zipPacked(
    parts.map((part) => ({
      name: part.name,
      body: part.stored ? part.data : deflateRawSync(part.data),
      crc: crc32(part.data),
      size: part.declaredSize ?? part.data.length,
      method: part.stored ? 0 : 8,
    }))
  );
}
