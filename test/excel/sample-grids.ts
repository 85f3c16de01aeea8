/**
 * The sample forms for the Excel shell's tests, read by the product's own .xlsx reader
 * (test/helpers/sample.ts): one reader of the fixture for every test and the benchmark.
 */
export { SAMPLE_XLSX as SAMPLE, loadSampleGrids as readGrids } from "../helpers/sample";
