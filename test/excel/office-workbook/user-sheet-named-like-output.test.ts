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

  it("added while a rerun writes keeps its name, and ours takes the next free one", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    // The user renames the Summary, then adds a sheet of their own under its old name while the next
    // run writes: between the writer's look and its last request, which names the new sheets.
    fake.model.renameSheet("IP Summary", "Old summary");
    let added = false;
    const report = await port.writeSheets(outputs(200), {
      adopt: true,
      onProgress: () => {
        if (added) return;
        added = true;
        fake.model.addSheet("IP Summary");
        fake.model.setValues("IP Summary", "A1", [["my own notes"]]);
      },
    });
    expect(report.outcome).toBe("written");
    expect(report.sheets).toEqual(["IP Summary (2)", "IP Deadlines"]);
    expect(report.removed).toEqual(["Old summary", "IP Deadlines"]);
    expect(names(fake)).toEqual(["Portfolio", "IP Summary", "IP Summary (2)", "IP Deadlines"]);
    expect(fake.model.getValues("IP Summary", "A1")).toEqual([["my own notes"]]);
  });
});
