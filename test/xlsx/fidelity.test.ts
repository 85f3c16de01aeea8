import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { FIXTURES } from "../helpers/fixtures";
import { checkFidelity, type Difference } from "./fidelity";
import { scoreCopy } from "./score-copy";

/** The check must see a real change: each test breaks a correct copy in one way. */

// Whole workbooks are read and written: a second alone, many seconds on a shared, busy machine.
jest.setTimeout(60_000);

const INPUT = readFileSync(path.join(FIXTURES, "fidelity", "libreoffice", "sample-2021.lo.xlsx"));
const SHEET = "安全生产举报奖励项目";

/** The copy with one part's XML changed (the first sheet is exceljs's sheet1.xml). */
async function edited(copy: Buffer, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(copy);
  const before = await zip.file(part)!.async("string");
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${part} changed nothing`);
  zip.file(part, after);
  return zip.generateAsync({ type: "nodebuffer" });
}

const features = (differences: Difference[]) => differences.map((d) => `${d.sheet}: ${d.feature}`);

describe("the fidelity check", () => {
  let copy: Buffer;
  let allowed: ReadonlyMap<string, ReadonlySet<string>>;
  beforeAll(async () => {
    ({ copy, allowed } = await scoreCopy(INPUT));
  });

  it("finds nothing between a correct scored copy and its input", async () => {
    expect(allowed.get(SHEET)?.size).toBeGreaterThan(0);
    expect(await checkFidelity(INPUT, copy, allowed)).toEqual([]);
  });

  it("reports every computed cell when told none may change", async () => {
    const differences = await checkFidelity(INPUT, copy);
    const planned = [...(allowed.get(SHEET) ?? [])];
    for (const cell of planned) {
      expect(features(differences).some((f) => f.startsWith(`${SHEET}: cell ${cell} `))).toBe(true);
    }
  });

  it.each([
    ["a dropped merge", (x: string) => x.replace(/<mergeCell ref="[^"]+"\/>/, ""), /^.*: merges$/],
    [
      "a column width",
      (x: string) => x.replace(/(<col [^>]*width=)"[\d.]+"/, '$1"40"'),
      /: column widths A$/,
    ],
    ["a hidden column", (x: string) => x.replace(/<col /, '<col hidden="1" '), /: hidden columns$/],
    ["fit to page", (x: string) => x.replace(/ fitToPage="1"/, ""), /: fit to page$/],
    [
      "the orientation",
      (x: string) => x.replace(/orientation="portrait"/, 'orientation="landscape"'),
      /: page setup orientation$/,
    ],
    [
      "a margin",
      (x: string) => x.replace(/(<pageMargins [^>]*left=)"[\d.]+"/, '$1"2"'),
      /: margins left$/,
    ],
    [
      "a row height",
      (x: string) => x.replace(/(<row r="3"[^>]*\sht=)"[\d.]+"/, '$1"60"'),
      /: row heights 3$/,
    ],
    [
      "an untouched cell's value",
      (x: string) => x.replace(/(<c r="F7"[^>]*><v>)[^<]+/, (_m, head: string) => `${head}123456`),
      /: cell F7 value$/,
    ],
    [
      "an untouched cell's look",
      (x: string) => x.replace(/(<c r="A3" s=)"\d+"/, '$1"0"'),
      /: cell A3 (font|border|alignment)$/,
    ],
  ])("reports %s", async (_label, edit, expected) => {
    const broken = await edited(copy, "xl/worksheets/sheet1.xml", edit);
    const found = features(await checkFidelity(INPUT, broken, allowed));
    expect(found).toContainEqual(expect.stringMatching(expected));
  });

  it("reports a print area moved and a sheet hidden", async () => {
    const broken = await edited(copy, "xl/workbook.xml", (x) =>
      x
        .replace("!$A1:$I21<", "!$A1:$K30<")
        .replace(/(name="防灾减灾及应急管理" state=)"visible"/, '$1"hidden"')
    );
    const found = features(await checkFidelity(INPUT, broken, allowed));
    expect(found).toContainEqual(`${SHEET}: print area`);
    expect(found).toContainEqual("null: sheets (order and visibility)");
  });

  it("lets a planned cell change its value and fill, but not its font", async () => {
    const cell = [...(allowed.get(SHEET) ?? [])][0] ?? "";
    const sheet = await (
      await JSZip.loadAsync(copy)
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    const style = new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(sheet)?.[1];
    expect(style).toBeDefined();
    const otherFont = await edited(copy, "xl/worksheets/sheet1.xml", (x) =>
      x.replace(new RegExp(`(<c r="${cell}" s=)"\\d+"`), '$1"0"')
    );
    const found = features(await checkFidelity(INPUT, otherFont, allowed));
    expect(found).toContainEqual(`${SHEET}: cell ${cell} font`);
  });
});
