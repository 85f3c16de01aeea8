import path from "node:path";
import type { UnkeptFeature } from "../../src/xlsx";
import { FIXTURES } from "../helpers/fixtures";

/**
 * The workbooks the fidelity check runs on: written by Excel (Windows, Mac, Online, 2007),
 * WPS, LibreOffice, Google Sheets and exceljs. Where each comes from is in
 * test/fixtures/fidelity/README.md. `unkept` is what the audit must find (and `--in-place`
 * refuse); `exceptions` are the differences a scored copy may show, each with the reason.
 */
export interface CorpusEntry {
  file: string;
  producer: string;
  unkept: UnkeptFeature[];
  exceptions: { feature: RegExp; why: string }[];
}

const third = (folder: string, name: string) => path.join(FIXTURES, "fidelity", folder, name);

const BASE_WIDTH = {
  feature: /^default sizes baseColWidth$/,
  why: "Excel for Mac's default column width (baseColWidth) is dropped: refused as base-column-width",
};

export const CORPUS: CorpusEntry[] = [
  {
    file: path.join(FIXTURES, "sample-2021.xlsx"),
    producer: "exceljs",
    unkept: [],
    exceptions: [],
  },
  {
    file: path.join(FIXTURES, "regions", "regions.xlsx"),
    producer: "exceljs",
    unkept: [],
    exceptions: [],
  },
  {
    file: path.join(FIXTURES, "corpus", "corpus.xlsx"),
    producer: "exceljs",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("libreoffice", "sample-2021.lo.xlsx"),
    producer: "LibreOffice 7.4",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("libreoffice", "regions.lo.xlsx"),
    producer: "LibreOffice 7.4",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("libreoffice", "corpus.lo.xlsx"),
    producer: "LibreOffice 7.4",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("exceljs", "libre-calc-as-excel-2007-365.xlsx"),
    producer: "LibreOffice 6.4",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("exceljs", "dateIssue.xlsx"),
    producer: "LibreOffice 5.1",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("exceljs", "test-issue-176.xlsx"),
    producer: "LibreOffice 5.1",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("calamine", "date_1904.xlsx"),
    producer: "LibreOffice 7.3 (1904 dates)",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("exceljs", "comments.xlsx"),
    producer: "WPS Office 11.1 (zh-CN)",
    unkept: [],
    exceptions: [
      {
        feature: /^comments [A-Z]+\d+$/,
        why: "a note's author is written as \"Author\"; its text, which shows the author's name, is kept",
      },
    ],
  },
  {
    file: third("exceljs", "fibonacci.xlsx"),
    producer: "Excel 2016 (Windows)",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("exceljs", "gold.xlsx"),
    producer: "Excel 2016 (Windows)",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("exceljs", "test-issue-1669.xlsx"),
    producer: "Excel 2016 (Windows)",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("exceljs", "test-row-styles.xlsx"),
    producer: "Excel 2016 (Windows)",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("exceljs", "images.xlsx"),
    producer: "Excel 2016 (Windows)",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("calamine", "merge_cells.xlsx"),
    producer: "Excel 2016 (Windows)",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("calamine", "picture.xlsx"),
    producer: "Excel 2016 (Windows)",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("calamine", "table-multiple.xlsx"),
    producer: "Excel 2007 (Windows)",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("calamine", "issue_553.xlsx"),
    producer: "Excel Online",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("exceljs", "google-sheets.xlsx"),
    producer: "Google Sheets",
    unkept: [],
    exceptions: [],
  },
  {
    file: third("exceljs", "1519293514-KRISHNAPATNAM_LINE_UP.xlsx"),
    producer: "Excel 2007 (Windows)",
    unkept: ["shape"],
    exceptions: [
      { feature: /^drawing objects sp$/, why: "three shapes are dropped: refused as shape" },
      {
        feature: /^defined names a$/,
        why: "a defined name that points nowhere (#REF!) is dropped",
      },
      {
        feature: /^cell [A-Z]+\d+ quotePrefix$/,
        why: "the leading-apostrophe flag of text cells is dropped; the text shown is the same",
      },
    ],
  },
  {
    file: third("exceljs", "chart-sheet.xlsx"),
    producer: "Excel 2016 (Windows)",
    unkept: ["chart-sheet"],
    exceptions: [
      {
        feature: /^sheets \(order and visibility\)$/,
        why: "the chart sheet is dropped: refused as chart-sheet",
      },
      { feature: /^other parts charts?( sheets)?$/, why: "its chart goes with it" },
    ],
  },
  {
    file: third("calamine", "errors.xlsx"),
    producer: "Excel 2007 (Windows)",
    unkept: ["external-link", "base-column-width"],
    exceptions: [
      {
        feature: /^other parts external links$/,
        why: "the link to another workbook is dropped: refused as external-link",
      },
      BASE_WIDTH,
    ],
  },
  {
    file: third("calamine", "pivots.xlsx"),
    producer: "Excel 2016 (Mac)",
    unkept: ["pivot-table", "base-column-width"],
    exceptions: [
      {
        feature: /^other parts (pivot tables|pivot caches|connections)$/,
        why: "pivot tables, their caches and data connections are dropped: refused as pivot-table",
      },
      {
        feature: /^other parts custom XML$/,
        why: "document metadata (customXml), not shown anywhere",
      },
      BASE_WIDTH,
      {
        feature: /^cell J5 value$/,
        why: "the cached #DIV/0! of a date-formatted formula is dropped; it is computed again on opening",
      },
    ],
  },
];
