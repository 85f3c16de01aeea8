import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import {
  buildTemplate,
  formatTemplateIssue,
  parseTemplateInput,
  type Lang,
  type TemplateInput,
} from "../core";
import {
  formatProblem,
  openWorkbook,
  saveInPlace,
  saveWorkbook,
  shortDetail,
  XlsxWorkbookPort,
} from "../xlsx";
import { EXIT, type ExitCode } from "./exit-codes";
import type { CliIo } from "./io";
import { cliMessage } from "./messages";
import { profileOfOption } from "./profile-option";

export interface NewOptions {
  /** One sheet per name. */
  names: string[];
  dept?: string;
  unit?: string;
  year?: number;
  out?: string;
  /** Add the sheets to a copy of this workbook (or to it, with inPlace). */
  into?: string;
  /** The rule profile the form is laid out for (--profile): its 一级 rows and weights. */
  profile?: string;
  inPlace: boolean;
  force: boolean;
  lang: Lang;
}

/** Characters Windows and macOS refuse in a file name. */
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f]/g;

function defaultOut(options: NewOptions): string {
  if (options.into !== undefined) {
    // Always .xlsx: exceljs writes no macros, so a copy of an .xlsm is a plain workbook.
    const stem = path.join(
      path.dirname(options.into),
      path.basename(options.into, path.extname(options.into))
    );
    return `${stem}-新表.xlsx`;
  }
  const name = (options.names[0] ?? "自评表").replace(UNSAFE_FILE_CHARS, "_").trim() || "自评表";
  return `${name}.xlsx`;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false
  );
}

/** Validates each project's details with the core's schema; problems come back worded. */
function inputsOf(options: NewOptions): { inputs: TemplateInput[] } | { errors: string[] } {
  const inputs: TemplateInput[] = [];
  const errors: string[] = [];
  for (const name of options.names) {
    const raw: Record<string, unknown> = { name };
    if (options.dept !== undefined) raw.dept = options.dept;
    if (options.unit !== undefined) raw.unit = options.unit;
    if (options.year !== undefined) raw.year = options.year;
    const parsed = parseTemplateInput(raw);
    if (parsed.success) inputs.push(parsed.data);
    else errors.push(...parsed.issues.map((i) => formatTemplateIssue(i, options.lang)));
  }
  return errors.length > 0 ? { errors } : { inputs };
}

/** `selfeval new`: writes blank forms for projects to a new workbook or a copy of an existing one. */
export async function runNew(options: NewOptions, io: CliIo): Promise<ExitCode> {
  const { lang } = options;
  const checked = inputsOf(options);
  if ("errors" in checked) {
    for (const e of checked.errors) io.stderr.write(`selfeval new: ${e}\n`);
    return EXIT.failure;
  }
  const profile = await profileOfOption(options.profile, io, lang);
  if (!profile) return EXIT.failure;
  if (
    options.inPlace &&
    options.into !== undefined &&
    path.extname(options.into).toLowerCase() === ".xlsm"
  ) {
    io.stderr.write(`${options.into}: ${formatProblem({ code: "macro-in-place" }, lang)}\n`);
    return EXIT.failure;
  }
  let workbook: ExcelJS.Workbook;
  if (options.into !== undefined) {
    const opened = await openWorkbook(path.resolve(io.cwd, options.into));
    if (!opened.ok) {
      io.stderr.write(`${options.into}: ${formatProblem(opened.problem, lang)}\n`);
      return EXIT.failure;
    }
    workbook = opened.workbook;
    if (options.inPlace && opened.unkept.length > 0) {
      const problem = { code: "unkept-in-place", features: opened.unkept } as const;
      io.stderr.write(`${options.into}: ${formatProblem(problem, lang)}\n`);
      return EXIT.failure;
    }
    if (opened.unkept.length > 0) {
      const problem = { code: "unkept-in-copy", features: opened.unkept } as const;
      io.stderr.write(`${options.into}: ${formatProblem(problem, lang)}\n`);
    }
  } else {
    workbook = new ExcelJS.Workbook();
  }
  const port = new XlsxWorkbookPort(workbook);
  const names = await port.insertSheets(
    checked.inputs.map((input) => buildTemplate(input, profile))
  );

  try {
    if (options.inPlace && options.into !== undefined) {
      const backup = await saveInPlace(workbook, path.resolve(io.cwd, options.into));
      const shown = path.join(path.dirname(options.into), path.basename(backup));
      const created = cliMessage("created", { file: options.into, sheets: names }, lang);
      io.stdout.write(`${created}\n${cliMessage("backup", { backup: shown }, lang)}\n`);
      return EXIT.ok;
    }
    const out = options.out ?? defaultOut(options);
    const target = path.resolve(io.cwd, out);
    if (!options.force && (await exists(target))) {
      io.stderr.write(`${cliMessage("exists", { file: out }, lang)}\n`);
      return EXIT.failure;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await saveWorkbook(workbook, target);
    io.stdout.write(`${cliMessage("created", { file: out, sheets: names }, lang)}\n`);
    return EXIT.ok;
  } catch (error) {
    const problem = { code: "write-failed", detail: shortDetail(error) } as const;
    io.stderr.write(`${options.out ?? options.into ?? ""}: ${formatProblem(problem, lang)}\n`);
    return EXIT.failure;
  }
}
