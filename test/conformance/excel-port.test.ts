import { createFakeOffice, workbookFromGrids } from "../../dev/fake-office";
import { portOn } from "../excel/fake-port";
import { describePortConformance } from "./port-conformance";

describePortConformance("Excel port over the fake Office host", async (grids) =>
  portOn(createFakeOffice({ workbook: workbookFromGrids(grids) }))
);
