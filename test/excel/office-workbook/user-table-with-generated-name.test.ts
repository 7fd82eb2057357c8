import { outputs } from "./output-fixture";
import { workbookWithUserData } from "./workbook-fixture";

// A user's own table named IPDeadlines made every run fail (table names are unique in a workbook).
describe("a user table that has the name an output table would get", () => {
  it("is left as it is; the output table gets a free name", async () => {
    const { fake, port } = workbookWithUserData();
    fake.model.addSheet("Mine");
    fake.model.setValues("Mine", "A1", [["Due"], ["2027-01-01"]]);
    fake.model.addTable("Mine", "A1:A2", true).name = "IPDeadlines";
    const report = await port.writeSheets(outputs(100));
    expect(report.outcome).toBe("written");
    expect(fake.model.table("IPDeadlines")!.sheet.name).toBe("Mine");
    expect(fake.model.table("IPDeadlines_2")!.sheet.name).toBe("IP Deadlines");
    // A second run writes beside its own previous table, then takes back the first free name.
    await port.writeSheets(outputs(200));
    expect(fake.model.table("IPDeadlines")!.sheet.name).toBe("Mine");
    expect(fake.model.table("IPDeadlines_2")!.sheet.name).toBe("IP Deadlines");
    expect(fake.model.getValues("Mine", "A1:A2")).toEqual([["Due"], [46388]]); // 2027-01-01
  });

  it("gives the output tables back their own names once the previous outputs are gone", async () => {
    const { fake, port } = workbookWithUserData();
    await port.writeSheets(outputs(100));
    await port.writeSheets(outputs(200));
    expect(fake.model.table("IPDeadlines")!.sheet.name).toBe("IP Deadlines");
    expect(fake.model.tables.map((t) => t.name)).toEqual(["IPDeadlines"]);
  });
});
