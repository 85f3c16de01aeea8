import { attrOf, childOf, childrenOf, type OoxmlPackage } from "./package";

/**
 * What a workbook holds that exceljs 4.4 does not carry into the file it writes: found in the
 * package before anything is written, so that `--in-place` can refuse and `--write` can say
 * what its copy lacks. Each kind was seen dropped by the fidelity check (test/xlsx/fidelity).
 */
export type UnkeptFeature =
  | "chart"
  | "chart-sheet"
  | "shape"
  | "pivot-table"
  | "macro"
  | "external-link"
  | "slicer"
  | "form-control"
  | "header-footer-image"
  | "threaded-comment"
  | "picture"
  | "hidden-zeros"
  | "base-column-width"
  | "link-target"
  | "large-validation";

/** Parts whose presence alone means a feature exceljs drops. */
const PART_FEATURES: [RegExp, UnkeptFeature][] = [
  [/^xl\/pivotTables\//i, "pivot-table"],
  [/^xl\/vbaProject\.bin$/i, "macro"],
  [/^xl\/externalLinks\//i, "external-link"],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i, "slicer"],
  [/^xl\/(ctrlProps|activeX)\//i, "form-control"],
  [/^xl\/threadedComments\//i, "threaded-comment"],
];

const DRAWING_TYPE = /\/drawing$/;
const CHART_URI = /\/chart$/;
/** The only drawing and media part names exceljs 4.4 loads; pictures elsewhere are dropped. */
const LOADED_DRAWING = /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/;
const LOADED_MEDIA = /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/;

/** Worksheet settings exceljs reads but does not write, found in the part's text. */
const SHEET_TEXT_FEATURES: [RegExp, UnkeptFeature][] = [
  [/<(\w+:)?legacyDrawingHF\b/, "header-footer-image"],
  [/<(\w+:)?control\b/, "form-control"],
  // Zero values hidden (Excel: Options › Advanced; WPS and LibreOffice alike).
  [/<(\w+:)?sheetView\b[^>]*\sshowZeros\s*=\s*["'](0|false)["']/, "hidden-zeros"],
  // Excel for Mac sets the default column width with baseColWidth, which exceljs drops.
  [
    /<(\w+:)?sheetFormatPr\b(?![^>]*defaultColWidth)[^>]*\sbaseColWidth\s*=\s*["'](?!8["'])\d/,
    "base-column-width",
  ],
  // Links to a place in the workbook, and link tooltips, are dropped.
  [/<(\w+:)?hyperlink\b[^>]*\s(location|tooltip)\s*=/, "link-target"],
];

/** Objects of a sheet's drawing other than pictures: charts and shapes. */
async function drawingFeatures(
  pkg: OoxmlPackage,
  part: string,
  found: Set<UnkeptFeature>
): Promise<void> {
  const root = await pkg.xml(part);
  // A drawing that cannot be read is taken as one exceljs cannot carry either.
  if (!root && pkg.has(part)) found.add("shape");
  const rels = await pkg.rels(part);
  const pictures = rels.filter((r) => /\/image$/.test(r.type));
  if (
    pictures.length > 0 &&
    (!LOADED_DRAWING.test(part) || pictures.some((r) => r.external || !LOADED_MEDIA.test(r.target)))
  ) {
    found.add("picture");
  }
  for (const kind of ["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"]) {
    for (const anchor of childrenOf(root ?? undefined, kind)) {
      for (const frame of childrenOf(anchor, "graphicFrame")) {
        const data = childOf(childOf(frame, "graphic"), "graphicData");
        found.add(CHART_URI.test(attrOf(data, "uri") ?? "") ? "chart" : "shape");
      }
      for (const shape of ["sp", "cxnSp", "grpSp"]) {
        if (childrenOf(anchor, shape).length > 0) found.add("shape");
      }
    }
  }
}

/** The features of a package that a copy written by exceljs would lose, in a stable order. */
export async function auditPackage(pkg: OoxmlPackage): Promise<UnkeptFeature[]> {
  const found = new Set<UnkeptFeature>();
  for (const part of pkg.parts) {
    for (const [pattern, feature] of PART_FEATURES) if (pattern.test(part)) found.add(feature);
  }
  for (const sheet of await pkg.sheets()) {
    if (sheet.kind === "chartsheet") found.add("chart-sheet");
    if (sheet.kind !== "worksheet" || !sheet.part) continue;
    // Worksheets can be tens of megabytes: they are searched for a few elements, not parsed.
    const text = (await pkg.text(sheet.part)) ?? "";
    for (const [pattern, feature] of SHEET_TEXT_FEATURES)
      if (pattern.test(text)) found.add(feature);
    for (const rel of await pkg.rels(sheet.part)) {
      if (DRAWING_TYPE.test(rel.type) && !rel.external)
        await drawingFeatures(pkg, rel.target, found);
    }
  }
  const order: UnkeptFeature[] = [
    "chart",
    "chart-sheet",
    "shape",
    "picture",
    "pivot-table",
    "slicer",
    "form-control",
    "macro",
    "external-link",
    "header-footer-image",
    "threaded-comment",
    "hidden-zeros",
    "base-column-width",
    "link-target",
    "large-validation",
  ];
  return order.filter((f) => found.has(f));
}
