import type { Lang } from "../core";

/**
 * Why a file could not be checked: a closed set, worded in one place as
 * "what is wrong; what to do" in zh-CN and en-US.
 */
export type WorkbookProblem =
  | { code: "not-found" }
  | { code: "unreadable"; detail: string }
  | { code: "folder-empty" }
  | { code: "empty-file" }
  | { code: "too-large"; bytes: number; limit: number }
  | { code: "old-xls" }
  | { code: "encrypted" }
  | { code: "ole2" }
  | { code: "markup" }
  | { code: "not-a-workbook" }
  | { code: "corrupt"; detail: string }
  /** The declared sizes add up past the limit, or a part unpacks to more than it declares. */
  | { code: "zip-bomb"; bytes: number; limit: number }
  | { code: "zip-bomb"; part: string; declared: number }
  | { code: "too-many-parts"; count: number; limit: number }
  | { code: "empty-workbook" }
  | { code: "would-overwrite" }
  | { code: "macro-in-place" }
  | { code: "write-failed"; detail: string };

export type WorkbookProblemCode = WorkbookProblem["code"];

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** The problem as one line in the user's language: what is wrong, then what to do. */
export function formatProblem(problem: WorkbookProblem, lang: Lang = "zh-CN"): string {
  const zh = lang === "zh-CN";
  switch (problem.code) {
    case "not-found":
      return zh ? "找不到该文件或文件夹，请检查路径" : "No such file or folder; check the path";
    case "unreadable":
      return zh
        ? `无法读取（${problem.detail}），请检查文件权限`
        : `Cannot be read (${problem.detail}); check the file's permissions`;
    case "folder-empty":
      return zh
        ? "文件夹中没有 .xlsx 工作簿，请指定包含自评表的文件或文件夹"
        : "The folder holds no .xlsx workbook; give a file or a folder with the forms";
    case "empty-file":
      return zh
        ? "文件是空的（0 字节），不是工作簿；请重新获取该文件"
        : "The file is empty (0 bytes), not a workbook; get the file again";
    case "too-large":
      return zh
        ? `文件过大（${mb(problem.bytes)} MB，上限 ${mb(problem.limit)} MB），请删去与自评表无关的工作表后再检查`
        : `The file is too large (${mb(problem.bytes)} MB, limit ${mb(problem.limit)} MB); remove sheets unrelated to the forms and check again`;
    case "old-xls":
      return zh
        ? "旧版 .xls 格式，请在 Excel 中另存为 .xlsx"
        : "Old .xls format; open it in Excel and save it as .xlsx";
    case "encrypted":
      return zh
        ? "工作簿设有打开密码（已加密），无法读取；请在 Excel 中删除密码（文件 › 信息 › 保护工作簿）后另存为 .xlsx"
        : "The workbook is password-protected (encrypted); remove the password in Excel (File › Info › Protect Workbook) and save it as .xlsx";
    case "ole2":
      return zh
        ? "旧版 .xls 或设有打开密码的工作簿，无法读取；请在 Excel 中取消密码并另存为 .xlsx"
        : "An old .xls or a password-protected workbook; remove any password in Excel and save it as .xlsx";
    case "markup":
      return zh
        ? "文件实际是网页（HTML/XML）格式，并非真正的 Excel 工作簿；请在 Excel 中打开并另存为 .xlsx"
        : "The file is really a web page (HTML/XML), not an Excel workbook; open it in Excel and save it as .xlsx";
    case "not-a-workbook":
      return zh
        ? "不是 Excel 工作簿（.xlsx），请确认选对了文件"
        : "Not an Excel workbook (.xlsx); check that this is the right file";
    case "corrupt":
      return zh
        ? `文件已损坏或不完整（${problem.detail}），请在 Excel 中打开、修复并另存为 .xlsx，或重新获取该文件`
        : `The file is damaged or incomplete (${problem.detail}); open and repair it in Excel and save it as .xlsx, or get it again`;
    case "zip-bomb":
      if ("part" in problem)
        return zh
          ? `压缩包内的部件 ${problem.part} 解压后超过其声明的 ${problem.declared} 字节，可能是损坏或恶意的文件，未读取；请确认文件来源`
          : `The part ${problem.part} unpacks to more than the ${problem.declared} bytes it declares: a damaged or malicious file, not read; check where it came from`;
      return zh
        ? `解压后的内容过大（至少 ${mb(problem.bytes)} MB，上限 ${mb(problem.limit)} MB），可能是损坏或恶意的文件，未读取；请确认文件来源`
        : `Unpacks to too much data (at least ${mb(problem.bytes)} MB, limit ${mb(problem.limit)} MB): a damaged or malicious file, not read; check where it came from`;
    case "too-many-parts":
      return zh
        ? `压缩包内部件过多（${problem.count} 个，上限 ${problem.limit} 个），不像正常的工作簿，未读取；请确认文件来源`
        : `Too many parts inside (${problem.count}, limit ${problem.limit}) for a normal workbook, not read; check where it came from`;
    case "empty-workbook":
      return zh
        ? "工作簿中没有任何内容（没有工作表或工作表都是空的），请确认是否选错了文件"
        : "The workbook holds nothing (no sheets, or only empty ones); check that this is the right file";
    case "would-overwrite":
      return zh
        ? "输出文件会覆盖原文件，未写入；请为 --write 换一个文件夹，或使用 --in-place（会先备份）"
        : "The output would overwrite the input, nothing written; give --write another folder, or use --in-place (which keeps a backup)";
    case "macro-in-place":
      return zh
        ? "启用宏的工作簿（.xlsm）不能原地修改（写入后会丢失宏），未写入；请改为写出 .xlsx 副本（check 用 --write，new 用 --out）"
        : "A macro-enabled workbook (.xlsm) cannot be changed in place (its macros would be lost), nothing written; write an .xlsx copy instead (--write for check, --out for new)";
    case "write-failed":
      return zh
        ? `无法写入输出文件（${problem.detail}），请检查目标文件夹是否可写、文件是否在 Excel 中打开`
        : `Cannot write the output (${problem.detail}); check that the folder is writable and the file is not open in Excel`;
  }
}

/** Error carrying a WorkbookProblem, for the few places that must throw. */
export class WorkbookProblemError extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(formatProblem(problem, "en-US"));
    this.name = "WorkbookProblemError";
  }
}
