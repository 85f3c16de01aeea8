import {
  cellCount,
  halveRows,
  outsideWindow,
  packBySize,
  splitBlocks,
  splitRows,
  windowRows,
  DEFAULT_BUDGET,
} from "../../src/excel/read-plan";

describe("read planning", () => {
  it("gives each sheet a smaller first window the more sheets are read together", () => {
    const one = windowRows(1, DEFAULT_BUDGET);
    const fifty = windowRows(50, DEFAULT_BUDGET);
    expect(one).toBe(Math.floor(4_000_000 / 64 / 26));
    expect(fifty).toBe(Math.floor(4_000_000 / 64 / 50 / 26));
    expect(fifty * 50 * 26 * 64).toBeLessThanOrEqual(DEFAULT_BUDGET.responseBytes);
  });

  it("covers exactly the cells outside the A1 window, with no overlap", () => {
    const area = { top: 2, left: 1, bottom: 40, right: 30 };
    const window = { top: 0, left: 0, bottom: 19, right: 25 };
    const parts = outsideWindow(area, window);
    expect(parts).toEqual([
      { top: 2, left: 26, bottom: 19, right: 30 },
      { top: 20, left: 1, bottom: 40, right: 30 },
    ]);
    const inside = (18 - 0) * 25; // rows 2..19, columns 1..25
    expect(parts.reduce((n, p) => n + cellCount(p), 0)).toBe(cellCount(area) - inside);
    expect(outsideWindow({ top: 0, left: 0, bottom: 5, right: 5 }, window)).toEqual([]);
    expect(outsideWindow(area, null)).toEqual([area]);
  });

  it("splits into row bands and 512-cell merge blocks that tile the area", () => {
    const area = { top: 10, left: 0, bottom: 1009, right: 8 };
    const bands = splitRows(area, 1000);
    expect(bands[0]).toEqual({ top: 10, left: 0, bottom: 120, right: 8 });
    expect(bands.reduce((n, b) => n + cellCount(b), 0)).toBe(cellCount(area));
    const wide = { top: 0, left: 0, bottom: 3, right: 1999 };
    const blocks = splitBlocks(wide, 512);
    expect(blocks.every((b) => cellCount(b) <= 512)).toBe(true);
    expect(blocks.reduce((n, b) => n + cellCount(b), 0)).toBe(cellCount(wide));
  });

  it("packs items into groups within a byte budget and halves bands by rows", () => {
    expect(packBySize([3, 3, 3, 9, 1], (n) => n, 6)).toEqual([[3, 3], [3], [9], [1]]);
    expect(halveRows({ top: 0, left: 0, bottom: 9, right: 2 })).toEqual([
      { top: 0, left: 0, bottom: 4, right: 2 },
      { top: 5, left: 0, bottom: 9, right: 2 },
    ]);
    expect(halveRows({ top: 3, left: 0, bottom: 3, right: 2 })).toBeNull();
  });
});
