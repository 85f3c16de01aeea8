import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { encryptedWorkbookBytes, oldXlsBytes } from "./cfb-writer";
import { writeZip } from "./zip-writer";
import { SAMPLE_XLSX as SAMPLE } from "../helpers/fixtures";

export { SAMPLE };

/** Bad and unusual input files the reader and the CLI must answer with one clear line. */

/** The parts every .xlsx has, so a bomb looks like a workbook until it is unpacked. */
function workbookParts(): { name: string; data: Buffer }[] {
  return [
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
    { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
  ];
}

export function zipBombBytes(): Buffer {
  // Declares 4 GB for a sheet whose data is tiny: the declared sizes alone exceed the limit.
  return writeZip([
    ...workbookParts(),
    { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(1024), declaredSize: 0xfffffff0 },
  ]);
}

export function lyingZipBytes(): Buffer {
  // Declares 100 bytes for a part that unpacks to 2 MB.
  return writeZip([
    ...workbookParts(),
    {
      name: "xl/worksheets/sheet1.xml",
      data: Buffer.alloc(2 * 1024 * 1024, 0x20),
      declaredSize: 100,
    },
  ]);
}

export async function sampleBytes(): Promise<Buffer> {
  return fs.readFile(SAMPLE);
}

export async function truncatedBytes(): Promise<Buffer> {
  const bytes = await sampleBytes();
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

export function notWorkbookZipBytes(): Buffer {
  return writeZip([{ name: "word/document.xml", data: Buffer.from("<w:document/>") }]);
}

export async function emptyWorkbookBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One file of each bad kind, by the name it is written under. */
export async function badFiles(): Promise<Record<string, Buffer>> {
  return {
    "空文件.xlsx": Buffer.alloc(0),
    "文本.xlsx": Buffer.from("项目名称,金额\n测试,1\n", "utf8"),
    "网页导出.xls": Buffer.from("<html><body><table><tr><td>1</td></tr></table></body></html>"),
    "旧格式.xls": oldXlsBytes(),
    "加密.xlsx": encryptedWorkbookBytes(),
    "截断.xlsx": await truncatedBytes(),
    "压缩炸弹.xlsx": zipBombBytes(),
    "谎报大小.xlsx": lyingZipBytes(),
    "文档.xlsx": notWorkbookZipBytes(),
    "空工作簿.xlsx": await emptyWorkbookBytes(),
  };
}

/** Writes a workbook whose one sheet has `rows` used rows below a header, with the streaming writer. */
export async function writeLongWorkbook(file: string, rows: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  const sheet = writer.addWorksheet("明细");
  sheet.addRow(["序号", "项目", "金额", "比例"]).commit();
  for (let r = 1; r <= rows; r += 1) {
    const row = sheet.addRow([r, `支出 ${r}`, r * 1.5, (r % 100) / 100]);
    row.getCell(4).numFmt = "0%";
    row.commit();
  }
  sheet.commit();
  await writer.commit();
}
