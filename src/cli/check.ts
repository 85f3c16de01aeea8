import { promises as fs } from "fs";
import path from "path";
import {
  applyEvaluations,
  plansOf,
  summarize,
  type Profile,
  validateSheets,
  type Evaluation,
  type Grid,
  type Lang,
  type LayoutHint,
  type SummaryInput,
} from "../core";
import {
  formatProblem,
  isBlankGrid,
  openWorkbook,
  saveInPlace,
  saveWorkbook,
  shortDetail,
  XlsxWorkbookPort,
  type UnkeptFeature,
  type WorkbookProblem,
} from "../xlsx";
import { collectTargets, type Target } from "./collect-files";
import { readLayoutFile } from "./layout-file";
import { profileOfOption, reportProfile } from "./profile-option";
import { EXIT, type ExitCode } from "./exit-codes";
import type { CliIo } from "./io";
import { cliMessage } from "./messages";
import { createProgress, type Progress } from "./progress";
import { hasFindingsAtLeast, reportFile, reportSummary, tally } from "./report";
import type { CheckReport, FileReport } from "./report-schema";
import { writeSummaryFile } from "./summary-file";
import { renderFile } from "./render-text";

export type FailOn = "error" | "warning" | "never";

export interface CheckOptions {
  /** Files and folders; none: the example workbooks shipped in examples/. */
  paths: string[];
  json: boolean;
  /** Folder for scored copies. */
  write?: string;
  /** Score the files themselves, after keeping a backup of each. */
  inPlace: boolean;
  failOn: FailOn;
  lang: Lang;
  /** A file of layout hints (--layout) for forms the reader cannot read by their labels alone. */
  layout?: string;
  /** The rule profile (--profile): a built-in's name or a profile file; mof-2020 when absent. */
  profile?: string;
  /** Where to write the 汇总表 of every form (--summary): an .xlsx or .csv file. */
  summary?: string;
}

/** The examples/ folder of the package, from src/cli or lib/cli alike. */
export const EXAMPLES_DIR = path.resolve(__dirname, "../../examples");

interface Outcome {
  report: FileReport;
  /** The file could not be read, or its scored copy could not be written. */
  failed: boolean;
}

interface Checked {
  port: XlsxWorkbookPort;
  /** What the file holds that a written copy would lose. */
  unkept: UnkeptFeature[];
  sheets: { grid: Grid; evaluations: Evaluation[] }[];
}

async function checkWorkbook(
  file: string,
  hints: readonly LayoutHint[],
  profile: Profile
): Promise<Checked | WorkbookProblem> {
  const opened = await openWorkbook(file);
  if (!opened.ok) return opened.problem;
  const port = new XlsxWorkbookPort(opened.workbook);
  const validated = await validateSheets(port, "all", { profile, hints });
  if (validated.every(({ grid }) => isBlankGrid(grid))) return { code: "empty-workbook" };
  // A blank sheet is listed as skipped rather than as a sheet without a form.
  const sheets = validated.map(({ grid, evaluations }) => ({
    grid,
    evaluations: isBlankGrid(grid) ? [] : evaluations,
  }));
  return { port, sheets, unkept: opened.unkept };
}

/**
 * Picks `dir/name.xlsx`, numbering it when another input already took that name.
 * Always .xlsx: exceljs writes no macros, so a copy of an .xlsm is a plain workbook.
 */
