import { checkWritable, uniform, updateEach, type RangeTarget } from "./cells";
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext, Transaction } from "./context";
import { FakeOfficeError } from "./errors";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type BorderEdge, type FakeCell } from "./model";

type Resolver = (tx: Transaction) => RangeTarget;

const HEX = /^#?([0-9A-Fa-f]{6})$/;

/** "#ffc7ce" or "FFC7CE" → "FFC7CE"; other colour syntaxes are refused loudly. */
export function normaliseColor(color: unknown): string {
  const match = typeof color === "string" ? HEX.exec(color.trim()) : null;
  if (!match?.[1])
    throw new FakeOfficeError(
      "InvalidArgument",
      `colour "${String(color)}" (the fake takes #RRGGBB)`
    );
  return match[1].toUpperCase();
}

function uniformOver<T>(from: number, to: number, pick: (i: number) => T): T | null {
  const first = pick(from);
  for (let i = from + 1; i <= to; i += 1) if (pick(i) !== first) return null;
  return first;
}

/** A fake Excel.RangeFormat. */
export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  private fillProxy: FakeRangeFill | undefined;
  private fontProxy: FakeRangeFont | undefined;
  private bordersProxy: FakeRangeBorderCollection | undefined;
  private readonly target: Resolver;

  constructor(context: FakeRequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
    this.target = resolver;
  }

  protected defaultLoad(): string[] {
    return ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"];
  }

  protected readProperty(_tx: Transaction, t: RangeTarget, name: string): unknown {
    switch (name) {
      case "columnWidth":
        return uniformOver(
          t.area.left,
          t.area.right,
          (c) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH
        );
      case "rowHeight":
        return uniformOver(
          t.area.top,
          t.area.bottom,
          (r) => t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT
        );
      case "horizontalAlignment":
        return uniform(t, (cell) => cell?.hAlign ?? "General");
      case "verticalAlignment":
        return uniform(t, (cell) => cell?.vAlign ?? "Bottom");
      case "wrapText":
        return uniform(t, (cell) => cell?.wrap ?? false);
      default:
        throw new FakeOfficeError(
          "InvalidArgument",
          `RangeFormat has no property "${name}" in the fake`
        );
    }
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.write("columnWidth", points, (tx, t) => {
      checkWritable(t);
      for (let c = t.area.left; c <= t.area.right; c += 1)
        tx.workbook.setColumnWidth(t.sheet, c, points);
    });
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.write("rowHeight", points, (tx, t) => {
      checkWritable(t);
      for (let r = t.area.top; r <= t.area.bottom; r += 1)
        tx.workbook.setRowHeight(t.sheet, r, points);
    });
  }

  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.write("horizontalAlignment", value, (tx, t) =>
      updateEach(tx.workbook, t, (cell) => {
        cell.hAlign = value;
      })
    );
  }

  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.write("verticalAlignment", value, (tx, t) =>
      updateEach(tx.workbook, t, (cell) => {
        cell.vAlign = value;
      })
    );
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    this.write("wrapText", value, (tx, t) =>
      updateEach(tx.workbook, t, (cell) => {
        cell.wrap = value;
      })
    );
  }

  get fill(): FakeRangeFill {
    this.fillProxy ??= new FakeRangeFill(this.context, `${this.path}.fill`, this.target);
    return this.fillProxy;
  }

  get font(): FakeRangeFont {
    this.fontProxy ??= new FakeRangeFont(this.context, `${this.path}.font`, this.target);
    return this.fontProxy;
  }

  get borders(): FakeRangeBorderCollection {
    this.bordersProxy ??= new FakeRangeBorderCollection(
      this.context,
      `${this.path}.borders`,
      this.target
    );
    return this.bordersProxy;
  }
}

/** A fake Excel.RangeFill: solid colours only. */
export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  protected defaultLoad(): string[] {
    return ["color"];
  }

  protected readProperty(tx: Transaction, t: RangeTarget, name: string): unknown {
    switch (name) {
      case "color":
        // Office.js reports an unfilled cell as white, and mixed fills as null.
        return uniform(t, (cell) => (cell?.fill ? `#${cell.fill}` : "#FFFFFF"));
      case "pattern":
        tx.requireApi("1.9", "RangeFill.pattern");
        return uniform(t, (cell) => (cell?.fill ? "Solid" : "None"));
      default:
        throw new FakeOfficeError(
          "InvalidArgument",
          `RangeFill has no property "${name}" in the fake`
        );
    }
  }

  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value, (tx, t) => {
      const fill = normaliseColor(value);
      updateEach(tx.workbook, t, (cell) => {
        cell.fill = fill;
      });
    });
  }

  get pattern(): string {
    return this.read("pattern");
  }

  clear(): void {
    this.call("clear", [], (tx, t) =>
      updateEach(tx.workbook, t, (cell) => {
        delete cell.fill;
      })
    );
  }
}

