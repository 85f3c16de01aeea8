import type { ResultWording } from "../result-words";

/** The result dialog of 一键校验 in en-US. */
export const enUS: ResultWording = {
  close: () => "OK",
  noFormTitle: (p) => `No self-evaluation form on "${p.sheet}"`,
  noFormHint: () =>
    "Switch to a sheet that holds a 项目支出绩效自评表 and choose Validate Sheet again, or use New Project Sheet to add a blank form.",
  failedTitle: () => "The check did not complete",
  checkedTitle: (p) => `"${p.sheet}" checked` + (p.clean ? ": no problems found" : ""),
  form: (p) => {
    const name = p.project ?? "(no project name)";
    const score =
      p.total === null
        ? "total not computable"
        : `total ${p.total}` + (p.grade ? ` (${p.grade})` : "");
    return `${name}: ${score}; ${p.errors} errors, ${p.warnings} warnings, ${p.infos} notes`;
  },
  changes: (p) =>
    p.writes === 0 && p.marks === 0
      ? "The sheet was not changed."
      : `Wrote ${p.writes} computed cells and marked ${p.marks} cells that need attention. Open Assistant shows the details and can restore the previous values.`,
  pruned: (p) =>
    `The restore record was near the workbook's size limit, so the record of ${p.cells} cells of earlier writes was removed: Restore still undoes this write but no longer puts those cells back.`,
  profile: (p) => `Scoring rules: ${p.id} (chosen in Open Assistant › Settings).`,
  profileRefused: () =>
    "The scoring rules saved with this workbook are not valid, so this check scored by the default rules, mof-2020. Open Assistant › Settings says why and lets you choose rules again.",
};
