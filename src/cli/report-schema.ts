import { z } from "zod";
import { BUILTIN_PROFILE_NAMES, FINDING_CODES, RULE_KEYS } from "../core";

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
  /** Empty for a sheet that is skipped. */
  forms: z.array(FormReport),
  /** Why a sheet was skipped: it is blank, or it is a 汇总表 the add-in wrote; null when checked. */
  skipped: z.enum(["blank", "summary"]).nullable(),
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

/** The rule profile every form of the run was scored by (--profile; mof-2020 by default). */
export const ProfileReport = z.object({
  /** The profile's name: a built-in's, a file's `id`, or the file's name. */
  name: z.string().min(1),
  /** The built-in profile it starts from (its own name for a built-in). */
  extends: z.enum(BUILTIN_PROFILE_NAMES),
  /** SHA-256 of the rules' canonical JSON: equal for equal rules, whatever the name. */
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  /** The rules in which it differs from the built-in it extends. */
  differsFromBase: z.array(z.enum(RULE_KEYS as [string, ...string[]])),
});
export type ProfileReport = z.infer<typeof ProfileReport>;

/** One form of the summary (issue 18): its figures in 万元, as the form's own evaluation has them. */
export const SummaryRowReport = z.object({
  file: z.string(),
  sheet: z.string(),
  /** The form's cells, e.g. "A1:I21". */
  range: z.string(),
  project: z.string().nullable(),
  dept: z.string().nullable(),
  unit: z.string().nullable(),
  /** 全年预算数 and 全年执行数 of 年度资金总额, in 万元 (to 0.01 元). */
  budget: z.number().nullable(),
  executed: z.number().nullable(),
  /** What one of the form's own amounts is in 万元: 1 for 万元, 0.0001 for 元. */
  toWanYuan: z.number(),
  executionRate: z.number().nullable(),
  fundsWeight: z.number().nullable(),
  fundsScore: z.number().nullable(),
  /** 总分 as the rules compute it; null while a score awaits judgement. */
  total: z.number().nullable(),
  /** 总分 as written on the form, where it differs from the computed one. */
  writtenTotal: z.number().nullable(),
  grade: z.enum(["优", "良", "中", "差"]).nullable(),
  errors: z.number().int(),
  warnings: z.number().int(),
  /** Indicator rows that need a 偏差原因 and lack one. */
  missingReasons: z.number().int(),
});
export type SummaryRowReport = z.infer<typeof SummaryRowReport>;

export const SummaryReport = z.object({
  /** The unit of every amount of the summary. */
  amountUnit: z.literal("万元"),
  rows: z.array(SummaryRowReport),
  totals: z.object({
    forms: z.number().int(),
    formsWithErrors: z.number().int(),
    budget: z.number(),
    executed: z.number(),
    /** Σ 全年执行数 ÷ Σ 全年预算数 over the `rateForms` forms that have both. */
    executionRate: z.number().nullable(),
    rateForms: z.number().int(),
    /** The 总分 weighted by 全年预算数 over the `scoreForms` forms that have both. */
    averageScore: z.number().nullable(),
    scoreForms: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
    missingReasons: z.number().int(),
  }),
  /** Sheets with content but no form, and files that could not be read (sheet null). */
  unread: z.array(
    z.object({
      file: z.string(),
      sheet: z.string().nullable(),
      reason: z.enum(["not-a-form", "file"]),
      /** Why, in the language asked for (--lang). */
      message: z.string(),
    })
  ),
});
export type SummaryReport = z.infer<typeof SummaryReport>;

export const CheckReport = z.object({
  profile: ProfileReport,
  files: z.array(FileReport),
  /** The 汇总表 of every form in every file, as --summary writes it. */
  summary: SummaryReport,
});
export type CheckReport = z.infer<typeof CheckReport>;
