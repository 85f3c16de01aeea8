/**
 * Bounds on what the .xlsx reader accepts, so one hostile or broken file cannot
 * exhaust time or memory. Measured: a sheet of 100,000 rows × 9 columns is a
 * 4 MB file that unpacks to 36 MB; `selfeval check` reads and evaluates it in
 * 4–13 s (idle or busy machine) with 0.65 GB of memory. The unpacked limit keeps
 * one workbook under about 2 GB.
 */
export interface ReadLimits {
  /** Largest file read at all, in bytes. */
  maxFileBytes: number;
  /** Largest total size of the unpacked parts, in bytes (zip bombs stop here). */
  maxUnpackedBytes: number;
  /** Most parts in the zip container. */
  maxEntries: number;
}

export const READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxEntries: 10_000,
};
