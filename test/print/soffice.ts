import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * LibreOffice for the print checks of `npm run test:print`, which `.ci/run` runs after installing
 * libreoffice-calc-nogui. These checks are the reason the script exists, so a missing soffice
 * fails them with a message saying what to install, rather than skipping them.
 */
export function requireSoffice(): string {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  const file = found.stdout.trim();
  if (found.status === 0 && file !== "") return file;
  throw new Error(
    "npm run test:print needs LibreOffice: soffice is not on PATH (Debian: apt-get install libreoffice-calc-nogui)"
  );
}

/**
 * Runs LibreOffice headless with a private profile under `dir` (`profile` names it), so
 * parallel runs do not share a lock.
 */
export function runSoffice(
  args: string[],
  dir: string,
  profile = "lo-profile"
): { status: number | null; stderr: string } {
  const installation = `file://${path.join(dir, profile)}`;
  const run = spawnSync(
    requireSoffice(),
    ["--headless", `-env:UserInstallation=${installation}`, ...args],
    { encoding: "utf8", timeout: 120_000 }
  );
  return { status: run.status, stderr: run.stderr };
}

/**
 * Converts a file into `dir` (same name, the format's extension); `format` is what
 * `--convert-to` takes.
 */
export function convertWithSoffice(
  file: string,
  dir: string,
  format: string
): { status: number | null; stderr: string } {
  return runSoffice(["--convert-to", format, "--outdir", dir, file], dir);
}

export function convertToPdf(xlsx: string, dir: string): { status: number | null; stderr: string } {
  return convertWithSoffice(xlsx, dir, "pdf");
}

/** Saves a workbook as LibreOffice Calc does when a user saves it as .xlsx. */
export function saveWithLibreOffice(
  xlsx: string,
  dir: string
): { status: number | null; stderr: string } {
  return convertWithSoffice(xlsx, dir, "xlsx:Calc MS Excel 2007 XML");
}

export interface PdfFacts {
  pages: number;
  mediaBoxes: number[][];
}

/** Page count and page sizes from the PDF's object dictionaries (LibreOffice writes them uncompressed). */
export function readPdf(file: string): PdfFacts {
  const text = readFileSync(file).toString("latin1");
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const mediaBoxes = [...text.matchAll(/\/MediaBox\s*\[\s*([-\d.\s]+)\]/g)].map((m) =>
    (m[1] ?? "").trim().split(/\s+/).map(Number)
  );
  return { pages, mediaBoxes };
}

/** Whether a page is A4 in one orientation (595.3 × 841.9 points, or turned). */
function isA4(box: number[], landscape: boolean): boolean {
  const [x0, y0, width, height] = box;
  const [w, h] = landscape ? [841.9, 595.3] : [595.3, 841.9];
  return x0 === 0 && y0 === 0 && Math.abs((width ?? 0) - w) < 1 && Math.abs((height ?? 0) - h) < 1;
}

/** Whether a page is A4 portrait (595.3 × 841.9 points). */
export function isA4Portrait(box: number[]): boolean {
  return isA4(box, false);
}

/** Whether a page is A4 landscape (841.9 × 595.3 points). */
export function isA4Landscape(box: number[]): boolean {
  return isA4(box, true);
}
