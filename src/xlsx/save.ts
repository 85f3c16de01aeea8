import type ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import { writtenBytes } from "./written-bytes";

/**
 * Writing workbooks without ever leaving a half-written file: the bytes go to a
 * temporary file beside the target, which is then renamed over it.
 */

/** The bytes of the .xlsx file a workbook is saved as. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const bytes = await writtenBytes(workbook);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Writes a workbook to `file` atomically. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const bytes = await workbookBytes(workbook);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** The backup name for `--in-place`: `name.bak.xlsx`, then `name.bak-2.xlsx`, … never an existing file. */
export async function backupPathFor(file: string): Promise<string> {
  const ext = path.extname(file);
  const stem = path.join(path.dirname(file), path.basename(file, ext));
  let candidate = `${stem}.bak${ext}`;
  for (let n = 2; await exists(candidate); n += 1) candidate = `${stem}.bak-${n}${ext}`;
  return candidate;
}

/** Copies the original aside, then saves over it; returns the backup's path. */
export async function saveInPlace(workbook: ExcelJS.Workbook, file: string): Promise<string> {
  const backup = await backupPathFor(file);
  await fs.copyFile(file, backup, fs.constants?.COPYFILE_EXCL);
  await saveWorkbook(workbook, file);
  return backup;
}
