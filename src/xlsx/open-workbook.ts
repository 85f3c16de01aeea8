import { readFileSync, statSync } from "fs";
import { READ_LIMITS, type ReadLimits } from "./limits";
import { parseWorkbook, shortDetail, type OpenResult } from "./parse-workbook";
import type { WorkbookProblem } from "./problems";
import { containerProblem } from "./sniff";
import { nativeUnpacker } from "./native-unpack";
import { inspectZip, type ZipEntry } from "./zip-guard";

/** Part every .xlsx has and exceljs needs; a zip without it is some other document. */
const WORKBOOK_PART = "xl/workbook.xml";

function failed(problem: WorkbookProblem): OpenResult {
  return { ok: false, problem };
}

/** The checks of checkWorkbookBytes, with the zip's entries when they pass. */
function inspectWorkbook(
  bytes: Buffer,
  limits: ReadLimits
): { problem: WorkbookProblem } | { entries: ZipEntry[] } {
  if (bytes.length > limits.maxFileBytes) {
    return { problem: { code: "too-large", bytes: bytes.length, limit: limits.maxFileBytes } };
  }
  const container = containerProblem(bytes);
  if (container) return { problem: container };
  const zip = inspectZip(bytes, limits);
  if (!zip.ok) return { problem: zip.problem };
  const names = new Set(zip.entries.map((e) => e.name.replace(/^\//, "")));
  return names.has(WORKBOOK_PART)
    ? { entries: zip.entries }
    : { problem: { code: "not-a-workbook" } };
}

/** Checks a workbook's bytes before parsing: container kind, zip directory, sizes. */
export function checkWorkbookBytes(
  bytes: Buffer,
  limits: ReadLimits = READ_LIMITS
): WorkbookProblem | null {
  const inspected = inspectWorkbook(bytes, limits);
  return "problem" in inspected ? inspected.problem : null;
}

/** Checks, then parses with exceljs; a bad file becomes a problem, never an exception. */
export async function loadWorkbook(
  bytes: Buffer,
  limits: ReadLimits = READ_LIMITS
): Promise<OpenResult> {
  const inspected = inspectWorkbook(bytes, limits);
  if ("problem" in inspected) return failed(inspected.problem);
  return parseWorkbook(bytes, nativeUnpacker(bytes, inspected.entries));
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