function outputPath(dir: string, file: string, taken: Set<string>): string {
  const ext = ".xlsx";
  const stem = path.basename(file, path.extname(file));
  let candidate = path.join(dir, `${stem}${ext}`);
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    candidate = path.join(dir, `${stem} (${n})${ext}`);
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

class Checker {
  private readonly taken = new Set<string>();
  /** Every file as the summary sums it up: its forms, or why it could not be read. */
  readonly summaryInputs: SummaryInput[] = [];

  constructor(
    private readonly options: CheckOptions,
    private readonly io: CliIo,
    private readonly progress: Progress,
    private readonly hints: readonly LayoutHint[],
    private readonly profile: Profile
  ) {}

  /** Output for the user; the progress line is cleared first so they never share a line. */
  private out(line: string): void {
    this.progress.clear();
    this.io.stdout.write(line);
  }

  private err(line: string): void {
    this.progress.clear();
    this.io.stderr.write(line);
  }

  private note(line: string): void {
    // With --json, stdout holds the report alone.
    if (this.options.json) this.err(`${line}\n`);
    else this.out(`${line}\n`);
  }

  private failure(target: Target, problem: WorkbookProblem): Outcome {
    const error = formatProblem(problem, this.options.lang);
    this.summaryInputs.push({ file: target.display, sheets: [], error });
    if (!this.options.json) this.err(`${target.display}: ${error}\n`);
    return {
      report: { file: target.display, error, writeError: null, writeWarning: null, sheets: [] },
      failed: true,
    };
  }

  /**
   * Writes the scored workbook; returns a problem when it could not. A workbook holding what
   * exceljs cannot write back is never changed in place; its --write copy goes ahead with a warning.
   */
  private async save(target: Target, checked: Checked): Promise<WorkbookProblem | null> {
    if (this.options.inPlace && path.extname(target.file).toLowerCase() === ".xlsm") {
      return { code: "macro-in-place" };
    }
    if (this.options.inPlace && checked.unkept.length > 0) {
      return { code: "unkept-in-place", features: checked.unkept };
    }
    const evaluations = checked.sheets.flatMap((s) => s.evaluations);
    const plans = plansOf(evaluations);
    await applyEvaluations(checked.port, evaluations);
    const writes = plans.reduce((n, p) => n + p.writes.length, 0);
    const marks = plans.reduce((n, p) => n + p.marks.length, 0);
    const { lang } = this.options;
    try {
      if (this.options.inPlace) {
        const backup = await saveInPlace(checked.port.workbook, target.file);
        const shown = path.join(path.dirname(target.display), path.basename(backup));
        this.note(
          cliMessage("inPlace", { file: target.display, backup: shown, writes, marks }, lang)
        );
        return null;
      }
      const dir = path.resolve(this.io.cwd, this.options.write ?? ".");
      const out = outputPath(dir, target.file, this.taken);
      if (path.resolve(out) === path.resolve(target.file)) return { code: "would-overwrite" };
      await saveWorkbook(checked.port.workbook, out);
      this.note(
        cliMessage(
          "written",
          { file: path.join(this.options.write ?? ".", path.basename(out)), writes, marks },
          lang
        )
      );
      return null;
    } catch (error) {
      return { code: "write-failed", detail: shortDetail(error) };
    }
  }

  /** The warning for a written copy that lacks part of its original, shown and reported. */
  private copyWarning(target: Target, checked: Checked): string | null {
    if (checked.unkept.length === 0 || this.options.inPlace) return null;
    const warning = formatProblem(
      { code: "unkept-in-copy", features: checked.unkept },
      this.options.lang
    );
    this.err(`${target.display}: ${warning}\n`);
    return warning;
  }

  async checkOne(target: Target): Promise<Outcome> {
    if (target.problem) return this.failure(target, target.problem);
    const checked = await checkWorkbook(target.file, this.hints, this.profile);
    if (!("port" in checked)) return this.failure(target, checked);
    this.summaryInputs.push({
      file: target.display,
      sheets: checked.sheets.map(({ grid, evaluations }) => ({
        sheet: grid.sheet,
        grid,
        evaluations,
      })),
    });
    const report = reportFile(target.display, checked.sheets, this.options.lang);
    if (!this.options.json) this.out(renderFile(report, this.options.lang));
    if (this.options.write === undefined && !this.options.inPlace) return { report, failed: false };
    const problem = await this.save(target, checked);
    if (!problem)
      return {
        report: { ...report, writeWarning: this.copyWarning(target, checked) },
        failed: false,
      };
    const writeError = formatProblem(problem, this.options.lang);
    if (!this.options.json) this.err(`${target.display}: ${writeError}\n`);
    return { report: { ...report, writeError }, failed: true };
  }

  /** Checks one target; an unexpected fault becomes that file's error line, and the others go on. */
  async checkSafely(target: Target): Promise<Outcome> {
    try {
      return await this.checkOne(target);
    } catch (error) {
      const message = cliMessage(
        "internalError",
        { message: shortDetail(error) },
        this.options.lang
      );
      this.err(`${target.display}: ${message}\n`);
      if (this.io.env.DEBUG === "1" && error instanceof Error) this.err(`${error.stack}\n`);
      if (!this.summaryInputs.some((input) => input.file === target.display))
        this.summaryInputs.push({ file: target.display, sheets: [], error: message });
      return {
        report: {
          file: target.display,
          error: message,
          writeError: null,
          writeWarning: null,
          sheets: [],
        },
        failed: true,
      };
    }
  }
}

function displayExamples(cwd: string): string {
  const relative = path.relative(cwd, EXAMPLES_DIR);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative)
    ? EXAMPLES_DIR
    : relative;
}

