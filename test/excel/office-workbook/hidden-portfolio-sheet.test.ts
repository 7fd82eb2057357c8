import { outputs, names } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// With the portfolio sheet hidden, the outputs are the only visible sheets: deleting them all first
// failed (Excel keeps one visible sheet) after 4 of 5 were gone. New outputs now exist before any goes.
describe("a hidden portfolio sheet", () => {
  it("does not stop a rerun, and stays hidden and unchanged", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    fake.model.setVisibility("Portfolio", "Hidden");
    const report = await port.writeSheets(outputs(200));
    expect(report.outcome).toBe("written");
    expect(names(fake)).toEqual(["Portfolio", "IP Summary", "IP Deadlines"]);
    expect(fake.model.sheet("Portfolio").visibility).toBe("Hidden");
    expect(fake.model.getValues("Portfolio", "A2")).toEqual([["CN201810123456.7"]]);
    expect(fake.model.getValues("IP Deadlines", "B2")).toEqual([[200]]);
  });
});
