import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { readFileSync } from "fs";
import path from "path";
import type { Lang } from "../core";
import type { CheckOptions, FailOn } from "./check";
import { summaryFormatOf } from "./summary-file";
import type { NewOptions } from "./new";
import type { ProfilesOptions } from "./profiles";

/**
 * Command-line parsing as a pure function: argv in, a description of what to do
 * out. Nothing is printed and nothing exits here; help and usage errors come back
 * as text for main() to print.
 */
export type ParsedArgs =
  | { kind: "check"; options: CheckOptions }
  | { kind: "new"; options: NewOptions }
  | { kind: "profiles"; options: ProfilesOptions }
  /** --help or --version: print on stdout, exit 0. */
  | { kind: "info"; text: string }
  /** A usage error: print on stderr, exit 2. */
  | { kind: "usage"; text: string };

const LANGS: Record<string, Lang> = {
  zh: "zh-CN",
  "zh-CN": "zh-CN",
  en: "en-US",
  "en-US": "en-US",
};

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || !Number.isInteger(year)) {
    throw new InvalidArgumentError(
      "年度应为四位数字，例如 2022 (the year must have four digits, e.g. 2022)"
    );
  }
  return year;
}

/** Repeated --name values; no default, so that --name stays required. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function profileOption(): Option {
  return new Option(
    "--profile <name|file>",
    "评分规则：内置规则的名称或规则文件（.json），默认 mof-2020 (rule profile: a built-in's name or a profile file; mof-2020 by default; see selfeval profiles)"
  );
}

function langOption(): Option {
  return new Option("--lang <lang>", "输出语言 (output language)")
    .choices(Object.keys(LANGS))
    .default("zh");
}

const HELP_AFTER = `
示例 (examples):
  selfeval check                      检查 examples/ 中的示例工作簿
  selfeval check 2021自评/ --write 已评分/
  selfeval check 项目.xlsx --json > report.json
  selfeval check 2022自评/ --profile province-2022
  selfeval profiles                   列出内置评分规则
  selfeval check 2021自评/ --summary 汇总.xlsx   各项目汇总为一张表（也可为 .csv）
  selfeval new --name 应急物资储备项目 --dept 应急管理局 --year 2022

退出码 (exit codes): 0 无 --fail-on 级别的问题；1 有；2 用法错误或文件无法读取/写入。`;

function buildProgram(done: (parsed: ParsedArgs) => void): Command {
  const program = new Command("selfeval")
    .description(
      "绩效自评助手：检查并评分项目支出绩效自评表 (check and score 项目支出绩效自评表 workbooks)"
    )
    .version(version(), "-v, --version", "显示版本 (show the version)")
    .helpOption("-h, --help", "显示帮助 (show help)")
    .addHelpText("after", HELP_AFTER)
    .showSuggestionAfterError(true);

  program
    .command("check")
    .description("检查工作簿中的每张自评表 (check every form in the workbooks)")
    .argument(
      "[paths...]",
      "文件或文件夹，默认为 examples/ (files or folders; examples/ when none)"
    )
    .option("--json", "输出 JSON 报告 (print a JSON report on stdout)", false)
    .option("--write <dir>", "把评分后的副本写入该文件夹 (write scored copies into this folder)")
    .option(
      "--in-place",
      "直接修改原文件，先备份为 name.bak.xlsx (score the files themselves, after a backup)",
      false
    )
    .addOption(
      new Option(
        "--fail-on <level>",
        "此级别及以上的问题使退出码为 1 (exit 1 on findings at this level)"
      )
        .choices(["error", "warning", "never"])
        .default("error")
    )
    .option(
      "--layout <file>",
      "布局文件：指定读不出的表头标签是哪一列（格式同 --json 报告中的 layout）(a file naming the labels the reader cannot read by itself, in the shape --json reports as layout)"
    )
    .option(
      "--summary <file>",
      "把所有自评表的汇总表写入 .xlsx 或 .csv 文件 (write the summary of every form to an .xlsx or .csv file)"
    )
    .addOption(profileOption())
    .addOption(langOption())
    .action((paths: string[], opts: Record<string, unknown>) => {
      if (typeof opts.summary === "string" && summaryFormatOf(opts.summary) === null) {
        throw new CommanderError(
          2,
          "selfeval.conflict",
          "error: --summary takes a file ending in .xlsx or .csv (--summary 的文件名须以 .xlsx 或 .csv 结尾)"
        );
      }
      if (opts.write !== undefined && opts.inPlace === true) {
        throw new CommanderError(
          2,
          "selfeval.conflict",
          "error: --write and --in-place cannot be used together (--write 与 --in-place 不能同时使用)"
        );
      }
      const options: CheckOptions = {
        paths,
        json: opts.json === true,
        inPlace: opts.inPlace === true,
        failOn: opts.failOn as FailOn,
        lang: LANGS[String(opts.lang)] ?? "zh-CN",
      };
      if (typeof opts.write === "string") options.write = opts.write;
      if (typeof opts.layout === "string") options.layout = opts.layout;
      if (typeof opts.summary === "string") options.summary = opts.summary;
      if (typeof opts.profile === "string") options.profile = opts.profile;
      done({ kind: "check", options });
    });

  program
    .command("profiles")
    .description(
      "列出内置评分规则及其与 mof-2020 的不同 (list the built-in rule profiles and how they differ from mof-2020)"
    )
    .option(
      "--json",
      "输出 JSON：每套规则的全部规则值和哈希 (print every rule and the hash as JSON)",
      false
    )
    .addOption(langOption())
    .action((opts: Record<string, unknown>) => {
      done({
        kind: "profiles",
        options: { json: opts.json === true, lang: LANGS[String(opts.lang)] ?? "zh-CN" },
      });
    });

  program
    .command("new")
    .description("生成空白自评表 (write a blank form for each project)")
    .requiredOption(
      "--name <name>",
      "项目名称，可重复以生成多张表 (project name; repeat for several sheets)",
      collect
    )
    .option("--dept <dept>", "主管部门 (supervising department)")
    .option("--unit <unit>", "实施单位 (implementing unit)")
    .option("--year <year>", "年度，例如 2022 (year)", parseYear)
    .option("--out <file>", "输出文件，默认为“项目名称.xlsx” (output file)")
    .option("--into <file>", "把新表加入该工作簿的副本 (add the sheets to a copy of this workbook)")
    .option(
      "--in-place",
      "与 --into 一起使用：直接加入该工作簿，先备份 (with --into: add to it, after a backup)",
      false
    )
    .option("--force", "覆盖已存在的输出文件 (overwrite an existing output file)", false)
    .addOption(profileOption())
    .addOption(langOption())
    .action((opts: Record<string, unknown>) => {
      if (opts.inPlace === true && opts.into === undefined) {
        throw new CommanderError(
          2,
          "selfeval.conflict",
          "error: --in-place needs --into (--in-place 须与 --into 一起使用)"
        );
      }
      if (opts.inPlace === true && opts.out !== undefined) {
        throw new CommanderError(
          2,
          "selfeval.conflict",
          "error: --out and --in-place cannot be used together (--out 与 --in-place 不能同时使用)"
        );
      }
      const options: NewOptions = {
        names: opts.name as string[],
        inPlace: opts.inPlace === true,
        force: opts.force === true,
        lang: LANGS[String(opts.lang)] ?? "zh-CN",
      };
      for (const key of ["dept", "unit", "out", "into", "profile"] as const) {
        if (typeof opts[key] === "string") options[key] = opts[key];
      }
      if (typeof opts.year === "number") options.year = opts.year;
      done({ kind: "new", options });
    });
  return program;
}

/** Parses the arguments after `selfeval` (process.argv.slice(2)). */
export function parseArgs(argv: string[]): ParsedArgs {
  let out = "";
  let err = "";
  let parsed: ParsedArgs | undefined;
  const program = buildProgram((p) => {
    parsed = p;
  });
  const capture = (command: Command): void => {
    command.exitOverride().configureOutput({
      writeOut: (text) => {
        out += text;
      },
      writeErr: (text) => {
        err += text;
      },
    });
    command.commands.forEach(capture);
  };
  capture(program);
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") {
      return { kind: "info", text: out };
    }
    const message =
      error.code === "selfeval.conflict" ? `${error.message}\n` : err || `${error.message}\n`;
    return { kind: "usage", text: message };
  }
  if (parsed) return parsed;
  // No command at all: the help, as a usage error.
  return { kind: "usage", text: program.helpInformation() };
}
