/** The budgets of issue 8 (and of the issues that added to it), in one place. */
export const BUDGETS = {
  /** Validating one sheet and writing its plans: syncs that read, syncs that write. */
  oneSheet: { reads: 1, writes: 1 },
  /** Validating and writing a workbook: the same number of syncs whatever its size, at most this. */
  workbookSyncs: 3,
  insertSyncs: 2,
  /** 生成汇总表 (issue 18): the reads of 校验全部工作表, and this many syncs that write. */
  summaryWrites: 1,
  restoreSyncs: 1,
  formsPerSecond: 5_000,
  /** Per-form time at 10,000 forms over per-form time at 100. */
  linearity: 1.2,
  /** Checking adds at most this share over exceljs loading the same files. */
  cliOverhead: 0.15,
  taskpaneGzipBytes: 160 * 1024,
  commandsGzipBytes: 40 * 1024,
  /** 网页版 (web.html) before a file is opened: the pane and the page's shell; exceljs and the engine come later. */
  webGzipBytes: 130 * 1024,
  /** What the first click on 一键校验 fetches: the engine, kept out of the function file. */
  commandClickGzipBytes: 60 * 1024,
  /** Production pane start over a minimal React + Fluent UI page. */
  paneStartRatio: 1.5,
  /** Excel on the web's per-request and per-response limit. */
  payloadBytes: 5 * 1024 * 1024,
};