type FontKey = "name" | "size" | "bold" | "color";
const FONT_DEFAULTS: Record<FontKey, string | number | boolean> = {
  name: "Calibri",
  size: 11,
  bold: false,
  color: "#000000",
};

/** A fake Excel.RangeFont. */
export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
  }

  protected defaultLoad(): string[] {
    return ["name", "size", "bold", "color"];
  }

  protected readProperty(_tx: Transaction, t: RangeTarget, name: string): unknown {
    if (!(name in FONT_DEFAULTS)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `RangeFont has no property "${name}" in the fake`
      );
    }
    const key = name as FontKey;
    return uniform(t, (cell) => cell?.font?.[key] ?? FONT_DEFAULTS[key]);
  }

  private setFont(key: FontKey, value: string | number | boolean): void {
    this.write(key, value, (tx, t) =>
      updateEach(tx.workbook, t, (cell) => {
        cell.font = { ...cell.font, [key]: key === "color" ? `#${normaliseColor(value)}` : value };
      })
    );
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.setFont("name", value);
  }
  get size(): number {
    return this.read("size");
  }
  set size(value: number) {
    this.setFont("size", value);
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.setFont("bold", value);
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setFont("color", value);
  }
}

type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/** For each border index, the cells and edges it covers within the range. */
function edgesOf(index: BorderIndex, t: RangeTarget): [number, number, BorderEdge][] {
  const out: [number, number, BorderEdge][] = [];
  const { top, left, bottom, right } = t.area;
  for (let r = top; r <= bottom; r += 1) {
    for (let c = left; c <= right; c += 1) {
      if (index === "EdgeTop" && r === top) out.push([r, c, "top"]);
      if (index === "EdgeBottom" && r === bottom) out.push([r, c, "bottom"]);
      if (index === "EdgeLeft" && c === left) out.push([r, c, "left"]);
      if (index === "EdgeRight" && c === right) out.push([r, c, "right"]);
      if (index === "InsideHorizontal" && r > top) out.push([r, c, "top"], [r - 1, c, "bottom"]);
      if (index === "InsideVertical" && c > left) out.push([r, c, "left"], [r, c - 1, "right"]);
    }
  }
  return out;
}

const BORDER_INDEXES: BorderIndex[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
];

/** A fake Excel.RangeBorderCollection. */
export class FakeRangeBorderCollection extends FakeClientObject<RangeTarget> {
  private readonly target: Resolver;

  constructor(context: FakeRequestContext, path: string, resolver: Resolver) {
    super(context, path, resolver);
    this.target = resolver;
  }

  protected defaultLoad(): string[] {
    return [];
  }

  protected readProperty(): unknown {
    throw new FakeOfficeError("NotImplemented", "load a border through getItem() in the fake");
  }

  getItem(index: string): FakeRangeBorder {
    if (!BORDER_INDEXES.includes(index as BorderIndex)) {
      throw new FakeOfficeError("InvalidArgument", `border "${index}"`);
    }
    return new FakeRangeBorder(
      this.context,
      `${this.path}.getItem(${index})`,
      this.target,
      index as BorderIndex
    );
  }
}

/** A fake Excel.RangeBorder: line style per edge ("Continuous", "None"). */
export class FakeRangeBorder extends FakeClientObject<RangeTarget> {
  private readonly index: BorderIndex;

  constructor(context: FakeRequestContext, path: string, resolver: Resolver, index: BorderIndex) {
    super(context, path, resolver);
    this.index = index;
  }

  protected defaultLoad(): string[] {
    return ["style", "weight"];
  }

  protected readProperty(tx: Transaction, t: RangeTarget, name: string): unknown {
    const styles = edgesOf(this.index, t).map(
      ([r, c, edge]) => tx.workbook.cell(t.sheet, r, c)?.borders?.[edge] ?? "None"
    );
    const style = styles.every((s) => s === styles[0]) ? (styles[0] ?? "None") : null;
    if (name === "style") return style;
    if (name === "weight") return style === null ? null : "Thin";
    throw new FakeOfficeError(
      "InvalidArgument",
      `RangeBorder has no property "${name}" in the fake`
    );
  }

  get style(): string {
    return this.read("style");
  }
  set style(value: string) {
    this.write("style", value, (tx, t) => {
      checkWritable(t);
      for (const [r, c, edge] of edgesOf(this.index, t)) {
        tx.workbook.updateCell(t.sheet, r, c, (cell: FakeCell) => {
          const borders = { ...cell.borders };
          if (value === "None") delete borders[edge];
          else borders[edge] = value;
          if (Object.keys(borders).length === 0) delete cell.borders;
          else cell.borders = borders;
        });
      }
    });
  }

  get weight(): string {
    return this.read("weight");
  }
  set weight(value: string) {
    // The fake keeps line styles only; the weight is accepted as Excel accepts it.
    this.write("weight", value, (_tx, t) => checkWritable(t));
  }
}
