import { compareDays, dayFromSerial, serialFromEpochMs } from "../../src/core/calendar";

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe("dayFromSerial", () => {
  it.each([
    [1, day(1900, 1, 1)],
    [59, day(1900, 2, 28)],
    [60, day(1900, 2, 29)],
    [61, day(1900, 3, 1)],
    [25569, day(1970, 1, 1)],
    [44197, day(2021, 1, 1)],
    [45000, day(2023, 3, 15)],
    [44561, day(2021, 12, 31)],
    [44561.75, day(2021, 12, 31)],
    [45351, day(2024, 2, 29)],
    [2958465, day(9999, 12, 31)],
  ])("reads serial %p", (serial, expected) => {
    expect(dayFromSerial(serial)).toEqual(expected);
  });

  it.each([0, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])("rejects %p", (serial) => {
    expect(dayFromSerial(serial)).toBeNull();
  });

  it("walks the calendar day by day from 1900-03-01 to 2036", () => {
    const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const lengths = (y: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let { year, month, day: d } = day(1900, 3, 1);
    let firstMismatch: number | null = null;
    for (let serial = 61; serial <= 50000 && firstMismatch === null; serial++) {
      const got = dayFromSerial(serial);
      if (got?.year !== year || got.month !== month || got.day !== d) firstMismatch = serial;
      if (d < (lengths(year)[month - 1] ?? 0)) d++;
      else [year, month, d] = month === 12 ? [year + 1, 1, 1] : [year, month + 1, 1];
    }
    expect(firstMismatch).toBeNull();
  });
});

describe("compareDays", () => {
  it("orders by year, then month, then day", () => {
    expect(compareDays(day(2021, 12, 31), day(2022, 1, 1))).toBeLessThan(0);
    expect(compareDays(day(2021, 6, 1), day(2021, 5, 31))).toBeGreaterThan(0);
    expect(compareDays(day(2021, 6, 1), day(2021, 6, 1))).toBe(0);
  });
});

describe("serialFromEpochMs", () => {
  it("gives the serial Excel stores for a UTC moment, in either date system", () => {
    expect(serialFromEpochMs(Date.UTC(2021, 11, 31))).toBe(44561);
    expect(serialFromEpochMs(Date.UTC(2021, 11, 31, 18))).toBe(44561.75);
    expect(serialFromEpochMs(Date.UTC(2021, 11, 31), true)).toBe(44561 - 1462);
    expect(dayFromSerial(serialFromEpochMs(Date.UTC(2024, 1, 29)))).toEqual(day(2024, 2, 29));
  });
});