/** `selfeval check`: evaluates every sheet of every workbook, prints the results, sets the exit code. */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<ExitCode> {
  if (options.write !== undefined) {
    try {
      await fs.mkdir(path.resolve(io.cwd, options.write), { recursive: true });
    } catch (error) {
      const problem: WorkbookProblem = { code: "write-failed", detail: shortDetail(error) };
      io.stderr.write(`${options.write}: ${formatProblem(problem, options.lang)}\n`);
      return EXIT.failure;
    }
  }
  let hints: LayoutHint[] = [];
  if (options.layout !== undefined) {
    const read = await readLayoutFile(options.layout, io.cwd, options.lang);
    if (!read.ok) {
      io.stderr.write(`${options.layout}: ${read.message}\n`);
      return EXIT.failure;
    }
    hints = read.hints;
  }
  const profile = await profileOfOption(options.profile, io, options.lang);
  if (!profile) return EXIT.failure;
  const paths = options.paths.length > 0 ? options.paths : [displayExamples(io.cwd)];
  const targets = await collectTargets(paths, io.cwd);
  const summaryFile =
    options.summary === undefined ? undefined : path.resolve(io.cwd, options.summary);
  if (options.summary !== undefined && targets.some((t) => path.resolve(t.file) === summaryFile)) {
    io.stderr.write(`${cliMessage("summaryIsInput", { file: options.summary }, options.lang)}\n`);
    return EXIT.failure;
  }
  const progress = createProgress(io, targets.length, options.lang);
  const checker = new Checker(options, io, progress, hints, profile);
  const used = reportProfile(profile);
  const files: FileReport[] = [];
  let failed = false;
  for (const [index, target] of targets.entries()) {
    progress.step(index, target.display);
    const outcome = await checker.checkSafely(target);
    files.push(outcome.report);
    failed ||= outcome.failed;
  }
  progress.clear();
  const summary = summarize(checker.summaryInputs);
  const report: CheckReport = {
    profile: used,
    files,
    summary: reportSummary(summary, options.lang),
  };
  if (options.summary !== undefined && summaryFile !== undefined) {
    try {
      await writeSummaryFile(summary, summaryFile, options.lang);
      const line = cliMessage(
        "summaryWritten",
        { file: options.summary, forms: summary.totals.forms, unread: summary.unread.length },
        options.lang
      );
      io[options.json ? "stderr" : "stdout"].write(`${line}\n`);
    } catch (error) {
      const problem: WorkbookProblem = { code: "write-failed", detail: shortDetail(error) };
      io.stderr.write(`${options.summary}: ${formatProblem(problem, options.lang)}\n`);
      failed = true;
    }
  }
  if (options.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const line = cliMessage("profileUsed", { name: used.name, hash: used.hash }, options.lang);
    io.stdout.write(`\n${line}\n${cliMessage("summary", tally(report), options.lang)}\n`);
  }
  if (failed) return EXIT.failure;
  if (options.failOn !== "never" && hasFindingsAtLeast(report, options.failOn))
    return EXIT.findings;
  return EXIT.ok;
}
