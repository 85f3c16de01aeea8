import type { Address } from "./grid";
import type { FindingDraft, FindingParams } from "./findings";
import type { Form, TextField } from "./form";
import type { Profile } from "./profile";
import type { FormLocation, Part } from "./locate";
import { finding } from "./finding";
import { roundHalfUp } from "./normalize";
import { textSimilarity } from "./similarity";
import { isStandardLevel2, level1Kind, REQUIRED_KINDS } from "./level-tree";

/** layout.missing-part for each part a form lacks (the title is optional: header.year-missing covers it). */
export function checkParts(
  form: Form,
  loc: FormLocation,
  at: Address,
  columns: Partial<Record<keyof typeof REQUIRED_COLUMNS, number>> | undefined
): FindingDraft[] {
  const missing: Exclude<Part, "title">[] = [];
  if (!form.header.name) missing.push("header");
  if (!form.funds) missing.push("funds");
  if (!form.goals) missing.push("goals");
  if (!loc.anchors.indicators || form.indicators.length === 0) missing.push("indicators");
  if (!form.total) missing.push("total");
  const found = missing.map((part) => finding("layout.missing-part", "error", at, { part }));
  if (form.indicators.length > 0 && columns)
    for (const [key, label] of Object.entries(REQUIRED_COLUMNS))
      if (columns[key as keyof typeof REQUIRED_COLUMNS] === undefined)
        found.push(
          finding("layout.missing-part", "error", loc.anchors.indicators?.address ?? at, {
            part: "indicators",
            column: label,
          })
        );
  return found;
}

/** Indicator columns without which a row cannot be read or scored. */
const REQUIRED_COLUMNS = {
  level3: "三级指标",
  target: "年度指标值",
  actual: "实际完成值",
  weight: "分值",
  score: "得分",
} as const;

export function checkHeader(form: Form, at: Address): FindingDraft[] {
  const f: FindingDraft[] = [];
  const h = form.header;
  type HeaderField = FindingParams["header.field-empty"]["field"];
  const empty = (field: TextField | null, name: HeaderField, severity: "error" | "warning") => {
    if (field && field.text === "")
      f.push(finding("header.field-empty", severity, field.address, { field: name }));
  };
  empty(h.name, "项目名称", "error");
  empty(h.dept, "主管部门", "error");
  empty(h.unit, "实施单位", "warning");
  if (h.year === null) f.push(finding("header.year-missing", "warning", h.title?.address ?? at));
  return f;
}

export function checkGoals(form: Form, profile: Profile): FindingDraft[] {
  const g = form.goals;
  if (!g) return [];
  const f: FindingDraft[] = [];
  if (g.expected.text === "")
    f.push(finding("goals.empty", "error", g.expected.address, { field: "预期目标" }));
  if (g.actual.text === "")
    f.push(finding("goals.empty", "error", g.actual.address, { field: "实际完成情况" }));
  if (g.expected.text !== "" && g.actual.text !== "") {
    const similarity = textSimilarity(g.expected.text, g.actual.text);
    if (similarity >= profile.copiedSimilarity)
      f.push(
        finding("goals.copied", "warning", g.actual.address, {
          similarity: roundHalfUp(similarity * 100, 0),
        })
      );
  }
  return f;
}

/** indicator.level-unknown and indicator.missing-kind over the table. */
export function checkStructure(form: Form, headerAt: Address): FindingDraft[] {
  const f: FindingDraft[] = [];
  for (const ind of form.indicators) {
    const kind = level1Kind(ind.level1.text);
    if (kind === null) {
      f.push(
        finding("indicator.level-unknown", "error", ind.level1.address, {
          level: "一级",
          value: ind.level1.text,
        })
      );
    } else if (!isStandardLevel2(kind, ind.level2.text)) {
      f.push(
        finding("indicator.level-unknown", "warning", ind.level2.address, {
          level: "二级",
          value: ind.level2.text,
          parent: ind.level1.text,
        })
      );
    }
  }
  if (form.indicators.length === 0) return f;
  for (const kind of REQUIRED_KINDS) {
    if (
      !form.indicators.some(
        (i) => i.level2.text.includes(kind) || (kind === "满意度" && i.level1.text.includes(kind))
      )
    )
      f.push(finding("indicator.missing-kind", "warning", headerAt, { kind }));
  }
  return f;
}
