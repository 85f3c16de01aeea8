import ExcelJS from "exceljs";
import { rememberDefaultStyle } from "./default-style";
import { repairModel } from "./model-fixes";
import { normalizePackage, type NormalizedPackage } from "./normalize-package";
import { OoxmlPackage, type Unpacker } from "./package";
import { auditPackage, type UnkeptFeature } from "./package-audit";
import type { WorkbookProblem } from "./problems";

/**
 * Parsing a workbook's checked bytes: the package audited, normalised for exceljs, read, and
 * what exceljs misreads repaired. Plain bytes and no Node module, so that the command line and
 * 网页版 (in the browser) read a file the same way and say the same of what a copy would lose.
 */

/** Opening a workbook never throws for a bad file: it says what is wrong instead. */
export type OpenResult =
  | {
      ok: true;
      workbook: ExcelJS.Workbook;
      /** What the file holds that a copy written by exceljs would lose. */
      unkept: UnkeptFeature[];
    }
  | { ok: false; problem: WorkbookProblem };

/** The first line of an error's message, short enough for one line of output. */
export function shortDetail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n")[0]?.trim() ?? "";
  return line.length > 120 ? `${line.slice(0, 117)}...` : line || "unknown error";
}

/** jszip words a part whose size differs from its header as its own bug: it is the file's fault. */
function parseFailure(error: unknown): string {
  const detail = shortDetail(error);
  return /uncompressed data size mismatch/i.test(detail)
    ? "a part unpacks to another size than its header declares"
    : detail;
}

/**
 * The package read as it is (what a copy would lose), then normalised for exceljs. Its parts'
 * unpacked text is let go when this returns, before exceljs unpacks the file again: on a sheet
 * of a hundred megabytes that is as much memory.
 */
async function preparePackage(
  bytes: Uint8Array,
  unpack: Unpacker | null
): Promise<{ unkept: UnkeptFeature[]; normalized: NormalizedPackage }> {
  const pkg = await OoxmlPackage.open(bytes, unpack);
  const unkept = await auditPackage(pkg);
  const normalized = await normalizePackage(pkg);
  return {
    unkept: normalized.validationsCut ? [...unkept, "large-validation"] : unkept,
    normalized,
  };
}

/**
 * Parses bytes that passed the container and zip checks (checkWorkbookBytes in Node,
 * web/format-check.ts in the browser); exceljs failures become a `corrupt` problem.
 */
export async function parseWorkbook(
  bytes: Uint8Array,
  unpack: Unpacker | null = null
): Promise<OpenResult> {
  const workbook = new ExcelJS.Workbook();
  let unkept: UnkeptFeature[];
  try {
    const prepared = await preparePackage(bytes, unpack);
    unkept = prepared.unkept;
    const { normalized } = prepared;
    // exceljs declares an ArrayBuffer; it hands the bytes to jszip, which takes any byte array.
    await workbook.xlsx.load((normalized.bytes ?? bytes) as unknown as ArrayBuffer);
    rememberDefaultStyle(workbook, normalized.defaultStyle);
  } catch (error) {
    return { ok: false, problem: { code: "corrupt", detail: parseFailure(error) } };
  }
  if (workbook.worksheets.length === 0) return { ok: false, problem: { code: "empty-workbook" } };
  repairModel(workbook);
  return { ok: true, workbook, unkept };
}
