import type { Wording } from "../../core";
import type { UnkeptFeature } from "../package-audit";
import type { ProblemParams } from "../problems";
import { mb } from "./mb";

/** What exceljs cannot carry into a file it writes, as a user would name it. */
const FEATURES: Record<UnkeptFeature, string> = {
  chart: "charts",
  "chart-sheet": "chart sheets",
  shape: "shapes and text boxes",
  picture: "some pictures",
  "pivot-table": "pivot tables",
  slicer: "slicers or timelines",
  "form-control": "form controls",
  macro: "macros",
  "external-link": "links to other workbooks",
  "header-footer-image": "pictures in headers and footers",
  "threaded-comment": "threaded comments",
  "hidden-zeros": "the setting that hides zero values",
  "base-column-width": "the default column width set by Excel for Mac",
  "link-target": "hyperlinks to places in the workbook, and link tooltips",
  "large-validation":
    "data validation on whole columns or the whole sheet (a copy keeps it on the used cells only)",
};

/** The features named in a list, as the messages below name them. */
export const features = (list: UnkeptFeature[]) => list.map((f) => FEATURES[f]).join(", ");

/** Why a file could not be checked, in en-US: what is wrong, then what to do. */
export const enUS: Wording<ProblemParams> = {
  "not-found": () => "No such file or folder; check the path",
  unreadable: (p) => `Cannot be read (${p.detail}); check the file's permissions`,
  "folder-empty": () =>
    "The folder holds no .xlsx workbook; give a file or a folder with the forms",
  "empty-file": () => "The file is empty (0 bytes), not a workbook; get the file again",
  "too-large": (p) =>
    `The file is too large (${mb(p.bytes)} MB, limit ${mb(p.limit)} MB); remove sheets unrelated to the forms and check again`,
  "old-xls": () => "Old .xls format; open it in Excel and save it as .xlsx",
  encrypted: () =>
    "The workbook is password-protected (encrypted); remove the password in Excel (File › Info › Protect Workbook) and save it as .xlsx",
  ole2: () =>
    "An old .xls or a password-protected workbook; remove any password in Excel and save it as .xlsx",
  markup: () =>
    "The file is really a web page (HTML/XML), not an Excel workbook; open it in Excel and save it as .xlsx",
  "not-a-workbook": () => "Not an Excel workbook (.xlsx); check that this is the right file",
  corrupt: (p) =>
    `The file is damaged or incomplete (${p.detail}); open and repair it in Excel and save it as .xlsx, or get it again`,
  "zip-bomb": (p) =>
    "part" in p
      ? `The part ${p.part} unpacks to more than the ${p.declared} bytes it declares: a damaged or malicious file, not read; check where it came from`
      : `Unpacks to too much data (at least ${mb(p.bytes)} MB, limit ${mb(p.limit)} MB): a damaged or malicious file, not read; check where it came from`,
  "too-many-parts": (p) =>
    `Too many parts inside (${p.count}, limit ${p.limit}) for a normal workbook, not read; check where it came from`,
  "empty-workbook": () =>
    "The workbook holds nothing (no sheets, or only empty ones); check that this is the right file",
  "would-overwrite": () =>
    "The output would overwrite the input, nothing written; give --write another folder, or use --in-place (which keeps a backup)",
  "macro-in-place": () =>
    "A macro-enabled workbook (.xlsm) cannot be changed in place (its macros would be lost), nothing written; write an .xlsx copy instead (--write for check, --out for new)",
  "unkept-in-place": (p) =>
    `The workbook holds what writing it would lose (${features(p.features)}), so nothing was changed in place; write a copy instead (--write for check, --out for new), which leaves the original as it is`,
  "unkept-in-copy": (p) =>
    `The copy lacks the original's ${features(p.features)} (they cannot be kept); the original is unchanged`,
  "write-failed": (p) =>
    `Cannot write the output (${p.detail}); check that the folder is writable and the file is not open in Excel`,
};
