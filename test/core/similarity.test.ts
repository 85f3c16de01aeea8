import fc from "fast-check";
import { EXACT_LIMIT, textSimilarity } from "../../src/core/similarity";

const min3 = (x: number, y: number, z: number): number => {
  const m = x < y ? x : y;
  return m < z ? m : z;
};

/** Full-matrix Levenshtein as an independent oracle. */
function referenceDistance(a: string[], b: string[]): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  );
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const above = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = min3(
        (above[j - 1] as number) + cost,
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1
      );
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** A deterministic run of CJK characters, all different within a period of 2,000. */
function cjk(length: number, step = 7919): string {
  return Array.from({ length }, (_, i) => String.fromCharCode(0x4e00 + ((i * step) % 2000))).join(
    ""
  );
}

describe("textSimilarity", () => {
  it("is 1 for equal texts, also after normalising width and whitespace", () => {
    expect(textSimilarity("保障人民群众生命财产安全", "保障人民群众生命财产安全")).toBe(1);
    expect(textSimilarity("提高（自治州）水平\n", " 提高(自治州)水平")).toBe(1);
    expect(textSimilarity("", "")).toBe(1);
  });

  it("is 0 when only one text is empty", () => {
    expect(textSimilarity("保障", "")).toBe(0);
    expect(textSimilarity(" ", "保障")).toBe(0);
  });

  it("is 1 − edit distance / longer length", () => {
    expect(textSimilarity("kitten", "sitting")).toBeCloseTo(1 - 3 / 7, 12);
    expect(textSimilarity("abc", "xyz")).toBe(0);
  });

  it("counts one changed character in twenty as 0.95, the copied threshold", () => {
    const goal = cjk(20);
    const achieved = `${goal.slice(0, 10)}完${goal.slice(11)}`;
    expect(textSimilarity(goal, achieved)).toBeCloseTo(0.95, 12);
    const twoChanged = `完${goal.slice(1, 10)}成${goal.slice(11)}`;
    expect(textSimilarity(goal, twoChanged)).toBeLessThan(0.95);
  });

  it("counts characters outside the BMP once", () => {
    expect(textSimilarity("😀a", "😀b")).toBe(0.5);
  });

  it("matches a reference Levenshtein on short texts and is symmetric", () => {
    const text = fc.array(fc.constantFrom("a", "b", "c", "中", "文", "😀"), { maxLength: 8 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const longer = Math.max(a.length, b.length);
        const expected = longer === 0 ? 1 : 1 - referenceDistance(a, b) / longer;
        expect(textSimilarity(a.join(""), b.join(""))).toBeCloseTo(expected, 12);
        expect(textSimilarity(b.join(""), a.join(""))).toBeCloseTo(expected, 12);
      })
    );
  });

  it("stays in [0, 1]", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (a, b) => {
        const s = textSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      })
    );
  });

  it("compares two different 2,000-character texts exactly and quickly", () => {
    const a = cjk(2000);
    const b = cjk(2000, 729);
    const started = performance.now();
    const s = textSimilarity(a, b);
    expect(performance.now() - started).toBeLessThan(500);
    expect(s).toBeCloseTo(1 - referenceDistance([...a], [...b]) / 2000, 12);
    expect(s).toBeLessThan(0.5);
  });

  it("is exact for long texts that differ only in a short middle", () => {
    const base = cjk(12000);
    const changed = `${base.slice(0, 6000)}改${base.slice(6001)}`;
    expect(textSimilarity(base, changed)).toBeCloseTo(1 - 1 / 12000, 12);
  });

  it("never overstates similarity when the differing middle exceeds the limit", () => {
    const middle = cjk(EXACT_LIMIT + 3000);
    const a = `甲${middle}乙`;
    const b = `丙${middle}丁`;
    const exact = 1 - 2 / a.length;
    const s = textSimilarity(a, b);
    expect(s).toBeLessThanOrEqual(exact);
    expect(s).toBeGreaterThanOrEqual(0);
  });
});
