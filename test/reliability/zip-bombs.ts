import { constants, crc32, deflateRawSync } from "zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { zipPacked, type PackedPart } from "../xlsx/zip-writer";

/**
 * Zip archives that unpack to far more than they weigh, built honestly (true sizes
 * and checksums, without ever holding the unpacked bytes):
 * a workbook whose sheet is gigabytes of spaces, and one whose sheet XML is padded
 * to just under the reader's unpacked-size limit, so it passes the guard and
 * reaches the XML parser.
 */

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
  return {
    body: Buffer.concat(bodies),
    crc,
    size: prefix.length + count + suffix.length,
    method: 8 as const,
  };
}

/** Exposed for the test that checks the builder itself. */
export const forTesting = { crc32Combine, deflatePadded };

function small(name: string, data: Buffer): PackedPart {
  return { name, body: deflateRawSync(data), crc: crc32(data), size: data.length, method: 8 };
}

/** The parts of a real one-sheet workbook written by exceljs, the sheet XML split around its data. */
async function workbookParts(): Promise<{ parts: PackedPart[]; sheetXml: string }> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("项目").getCell("A1").value = "项目名称";
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const parts: PackedPart[] = [];
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
  return zipPacked([...parts, { name: "xl/worksheets/sheet1.xml", ...sheet }]);
}
