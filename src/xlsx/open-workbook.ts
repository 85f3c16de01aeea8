import ExcelJS from "exceljs";
import { readFileSync, statSync } from "fs";
import { rememberDefaultStyle } from "./default-style";
import { READ_LIMITS, type ReadLimits } from "./limits";
import { repairModel } from "./model-fixes";
import { normalizePackage } from "./normalize-package";
import { OoxmlPackage } from "./package";
import { auditPackage, type UnkeptFeature } from "./package-audit";
import type { WorkbookProblem } from "./problems";
import { containerProblem } from "./sniff";
import { inspectZip } from "./zip-guard";

/** Opening a workbook never throws for a bad file: it says what is wrong instead. */
export type OpenResult =
  | {
      ok: true;
      workbook: ExcelJS.Workbook;
      /** What the file holds that a copy written by exceljs would lose. */
      unkept: UnkeptFeature[];
    }
  | { ok: false; problem: WorkbookProblem };

/** Part every .xlsx has and exceljs needs; a zip without it is some other document. */
const WORKBOOK_PART = "xl/workbook.xml";

function failed(problem: WorkbookProblem): OpenResult {
  return { ok: false, problem };
}

/** The first line of an error's message, short enough for one line of output. */
export function shortDetail(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n")[0]?.trim() ?? "";
  return line.length > 120 ? `${line.slice(0, 117)}...` : line || "unknown error";
}

/** Checks a workbook's bytes before parsing: container kind, zip directory, sizes. */
export function checkWorkbookBytes(
  bytes: Buffer,
  limits: ReadLimits = READ_LIMITS
): WorkbookProblem | null {
  if (bytes.length > limits.maxFileBytes) {
    return { code: "too-large", bytes: bytes.length, limit: limits.maxFileBytes };
  }
  const container = containerProblem(bytes);
  if (container) return container;
  const zip = inspectZip(bytes, limits);
  if (!zip.ok) return zip.problem;
  const names = new Set(zip.entries.map((e) => e.name.replace(/^\//, "")));
  return names.has(WORKBOOK_PART) ? null : { code: "not-a-workbook" };
}

/** jszip words a part whose size differs from its header as its own bug: it is the file's fault. */
function parseFailure(error: unknown): string {
  const detail = shortDetail(error);
  return /uncompressed data size mismatch/i.test(detail)
    ? "a part unpacks to another size than its header declares"
    : detail;
}

/** Parses checked bytes with exceljs; its failures become a `corrupt` problem. */
export async function loadWorkbook(
  bytes: Buffer,
  limits: ReadLimits = READ_LIMITS
): Promise<OpenResult> {
  const problem = checkWorkbookBytes(bytes, limits);
  if (problem) return failed(problem);
  const workbook = new ExcelJS.Workbook();
  let unkept: UnkeptFeature[];
  try {
    // The package is read as it is (what a copy would lose), then normalised for exceljs.
    const pkg = await OoxmlPackage.open(bytes);
    unkept = await auditPackage(pkg);
    const normalized = await normalizePackage(pkg);
    if (normalized.validationsCut) unkept = [...unkept, "large-validation"];
    // exceljs declares its own Buffer (an ArrayBuffer); Node's Buffer is what it reads at run time.
    await workbook.xlsx.load((normalized.bytes ?? bytes) as unknown as ArrayBuffer);
    rememberDefaultStyle(workbook, normalized.defaultStyle);
  } catch (error) {
    return failed({ code: "corrupt", detail: parseFailure(error) });
  }
  if (workbook.worksheets.length === 0) return failed({ code: "empty-workbook" });
  repairModel(workbook);
  return { ok: true, workbook, unkept };
}

/**
 * Reads a workbook from a path, with the size checked before anything is read into memory.
 * The file is read synchronously: workbooks are read one after another and are small, and
 * one blocking read of a 30 KB file takes a few hundredths of a millisecond where the
 * promise-based read queues several thread-pool round trips (measured in docs/performance.md).
 */
export async function openWorkbook(
  file: string,
  limits: ReadLimits = READ_LIMITS
): Promise<OpenResult> {
  let size: number;
  try {
    const stat = statSync(file);
    // Devices and pipes (/dev/zero) could be read forever: only regular files are workbooks.
    if (!stat.isFile()) return failed({ code: "not-a-workbook" });
    size = stat.size;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") return failed({ code: "not-found" });
    return failed({ code: "unreadable", detail: shortDetail(error) });
  }
  if (size > limits.maxFileBytes)
    return failed({ code: "too-large", bytes: size, limit: limits.maxFileBytes });
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return failed({ code: "unreadable", detail: shortDetail(error) });
  }
  return loadWorkbook(bytes, limits);
}
