import type { Address } from "./grid";
import type { LabelKey } from "./labels";
import type { LabelCell, SheetView } from "./sheet-view";

/** The parts of a form in reading order; a part seen again, or an earlier one, starts a new form. */
export const PARTS = ["title", "header", "funds", "goals", "indicators", "total"] as const;
export type Part = (typeof PARTS)[number];

/** The label that anchors each part. */
const ANCHOR: Partial<Record<LabelKey, Part>> = {
  title: "title",
  yearLine: "title",
  name: "header",
  funds: "funds",
  goals: "goals",
  level1: "indicators",
  total: "total",
};

export interface FormLocation {
  /** Rows [top, bottom] the form may read. */
  top: number;
  bottom: number;
  anchors: Partial<Record<Part, LabelCell>>;
  /** The year line, when separate from the title. */
  yearLine?: LabelCell;
}

function partOfLabel(label: LabelCell): Part | undefined {
  return ANCHOR[label.key];
}

/**
 * Splits a sheet into forms by the order of their anchor labels, so stacked forms,
 * shifted tables and missing parts are all found without fixed positions.
 */
export function locateForms(view: SheetView): FormLocation[] {
  const forms: FormLocation[] = [];
  let current: FormLocation | undefined;
  let lastPart = -1;
  for (const row of view.labelRows) {
    for (const label of view.labelsByRow.get(row) ?? []) {
      const part = partOfLabel(label);
      if (!part) continue;
      const order = PARTS.indexOf(part);
      // 总分/合计 ends a form only below its indicator header; elsewhere (a funds 合计, a
      // 总分 typed into the header row) it is an ordinary cell.
      if (
        part === "total" &&
        !(current?.anchors.indicators && current.anchors.indicators.address.row < row)
      )
        continue;
      // "（2021年度）" under the title belongs to the same form.
      if (label.key === "yearLine" && current && lastPart === 0 && !current.yearLine) {
        current.yearLine = label;
        continue;
      }
      if (!current || order <= lastPart) {
        if (current) forms.push(current);
        current = { top: row, bottom: row, anchors: {} };
      }
      if (label.key === "yearLine") current.yearLine = label;
      else current.anchors[part] ??= label;
      lastPart = order;
    }
  }
  if (current) forms.push(current);
  // A form reaches down to the row before the next one starts.
  forms.forEach((f, i) => {
    const next = forms[i + 1];
    f.bottom = next ? next.top - 1 : view.area.bottom;
  });
  return forms.filter(isForm);
}

/** A stray 合计 or 项目名称 is not a form: it needs its indicator table, or a header with funds. */
function isForm(f: FormLocation): boolean {
  return (
    f.anchors.indicators !== undefined ||
    (f.anchors.header !== undefined && f.anchors.funds !== undefined)
  );
}

export function topLeftOf(f: FormLocation): Address {
  const cells = Object.values(f.anchors).map((l) => l.address);
  return { row: f.top, col: Math.min(...cells.map((c) => c.col)) };
}
