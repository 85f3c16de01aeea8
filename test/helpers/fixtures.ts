import path from "path";

/**
 * The project's own fixtures (test/fixtures, see its README). Tests name them through here, so
 * that no test reaches outside the project's root: a user's clone has nothing beside it.
 */
export const FIXTURES = path.resolve(__dirname, "../fixtures");

/** Three real 2021 forms, one per sheet, mistakes included. */
export const SAMPLE_XLSX = path.join(FIXTURES, "sample-2021.xlsx");

/** Eleven real forms of other regions and years, one per sheet, and what a reader must extract. */
export const REGIONS_XLSX = path.join(FIXTURES, "regions", "regions.xlsx");
export const REGIONS_JSON = path.join(FIXTURES, "regions", "regions.json");

/** More real forms found in public pages, one per sheet (two on 普陀2022), and what a reader must extract. */
export const CORPUS_XLSX = path.join(FIXTURES, "corpus", "corpus.xlsx");
export const CORPUS_JSON = path.join(FIXTURES, "corpus", "corpus.json");
