import type { CliLanguage } from "../messages";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The command line's own wording in en-US. */
export const enUS: CliLanguage = {
  labels: {
    blankSheet: "blank sheet, skipped",
    summarySheet: "a summary 绩效自评助手 generated, skipped",
    noForm: "no form found",
    total: "total",
    grade: "grade",
    rate: "execution rate",
    sheet: "sheet",
    noFindings: "no findings",
    checking: "checking",
  },
  messages: {
    summary: (t) => {
      const unreadable = t.unreadable > 0 ? ` (${t.unreadable} could not be read)` : "";
      return `Checked ${plural(t.files, "workbook")}${unreadable}, ${plural(t.forms, "form")}: ${plural(t.error, "error")}, ${plural(t.warning, "warning")}, ${t.info} info.`;
    },
    written: (p) => `Wrote ${p.file} (${p.writes} computed cells filled, ${p.marks} cells marked)`,
    inPlace: (p) =>
      `Updated ${p.file} (${p.writes} computed cells filled, ${p.marks} cells marked); the original is kept as ${p.backup}`,
    backup: (p) => `The original is kept as ${p.backup}`,
    created: (p) =>
      `Created ${p.file} with the sheet${p.sheets.length === 1 ? "" : "s"} ${p.sheets.join(", ")}`,
    exists: (p) =>
      `${p.file}: the file exists, nothing written; choose another name with --out, or add --force to overwrite it`,
    internalError: (p) =>
      `selfeval: internal error: ${p.message} (set DEBUG=1 for details and report it to the maintainers)`,
    summaryWritten: (p) =>
      `Wrote the summary ${p.file} (${plural(p.forms, "form")}${p.unread > 0 ? `; ${p.unread} sheet(s) or file(s) could not be read, listed at the end` : ""})`,
    summaryIsInput: (p) =>
      `${p.file}: the summary file is one of the workbooks checked, nothing written; write the summary outside the files and folders checked`,
    usageHint: () => "Usage error: run selfeval --help for usage.",
    layoutUnreadable: () => "the layout file cannot be read",
    layoutNotJson: () => "the layout file is not valid JSON",
    profileUsed: (p) => `Rule profile: ${p.name} (${p.hash.slice(0, 19)})`,
    profileUnknown: (p) =>
      `neither a built-in profile nor a file that exists; the built-in profiles are ${p.known.join(", ")} (run selfeval profiles)`,
    profileUnreadable: () => "the profile file cannot be read",
    profileNotJson: () => "the profile file is not valid JSON",
    profileMore: (p) => `${p.problem} (and ${p.more} more problem${p.more === 1 ? "" : "s"})`,
    profileHeading: (p) =>
      `${p.name}${p.base === null ? " (the default)" : ` (extends ${p.base})`}: ${p.summary}`,
    profileRule: (p) => `  ${p.rule} (${p.key}): ${p.value}; mof-2020: ${p.root}`,
  },
};
