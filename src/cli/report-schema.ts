import { z } from "zod";
import { FINDING_CODES } from "../core";

/**
 * The report `selfeval check --json` prints on stdout (docs/cli.md). Cells and
 * rows are as Excel shows them: A1 addresses and 1-based row numbers.
 */

export const FindingReport = z.object({
  /** Stable within the form: its cell and code ("F11:goals.copied"), "#2" … for repeats. */
  id: z.string().min(1),
  code: z.enum(FINDING_CODES),
  severity: z.enum(["error", "warning", "info"]),
  /** The cell to look at, A1 on the form's sheet. */
  cell: z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/),
  /** The message in the language asked for (--lang). */
  message: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type FindingReport = z.infer<typeof FindingReport>;

export const IndicatorReport = z.object({
  /** Sheet row, 1-based. */
  row: z.number().int().min(1),
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  /** 年度指标值 and 实际完成值 as the sheet shows them. */
  target: z.string(),
  actual: z.string(),
  weight: z.number().nullable(),
  /** The score entered on the sheet. */
  score: z.number().nullable(),
  /** The score the rules compute, or null where it is the user's judgement. */
  computedScore: z.number().nullable(),
});
export type IndicatorReport = z.infer<typeof IndicatorReport>;

export const FormReport = z.object({
  /** A form, or a sheet on which none was found (its one finding is layout.not-a-form). */
  kind: z.enum(["form", "no-form"]),
  /** 项目名称, or null when the sheet holds no form. */
  project: z.string().nullable(),
  /** The form's cells, e.g. "A1:I21". */
  range: z.string().regex(/^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/),
  total: z.number().nullable(),
  grade: z.enum(["优", "良", "中", "差"]).nullable(),
  /** 全年执行数 / 全年预算数 as a fraction (1 = 100%). */
  executionRate: z.number().nullable(),
  indicators: z.array(IndicatorReport),
  findings: z.array(FindingReport),
  /**
   * The labels the reader located the form's parts and columns by, each as the field it read
   * it as: the same shape `--layout` takes, so a reviewer can reuse it on a batch of forms of
   * the same template.
   */
  layout: z.object({
    version: z.literal(1),
    hints: z.array(z.object({ field: z.string(), text: z.string(), cell: z.string() })),
  }),
});
export type FormReport = z.infer<typeof FormReport>;

export const SheetReport = z.object({
  sheet: z.string(),
  /** Empty for a blank sheet, which is skipped. */
  forms: z.array(FormReport),
});
export type SheetReport = z.infer<typeof SheetReport>;

export const FileReport = z.object({
  /** The path as given on the command line (or found in a folder). */
  file: z.string(),
  /** Why the file could not be checked, in the language asked for; null when it was. */
  error: z.string().nullable(),
  /**
   * Why its scored copy (--write) or its in-place update (--in-place) could not be written;
   * null when it was, or when none was asked for. The file's findings are still reported.
   */
  writeError: z.string().nullable(),
  /**
   * What its --write copy lacks of the original (charts, pivot tables…: what exceljs cannot
   * write back); null when the copy keeps everything, or when no copy was written.
   */
  writeWarning: z.string().nullable(),
  sheets: z.array(SheetReport),
});
export type FileReport = z.infer<typeof FileReport>;

export const CheckReport = z.object({ files: z.array(FileReport) });
export type CheckReport = z.infer<typeof CheckReport>;
