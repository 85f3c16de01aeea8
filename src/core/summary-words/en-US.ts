import type { SummaryLanguage } from "../summary-words";

/** The 汇总表 in en-US. */
export const enUS: SummaryLanguage = {
  labels: {
    sheetName: "Summary",
    title: "Summary of the project expenditure self-evaluations (项目支出绩效自评汇总表)",
    totals: "Total",
    unnamed: "(no 项目名称)",
    hasErrors: "Has errors: open the sheet to check them",
    unreadTitle: "Sheets that could not be read",
    unreadFile: "File",
    unreadSheet: "Sheet",
    unreadReason: "Reason",
    wholeFile: "(the whole file)",
    notAForm: "No 项目支出绩效自评表 found (no labels such as 项目名称 or 一级指标)",
    separator: "; ",
    legendErrors: "Rows shaded red have errors. ",
    legendLinks: "Click a project's name to open its sheet.",
  },
  columns: {
    index: "No.",
    file: "File",
    sheet: "Sheet",
    project: "Project (项目名称)",
    dept: "Department (主管部门)",
    unit: "Implementing unit (实施单位)",
    budget: "Budget (万元)",
    executed: "Spent (万元)",
    rate: "Execution rate",
    fundsWeight: "Funds weight",
    fundsScore: "Funds score",
    total: "Total score",
    writtenTotal: "Total as written (where it differs)",
    grade: "Grade",
    errors: "Errors",
    warnings: "Warnings",
    missingReasons: "Indicators lacking a 偏差原因",
    notes: "Notes",
  },
  messages: {
    unitLine: ({ converted }) =>
      converted > 0
        ? `Amounts in 万元 (10,000 yuan); ${converted} form(s) written in another unit were converted, see the notes`
        : "Amounts in 万元 (10,000 yuan)",
    converted: ({ unit, divisor }) =>
      `Amounts written in ${unit} on the form, divided by ${divisor} into 万元`,
    totalsNote: ({ forms, rateForms, scoreForms }) =>
      `Total row: execution rate = total spent ÷ total budget (${rateForms} of ${forms} forms have both); ` +
      `total score = average weighted by budget (${scoreForms} of ${forms} forms have a score and a budget).`,
    mark: ({ sheet }) =>
      `Made by 绩效自评助手 (sheet "${sheet}"): generating the summary again replaces this whole sheet, so do not type in it.`,
  },
};
