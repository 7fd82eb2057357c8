import { outputs, names } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// Excel documents that a worksheet's id may change when the file is reopened; the in-memory Excel
// renumbers ids on reopen so that relying on a stored id would remove the wrong sheet here.
describe("reopening the workbook between two runs", () => {
  it("changes the ids, and ownership still follows the mark saved with each sheet", async () => {
    const { fake, port } = workbookWithUserData();
    const portfolio = fake.model.getValues("Portfolio", "A1:D2");
    await port.writeSheets(outputs(100));
    const before = fake.model.sheets.map((s) => s.id);
    fake.model.reopen();
    expect(fake.model.sheets.map((s) => s.id)).not.toEqual(before);
    // The id the first output had now names another sheet.
    expect(before).toContain(fake.model.sheet("Portfolio").id);
    const report = await port.writeSheets(outputs(200));
    expect(report.removed).toEqual(["IP Summary", "IP Deadlines"]);
    expect(names(fake)).toEqual(["Portfolio", "IP Summary", "IP Deadlines"]);
    expect(fake.model.getValues("Portfolio", "A1:D2")).toEqual(portfolio);
  });
});
