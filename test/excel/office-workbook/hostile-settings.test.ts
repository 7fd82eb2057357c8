import { outputs, names } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// Workbook settings are input like any cell: a file can carry anything under our keys.
const HOSTILE: unknown[] = [
  ["Budget"],
  ["Portfolio", "Budget", "IP Summary"],
  "not json [",
  { Budget: true },
  [null, 42, { name: "Budget" }, "x".repeat(5000)],
  42,
];

describe("hostile values in the recorded-outputs setting", () => {
  it.each(HOSTILE.map((value) => [JSON.stringify(value).slice(0, 40), value]))(
    "%s: no user sheet is removed or renamed",
    async (_, value) => {
      const { fake, port } = workbookWithUserData();
      fake.model.addSheet("Budget");
      fake.model.setValues("Budget", "A1", [
        ["Item", "Amount"],
        ["Rent", 1200],
      ]);
      fake.model.settings.set(
        "ipCostPlanner.ownedSheets",
        typeof value === "string" ? value : JSON.stringify(value)
      );
      const found = await port.inspectOutputs(outputs(1));
      expect(found.adoptable).toEqual([]);
      const report = await port.writeSheets(outputs(1), { adopt: true, keepEdited: false });
      expect(report.outcome).toBe("written");
      expect(names(fake)).toEqual(["Portfolio", "Budget", "IP Summary", "IP Deadlines"]);
      expect(fake.model.getValues("Budget", "A1:B2")).toEqual([
        ["Item", "Amount"],
        ["Rent", 1200],
      ]);
      expect(fake.model.getValues("Portfolio", "A2")).toEqual([["CN201810123456.7"]]);
    }
  );

  it("a mark copied by hand onto a user sheet with a forged state is not ours either", async () => {
    const { fake, port } = workbookWithUserData();
    fake.model.addSheet("Budget");
    fake.model.sheet("Budget").customProperties.set("ipcostplanner.output", {
      key: "IPCostPlanner.Output",
      value: "ipcp1;summary;1;abc;finished;",
    });
    await port.writeSheets(outputs(1));
    expect(names(fake)).toContain("Budget");
  });
});
