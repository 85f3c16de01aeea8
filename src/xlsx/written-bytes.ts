import type ExcelJS from "exceljs";
import { restoreDefaultStyle } from "./default-style";

/**
 * The bytes of the .xlsx file a workbook is written as, with what exceljs would replace put
 * back (the default style). Plain bytes and no Node module: the command line saves them to
 * disk (save.ts) and 网页版 hands them to the browser as the download.
 */
export async function writtenBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const written = await workbook.xlsx.writeBuffer();
  const bytes =
    written instanceof Uint8Array ? written : new Uint8Array(written as unknown as ArrayBuffer);
  return restoreDefaultStyle(workbook, bytes);
}
