import { outputs, names } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// Ownership by name deleted a user's own sheet carrying a recorded output name. Names decide nothing now.
describe("a user's own sheet named like an output", () => {
  it("is never replaced, not even when an earlier version recorded that name", async () => {
    const { fake, port } = workbookWithUserData();
    fake.model.addSheet("IP Summary");
    fake.model.setValues("IP Summary", "A1", [["my own notes"]]);
    fake.model.settings.set("ipCostPlanner.ownedSheets", JSON.stringify(["IP Summary"]));
    const found = await port.inspectOutputs(outputs(100));
    expect(found).toEqual({ replace: [], edited: [], adoptable: [], copies: [] });
    const report = await port.writeSheets(outputs(100), { adopt: true });
    expect(report.sheets).toEqual(["IP Summary (2)", "IP Deadlines"]);
    expect(fake.model.getValues("IP Summary", "A1")).toEqual([["my own notes"]]);
    // The next run replaces its own outputs and still leaves the user's sheet alone.
    await port.writeSheets(outputs(200), { adopt: true });
    expect(names(fake)).toEqual(["Portfolio", "IP Summary", "IP Summary (2)", "IP Deadlines"]);
    expect(fake.model.getValues("IP Summary", "A1")).toEqual([["my own notes"]]);
  });
});
