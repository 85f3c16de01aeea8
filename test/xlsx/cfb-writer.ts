/**
 * A minimal OLE2 compound file writer for tests: enough to give a file the
 * streams an old .xls (Workbook) or a password-protected .xlsx (EncryptionInfo,
 * EncryptedPackage) has. Streams are padded to 4 KB so they live in regular sectors.
 */

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

function directoryEntry(
  name: string,
  type: 1 | 2 | 5,
  start: number,
  size: number,
  child: number,
  right: number
): Buffer {
  const entry = Buffer.alloc(128);
  const encoded = Buffer.from(`${name}\0`, "utf16le");
  encoded.copy(entry, 0);
  entry.writeUInt16LE(encoded.length, 64);
  entry.writeUInt8(type, 66);
  entry.writeUInt8(1, 67);
  entry.writeUInt32LE(NO_STREAM, 68);
  entry.writeUInt32LE(right, 72);
  entry.writeUInt32LE(child, 76);
  entry.writeUInt32LE(start, 116);
  entry.writeUInt32LE(size, 120);
  return entry;
}

/** A compound file holding up to three named streams. */
export function writeCompoundFile(streams: { name: string; data: Buffer }[]): Buffer {
  if (streams.length > 3) throw new Error("at most three streams");
  const padded = streams.map((s) => {
    const length = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = Buffer.alloc(length);
    s.data.copy(data);
    return { name: s.name, data, size: Math.max(4096, s.data.length) };
  });
  const fat: number[] = [FAT_SECTOR, END_OF_CHAIN];
  const starts: number[] = [];
  for (const s of padded) {
    const sectors = s.data.length / SECTOR;
    starts.push(fat.length);
    for (let i = 0; i < sectors; i += 1)
      fat.push(i === sectors - 1 ? END_OF_CHAIN : fat.length + 1);
  }
  if (fat.length > SECTOR / 4) throw new Error("streams too large for one FAT sector");
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44);
  header.writeUInt32LE(1, 48);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END_OF_CHAIN, 60);
  header.writeUInt32LE(END_OF_CHAIN, 68);
  header.writeUInt32LE(0, 76);
  for (let i = 1; i < 109; i += 1) header.writeUInt32LE(FREE, 76 + i * 4);
  const fatSector = Buffer.alloc(SECTOR, 0xff);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v, i * 4));
  const entries = [
    directoryEntry("Root Entry", 5, END_OF_CHAIN, 0, padded.length > 0 ? 1 : NO_STREAM, NO_STREAM),
  ];
  padded.forEach((s, i) =>
    entries.push(
      directoryEntry(
        s.name,
        2,
        starts[i] ?? END_OF_CHAIN,
        s.size,
        NO_STREAM,
        i + 1 < padded.length ? i + 2 : NO_STREAM
      )
    )
  );
  const directory = Buffer.alloc(SECTOR);
  entries.forEach((e, i) => e.copy(directory, i * 128));
  for (let i = entries.length; i < 4; i += 1) {
    directory.writeUInt32LE(NO_STREAM, i * 128 + 68);
    directory.writeUInt32LE(NO_STREAM, i * 128 + 72);
    directory.writeUInt32LE(NO_STREAM, i * 128 + 76);
  }
  return Buffer.concat([header, fatSector, directory, ...padded.map((s) => s.data)]);
}

/** What a password-protected .xlsx looks like from outside: an encrypted package in OLE2. */
export function encryptedWorkbookBytes(): Buffer {
  return writeCompoundFile([
    { name: "EncryptionInfo", data: Buffer.from("<encryption/>") },
    { name: "EncryptedPackage", data: Buffer.alloc(8192, 0x5a) },
  ]);
}

/** An old binary .xls has its data in a Workbook stream. */
export function oldXlsBytes(): Buffer {
  return writeCompoundFile([{ name: "Workbook", data: Buffer.alloc(4096, 0x09) }]);
}
