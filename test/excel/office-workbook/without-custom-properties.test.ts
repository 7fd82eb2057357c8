import { outputs, names } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";
import { OfficeWorkbook } from "../../../src/excel/office-workbook";

// Where ExcelApi 1.12 is missing (Excel 2019 and older), there is no mark: the names are recorded in the
// workbook settings, and a recorded sheet is replaced only when its header matches and the user agrees.
describe("a host without worksheet custom properties", () => {
  it("records the names, and replaces its outputs only as adoptable sheets the user agreed to", async () => {
    const { fake } = workbookWithUserData();
    const port = new OfficeWorkbook(fake.Excel as never, (v) => v !== "1.12");
    await port.writeSheets(outputs(100));
    expect(JSON.parse(fake.model.settings.get("ipCostPlanner.ownedSheets") as string)).toEqual([
      "IP Summary",
      "IP Deadlines",
    ]);
    expect(fake.model.sheets.every((s) => s.customProperties.size === 0)).toBe(true);
    const found = await port.inspectOutputs(outputs(200));
    expect(found.adoptable).toEqual(["IP Summary", "IP Deadlines"]);
    await port.writeSheets(outputs(200), { adopt: true });
    expect(names(fake)).toEqual(["Portfolio", "IP Summary", "IP Deadlines"]);
    expect(fake.model.getValues("IP Deadlines", "B2")).toEqual([[200]]);
  });
});
