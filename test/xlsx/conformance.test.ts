import { describePortConformance } from "../conformance/port-conformance";
import { portOverGrids } from "./workbook-builder";

describePortConformance("exceljs port over saved .xlsx files", portOverGrids);
