import { describePortConformance } from "../conformance/port-conformance";
import { portOverGrids } from "./workbook-builder";

// Whole workbooks are read and written: a second alone, many seconds on a shared, busy machine.
jest.setTimeout(60_000);

describePortConformance("exceljs port over saved .xlsx files", portOverGrids);
