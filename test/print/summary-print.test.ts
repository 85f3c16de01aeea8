import ExcelJS from "exceljs";
import JSZip from "jszip";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { runCli, SAMPLE } from "../cli/run-cli";
import { summarySample } from "../helpers/summary-sample";
import { workbookFromGrids } from "../xlsx/workbook-builder";
import { convertToPdf, isA4Landscape, readPdf, runSoffice } from "./soffice";

// The CLI runs as a node process and LibreOffice opens what it wrote (npm run test:print).
jest.setTimeout(300_000);

let dir: string;
let forms: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-summary-print-"));
  // 40 forms, the size of a large department: the eight-form sample five times over.
  const grids = await summarySample();
  forms = path.join(dir, "四十个项目.xlsx");
  const copies = Array.from({ length: 5 }, (_, k) =>
    grids.map((g) => ({ ...g, sheet: `${g.sheet.slice(0, 24)}-${k + 1}` }))
  ).flat();
  await workbookFromGrids(copies).xlsx.writeFile(forms);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** LibreOffice with a profile apart from convertToPdf's. */
const soffice = (args: string[]) => runSoffice(args, dir, "lo-profile-import");

function withoutErrors(result: { status: number | null; stderr: string }) {
  return {
    status: result.status,
    errors: result.stderr.split("\n").filter((l) => /error|repair|corrupt/i.test(l)),
  };
}

describe("selfeval check --summary, opened in LibreOffice", () => {
  it("prints the summary of the sample on one A4 landscape page", async () => {
    const out = path.join(dir, "汇总.xlsx");
    expect((await runCli(["check", SAMPLE, "--summary", out])).code).toBe(0);
    expect(withoutErrors(convertToPdf(out, dir))).toEqual({ status: 0, errors: [] });
    const facts = readPdf(path.join(dir, "汇总.pdf"));
    expect(facts.pages).toBe(1);
    expect(facts.mediaBoxes.filter((box) => !isA4Landscape(box))).toEqual([]);
  });

  it("prints 40 forms one page wide, as many pages tall as the rows need, the headings on each", async () => {
    const out = path.join(dir, "四十.xlsx");
    expect((await runCli(["check", forms, "--summary", out, "--fail-on", "never"])).code).toBe(0);
    expect(withoutErrors(convertToPdf(out, dir))).toEqual({ status: 0, errors: [] });
    const facts = readPdf(path.join(dir, "四十.pdf"));
    expect(facts.pages).toBeGreaterThan(1);
    expect(facts.mediaBoxes.filter((box) => !isA4Landscape(box))).toEqual([]);
    // The page set-up as LibreOffice took it from the file: scaled to one page wide, any
    // number tall, the header row repeated (read back from its own re-save as .ods).
    expect(
      withoutErrors(soffice(["--convert-to", "ods", "--outdir", path.join(dir, "ods"), out]))
    ).toEqual({ status: 0, errors: [] });
    const ods = await JSZip.loadAsync(await fs.readFile(path.join(dir, "ods", "四十.ods")));
    const styles = await ods.file("styles.xml")!.async("string");
    const layout =
      /<style:page-layout-properties [^>]*print-orientation="landscape"[^>]*>/.exec(styles)?.[0] ??
      "";
    expect(layout).toContain('style:scale-to-X="1"');
    expect(layout).not.toMatch(/scale-to-Y="[1-9]/);
    const content = await ods.file("content.xml")!.async("string");
    expect(content).toMatch(/table:table-header-rows/);
  });

  it("opens the CSV with its Chinese intact", async () => {
    const out = path.join(dir, "汇总.csv");
    expect((await runCli(["check", SAMPLE, "--summary", out])).code).toBe(0);
    // As LibreOffice's text import dialog offers it: Unicode (UTF-8), comma separated (the
    // byte-order mark is what Excel needs; headless LibreOffice 7.4 does not look at it).
    const converted = soffice([
      "--infilter=Text - txt - csv (StarCalc):44,34,76",
      "--convert-to",
      "xlsx",
      "--outdir",
      path.join(dir, "csv"),
      out,
    ]);
    expect(withoutErrors(converted)).toEqual({ status: 0, errors: [] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "csv", "汇总.xlsx"));
    const sheet = workbook.worksheets[0]!;
    // The byte-order mark is taken as such, not as a character of the first heading.
    expect(sheet.getCell("A1").value).toBe("序号");
    expect(sheet.getCell("D1").value).toBe("项目名称");
    expect(sheet.getCell("D2").value).toBe("安全生产举报奖励项目");
    expect(sheet.getCell("E2").value).toBe("昌吉回族自治州应急管理局");
  });
});
