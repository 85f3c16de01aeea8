import {
  hintFromCell,
  hintsForSheet,
  parseLayoutHints,
  pointHeader,
  storedHints,
  validateSheets,
  withHint,
  withoutHint,
  type LayoutHint,
  type LayoutHints,
} from "../../src/core";
import { loadSampleGrids } from "../helpers/sample";

const hints = (...list: LayoutHint[]): LayoutHints => ({ version: 1, hints: list });
const G12 = { row: 11, col: 6 };

describe("layout hints taken in the pane (指定列)", () => {
  it("takes a selected label as a hint for its sheet, with the cell it was taken at", () => {
    expect(hintFromCell("weight", "项目A", G12, " 配分 ")).toEqual({
      ok: true,
      hint: { field: "weight", text: "配分", cell: "G12", sheet: "项目A" },
    });
  });

  it("takes a blank header cell by its place, and refuses numbers and long texts", () => {
    expect(hintFromCell("weight", "项目A", G12, null)).toEqual({
      ok: true,
      hint: { field: "weight", text: "", cell: "G12", sheet: "项目A" },
    });
    expect(hintFromCell("weight", "项目A", G12, 20)).toEqual({ ok: false, refusal: "number" });
    expect(hintFromCell("weight", "项目A", G12, "很".repeat(201))).toEqual({
      ok: false,
      refusal: "too-long",
    });
  });

  it("refuses a cell on another sheet than the form's, naming both", () => {
    expect(
      pointHeader(hints(), "weight", "项目A", { sheet: "项目B", address: G12, value: "配分" })
    ).toEqual({ ok: false, refusal: "other-sheet", cell: "G12", picked: "项目B" });
  });

  it("replaces an earlier hint for the same label of the same sheet, and keeps other sheets'", () => {
    const a = { field: "score", text: "配分", cell: "G12", sheet: "项目A" } as const;
    const b = { field: "weight", text: "配分", cell: "G12", sheet: "项目B" } as const;
    const pointed = pointHeader(hints(a, b), "weight", "项目A", {
      sheet: "项目A",
      address: { row: 11, col: 7 },
      value: "配 分",
    });
    expect(pointed.ok && pointed.hints.hints).toEqual([
      b,
      { field: "weight", text: "配 分", cell: "H12", sheet: "项目A" },
    ]);
    expect(withoutHint(hints(a, b), a).hints).toEqual([b]);
  });

  it("applies a hint to its own sheet and a hint without a sheet to every sheet", () => {
    const own = { field: "weight", text: "配分", sheet: "项目A" } as const;
    const all = { field: "score", text: "评分结果" } as const;
    expect(hintsForSheet([own, all], "项目A")).toEqual([own, all]);
    expect(hintsForSheet([own, all], "项目B")).toEqual([all]);
  });

  it("reads what a document stored, and counts anything it cannot read as no hints", () => {
    const good = hints({ field: "weight", text: "配分", cell: "G12", sheet: "项目A" });
    expect(storedHints(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(storedHints(null)).toEqual(hints());
    expect(storedHints({ version: 2, hints: [] })).toEqual(hints());
    expect(storedHints({ version: 1, hints: [{ field: "weigth", text: "配分" }] })).toEqual(
      hints()
    );
  });

  it("checks the sheet name of a hint from a file like Excel's names: 1 to 31 characters", () => {
    expect(parseLayoutHints(hints({ field: "weight", text: "配分", sheet: "" })).success).toBe(
      false
    );
    expect(
      parseLayoutHints(hints({ field: "weight", text: "配分", sheet: "x".repeat(32) })).success
    ).toBe(false);
    expect(withHint(hints(), { field: "weight", text: "配分", sheet: "项目A" }).hints).toHaveLength(
      1
    );
  });

  it("reads a form once its unknown 分值 header is pointed out, on that sheet only", async () => {
    const grids = await loadSampleGrids();
    // Both of the first two sample forms get an indicator 分值 header (G12) the dictionary does not know.
    for (const grid of grids.slice(0, 2)) {
      const at = grid.cells[G12.row - grid.top]![G12.col - grid.left]!;
      expect(at.value).toBe("分值");
      (at as { value: string }).value = "配分";
    }
    const [first, second] = grids;
    const port = {
      sheetNames: async () => grids.map((g) => g.sheet),
      readSheets: async () => grids,
      applyPlans: async () => [],
      restore: async () => undefined,
      clearMarks: async () => undefined,
      insertSheets: async () => [],
    };
    const missingWeight = (sheet: string, list: Awaited<ReturnType<typeof validateSheets>>) =>
      list
        .find((v) => v.sheet === sheet)!
        .evaluations.flatMap((e) => e.findings)
        .some((f) => f.code === "layout.missing-part" && f.params.field === "weight");

    const before = await validateSheets(port, "all");
    expect(missingWeight(first!.sheet, before)).toBe(true);

    const hint = { field: "weight", text: "配分", cell: "G12", sheet: first!.sheet } as const;
    const after = await validateSheets(port, "all", { hints: [hint] });
    expect(missingWeight(first!.sheet, after)).toBe(false);
    expect(missingWeight(second!.sheet, after)).toBe(true);
    const sources = (list: typeof after) =>
      list
        .find((v) => v.sheet === first!.sheet)!
        .evaluations.flatMap((e) => (e.kind === "form" ? e.form.indicators : []))
        .map((i) => i.weightSource);
    expect(new Set(sources(before))).toEqual(new Set(["none"]));
    expect(sources(after).length).toBeGreaterThan(0);
    expect(new Set(sources(after))).toEqual(new Set(["cell"]));
  });
});
