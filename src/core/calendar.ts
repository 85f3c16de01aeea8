import type { Day } from "./values";

/**
 * Calendar arithmetic on plain numbers (the core reads no clock and uses no Date): leap
 * years, month lengths, and Excel's serial day numbers in the 1900 date system, with the
 * phantom 1900-02-29 Excel keeps at serial 60 for compatibility with Lotus 1-2-3.
 */

/** Excel's last serial day, 9999-12-31. */
const MAX_SERIAL = 2958465;
/** Serial of 1970-01-01 in the 1900 date system; the 1904 system starts 1462 days later. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Whether the day exists in its month (2021-02-29 does not). */
export function isValidDay(d: Day): boolean {
  return d.day <= daysInMonth(d.year, d.month);
}

/** Orders two days: negative when a is earlier, 0 when equal, positive when later. */
export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Gregorian date of a day count from 1970-01-01 (Howard Hinnant's civil_from_days). */
function civilFromDays(days: number): Day {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

/**
 * The day an Excel serial number stands for (1900 date system; the time of day is dropped).
 * Keeps Excel's phantom 1900-02-29 at serial 60. Null outside 1 … 2958465 (9999-12-31).
 */
export function dayFromSerial(serial: number): Day | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL) return null;
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  return civilFromDays(whole - (whole < 60 ? 25568 : 25569));
}

/**
 * The serial number Excel stores for a moment given as milliseconds since 1970-01-01 UTC
 * (what a file reader's dates hold), in the workbook's 1900 or 1904 date system.
 */
export function serialFromEpochMs(ms: number, date1904 = false): number {
  return UNIX_EPOCH_SERIAL + ms / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);
}
