import { applyEntry } from "../../dev/playground/edit-cell";

describe("typing into a simulated cell", () => {
  it("stores numbers as numbers and text as text, keeping the cell's look", () => {
    const cell = { value: "old", fill: "FFC7CE", font: { bold: true } };
    expect(applyEntry(cell, "12.5")).toEqual({ value: 12.5, fill: "FFC7CE", font: { bold: true } });
    expect(applyEntry(cell, "≥10次")).toEqual({
      value: "≥10次",
      fill: "FFC7CE",
      font: { bold: true },
    });
    expect(applyEntry(undefined, "  ")).toEqual({ value: null });
  });

  it("stores a typed percent as a fraction with a percent format", () => {
    expect(applyEntry(undefined, "95%")).toEqual({ value: 0.95, numberFormat: "0%" });
    expect(applyEntry(undefined, "86.19%")).toEqual({ value: 0.8619, numberFormat: "0.00%" });
  });

  it("reads a plain number typed into a percent cell as a percent, as Excel does", () => {
    expect(applyEntry({ value: 0.5, numberFormat: "0.00%" }, "98.2")).toEqual({
      value: 0.982,
      numberFormat: "0.00%",
    });
  });

  it("replaces a formula by the typed value", () => {
    expect(applyEntry({ value: 3, formula: "=1+2" }, "4")).toEqual({ value: 4 });
  });
});
