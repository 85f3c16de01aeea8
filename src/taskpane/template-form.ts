import { formatTemplateIssue } from "../core/template-words";
import { parseTemplateInput, type TemplateInput } from "../core/template-input";
import type { Strings } from "./i18n";
import type { Lang } from "./pane-actions";

/** The 新建项目表 fields as typed. */
export interface TemplateDraft {
  mode: "one" | "list";
  name: string;
  dept: string;
  unit: string;
  year: string;
  initial: string;
  budget: string;
  executed: string;
  list: string;
}

export type TemplateField =
  "name" | "dept" | "unit" | "year" | "initial" | "budget" | "executed" | "list";

/** Worded problems by field. */
export type TemplateProblems = Partial<Record<TemplateField, string>>;

export type TemplateResult =
  { ok: true; inputs: TemplateInput[] } | { ok: false; problems: TemplateProblems };

/** An empty draft for the given year. */
export function emptyTemplateDraft(year: number): TemplateDraft {
  return {
    mode: "one",
    name: "",
    dept: "",
    unit: "",
    year: String(year),
    initial: "",
    budget: "",
    executed: "",
    list: "",
  };
}

/** An amount typed with optional thousands separators: undefined when blank, null when not a number. */
function readAmount(text: string): number | undefined | null {
  const t = text.trim().replace(/[,，]/g, "");
  if (t === "") return undefined;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** The field a core issue path points at; list items all map to the list box. */
function fieldOfPath(path: string, mode: TemplateDraft["mode"]): TemplateField {
  const head = path.split(".");
  if (
    head[0] === "funds" &&
    (head[1] === "initial" || head[1] === "budget" || head[1] === "executed")
  )
    return head[1];
  if (head[0] === "name") return mode === "list" ? "list" : "name";
  if (head[0] === "dept" || head[0] === "unit" || head[0] === "year") return head[0];
  return mode === "list" ? "list" : "name";
}

/**
 * Turns the draft into template inputs (主管部门, 实施单位 and year shared by a list), or
 * says which field is wrong; the core's schema has the last word on every input.
 */
export function readTemplateDraft(draft: TemplateDraft, s: Strings, lang: Lang): TemplateResult {
  const problems: TemplateProblems = {};
  const yearText = draft.year.trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  if (yearText !== "" && year === undefined) problems.year = s.yearInvalid;
  const common: Omit<TemplateInput, "name"> = {};
  if (draft.dept.trim()) common.dept = draft.dept.trim();
  if (draft.unit.trim()) common.unit = draft.unit.trim();
  if (year !== undefined) common.year = year;
  let inputs: TemplateInput[];
  if (draft.mode === "list") {
    const names = draft.list
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "");
    if (names.length === 0) problems.list = s.nameRequired;
    inputs = names.map((name) => ({ name, ...common }));
  } else {
    const name = draft.name.trim();
    if (name === "") problems.name = s.nameRequired;
    const funds: NonNullable<TemplateInput["funds"]> = {};
    for (const field of ["initial", "budget", "executed"] as const) {
      const amount = readAmount(draft[field]);
      if (amount === null) problems[field] = s.invalidNumber;
      else if (amount !== undefined) funds[field] = amount;
    }
    const input: TemplateInput = { name, ...common };
    if (Object.keys(funds).length > 0) input.funds = funds;
    inputs = [input];
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  for (const input of inputs) {
    const parsed = parseTemplateInput(input);
    if (parsed.success) continue;
    for (const issue of parsed.issues) {
      const field = fieldOfPath(issue.path, draft.mode);
      const where = draft.mode === "list" && field === "list" ? `${input.name}：` : "";
      problems[field] ??= `${where}${formatTemplateIssue(issue, lang)}`;
    }
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, inputs };
}
