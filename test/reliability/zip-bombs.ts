import { constants, crc32, deflateRawSync } from "zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/**
 * Zip archives that unpack to far more than they weigh, built honestly (true sizes
 * and checksums, without ever holding the unpacked bytes):
 * a workbook whose sheet is gigabytes of spaces, and one whose sheet XML is padded
 * to just under the reader's unpacked-size limit, so it passes the guard and
 * reaches the XML parser.
 */

interface Part {
  name: string;
  body: Buffer;
  crc: number;
  size: number;
}

/** zlib's crc32_combine: the CRC of A then B from crc(A), crc(B) and B's length. */
function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  const times = (matrix: number[], vector: number): number => {
    let sum = 0;
    for (let i = 0, v = vector >>> 0; v !== 0; i += 1, v >>>= 1) if (v & 1) sum ^= matrix[i]!;
    return sum >>> 0;
  };
  const square = (matrix: number[]): number[] => matrix.map((row) => times(matrix, row));
  // The operator for one zero bit, then squared to two and four zero bits.
  let odd = [0xedb88320, ...Array.from({ length: 31 }, (_, n) => (1 << n) >>> 0)];
  let even = square(odd);
  odd = square(even);
  let crc = crcA >>> 0;
  let length = lengthB;
  while (length > 0) {
    even = square(odd);
    if (length % 2 === 1) crc = times(even, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
    odd = square(even);
    if (length % 2 === 1) crc = times(odd, crc);
    length = Math.floor(length / 2);
  }
  return (crc ^ crcB) >>> 0;
}

const BLOCK = 64 << 20;

/**
 * Deflates prefix + `count` bytes of `fill` + suffix in well under a second: pieces
 * deflated with a full flush are independent, so one deflated 64 MB block is
 * repeated; the checksum is combined the same way.
 */
function deflatePadded(prefix: Buffer, fill: number, count: number, suffix: Buffer) {
  const flushed = (data: Buffer): Buffer =>
    deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const block = Buffer.alloc(Math.min(BLOCK, count), fill);
  const blockBody = flushed(block);
  const blockCrc = crc32(block);
  const bodies: Buffer[] = [flushed(prefix)];
  let crc = crc32(prefix);
  let left = count;
  for (; left >= block.length && block.length > 0; left -= block.length) {
    bodies.push(blockBody);
    crc = crc32Combine(crc, blockCrc, block.length);
  }
  if (left > 0) {
    const rest = block.subarray(0, left);
    bodies.push(flushed(rest));
    crc = crc32Combine(crc, crc32(rest), left);
  }
  bodies.push(deflateRawSync(suffix, { level: 9 }));
  crc = crc32Combine(crc, crc32(suffix), suffix.length);
  return { body: Buffer.concat(bodies), crc, size: prefix.length + count + suffix.length };
}

/** Exposed for the test that checks the builder itself. */
export const forTesting = { crc32Combine, deflatePadded };

function small(name: string, data: Buffer): Part {
  return { name, body: deflateRawSync(data), crc: crc32(data), size: data.length };
}

/** A zip of deflated parts (no zip64: every part and offset below 4 GB). */
function zipOf(parts: Part[]): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.body.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.crc >>> 0, 16);
    entry.writeUInt32LE(part.body.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    out.push(local, name, part.body);
    central.push(entry, name);
    offset += 30 + name.length + part.body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

/** The parts of a real one-sheet workbook written by exceljs, the sheet XML split around its data. */
async function workbookParts(): Promise<{ parts: Part[]; sheetXml: string }> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("项目").getCell("A1").value = "项目名称";
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const parts: Part[] = [];
  let sheetXml = "";
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name]!;
    if (file.dir) continue;
    const data = await file.async("nodebuffer");
    if (name === "xl/worksheets/sheet1.xml") sheetXml = data.toString("utf8");
    else parts.push(small(name, data));
  }
  return { parts, sheetXml };
}

/** A workbook whose sheet XML holds `spaces` spaces inside <sheetData>: valid XML of that size. */
export async function paddedWorkbook(spaces: number): Promise<Buffer> {
  const { parts, sheetXml } = await workbookParts();
  const at = sheetXml.indexOf("<sheetData>") + "<sheetData>".length;
  if (at < "<sheetData>".length) throw new Error("exceljs wrote no <sheetData>");
  const sheet = deflatePadded(
    Buffer.from(sheetXml.slice(0, at), "utf8"),
    0x20,
    spaces,
    Buffer.from(sheetXml.slice(at), "utf8")
  );
  return zipOf([...parts, { name: "xl/worksheets/sheet1.xml", ...sheet }]);
}
