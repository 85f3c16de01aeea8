import type { Header } from "./form";
import { yearOf } from "./label-dictionary";
import type { FormLocation } from "./locate";
import { findLabelInRow, valueRightOf, type SheetView } from "./sheet-view";
import { textField } from "./fields";

/** Reads title, year, 项目名称, 主管部门 and 实施单位 relative to their labels. */
export function readHeader(view: SheetView, loc: FormLocation): Header {
  const title = loc.anchors.title;
  const yearSource = loc.yearLine ?? title;
  const year = yearSource ? yearOf(yearSource.compact) : null;
  const nameLabel = loc.anchors.header;
  let name = null;
  let dept = null;
  let unit = null;
  if (nameLabel) {
    name = textField(view, valueRightOf(view, nameLabel.address).address);
    // 主管部门 and 实施单位 usually share the row below the name; search a few rows.
    for (let r = nameLabel.address.row; r <= Math.min(loc.bottom, nameLabel.address.row + 3); r++) {
      const deptLabel = findLabelInRow(view, r, "dept");
      const unitLabel = findLabelInRow(view, r, "unit");
      if (deptLabel && !dept) {
        const stop =
          unitLabel && unitLabel.address.col > deptLabel.address.col
            ? unitLabel.address.col
            : undefined;
        dept = textField(view, valueRightOf(view, deptLabel.address, stop).address);
      }
      if (unitLabel && !unit) unit = textField(view, valueRightOf(view, unitLabel.address).address);
    }
  }
  return {
    title: title ? textField(view, title.address) : null,
    year,
    yearAddress: yearSource && year !== null ? yearSource.address : null,
    name,
    dept,
    unit,
  };
}
