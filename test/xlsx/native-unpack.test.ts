import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { inspectZip, OoxmlPackage } from "../../src/xlsx";
import { nativeUnpacker } from "../../src/xlsx/native-unpack";
import { SAMPLE_XLSX } from "../helpers/fixtures";
import { writeZip } from "./zip-writer";

/** The command line's unpacking of parts with zlib gives what jszip gives, or leaves it to jszip. */
describe("nativeUnpacker", () => {
  const entriesOf = (bytes: Buffer) => {
    const inspected = inspectZip(bytes);
    if (!inspected.ok) throw new Error(inspected.problem.code);
    return inspected.entries;
  };

  it("unpacks every part of a real workbook byte for byte as jszip does", async () => {
    const bytes = readFileSync(SAMPLE_XLSX);
    const unpack = nativeUnpacker(bytes, entriesOf(bytes));
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.values(zip.files).filter((f) => !f.dir);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) {
      expect(Buffer.from(unpack(part.name)!)).toEqual(Buffer.from(await part.async("uint8array")));
    }
  });

  it("reads stored and deflated parts, and leaves unknown or lying parts to jszip", () => {
    const text = Buffer.from("<worksheet>表</worksheet>");
    const bytes = writeZip([
      { name: "a.xml", data: text, stored: true },
      { name: "b.xml", data: text },
      { name: "c.xml", data: text, declaredSize: text.length - 3 },
    ]);
    // An archive this small is not inflated by the guard (it cannot reach the limits), so the
    // lying part passes it: the unpacker must not hand on a part of another size than declared.
    const unpack = nativeUnpacker(bytes, entriesOf(bytes));
    expect(Buffer.from(unpack("a.xml")!)).toEqual(text);
    expect(Buffer.from(unpack("b.xml")!)).toEqual(text);
    expect(unpack("c.xml")).toBeNull();
    expect(unpack("missing.xml")).toBeNull();
  });

  it("gives the package the same text as jszip alone", async () => {
    const bytes = readFileSync(SAMPLE_XLSX);
    const native = await OoxmlPackage.open(bytes, nativeUnpacker(bytes, entriesOf(bytes)));
    const plain = await OoxmlPackage.open(bytes);
    for (const part of plain.parts) expect(await native.text(part)).toBe(await plain.text(part));
  });
});
