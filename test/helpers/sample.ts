import type { Grid } from "../../src/core";
import { readGrids } from "../excel/sample-grids";

/** The three real 2021 forms of the shared fixture, as grids. */
export function loadSampleGrids(): Promise<Grid[]> {
  return readGrids();
}
