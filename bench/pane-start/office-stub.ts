import type { Grid } from "../../src/core";
import { createFakeOffice, workbookFromGrids } from "../../dev/fake-office";

/**
 * Served in place of office.js when the benchmark opens the production task pane: the fake
 * Excel host holding the sample forms, installed as the Office and Excel globals, so the real
 * pane starts as it does inside Excel (Office.onReady reports Excel) without Office itself.
 */

declare const SAMPLE_GRIDS: Grid[];

const office = createFakeOffice({ workbook: workbookFromGrids(SAMPLE_GRIDS) });
const info = { host: "Excel", platform: "OfficeOnline" };
const globals = globalThis as unknown as Record<string, unknown>;
globals.Excel = office.Excel;
globals.Office = {
  ...office.Office,
  HostType: { Excel: "Excel" },
  context: { ...office.Office.context, displayLanguage: "zh-CN" },
  // Office.js calls the callback once the host is ready, never synchronously.
  onReady: (callback?: (ready: typeof info) => void) =>
    Promise.resolve().then(() => {
      callback?.(info);
      return info;
    }),
};
