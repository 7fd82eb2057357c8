import { workbookWithUserData } from "./workbook-fixture";

// A run looks for six tables besides the portfolio; each request is a round trip to Excel. All the names
// are looked for in one request, and the ranges of those found read in a second.
describe("findTables", () => {
  it("finds several tables in two requests, in the order asked, names compared without case", async () => {
    const { fake, port } = workbookWithUserData();
    fake.model.addSheet("Rates");
    fake.model.setValues("Rates", "A1", [
      ["Currency", "Rate"],
      ["USD", 7.1],
      ["JPY", 0.047],
    ]);
    fake.model.addTable("Rates", "A1:B3", true).name = "IPRates";
    fake.model.setValues("Portfolio", "F1", [["Loan"], ["L-1"]]);
    fake.model.addTable("Portfolio", "F1:F2", true).name = "IPLoans";
    const start = fake.metrics.syncCount;
    const found = await port.findTables(["IPFeeSchedules", "iprates", "IPLoans"]);
    expect(fake.metrics.syncCount - start).toBe(2);
    expect(found).toEqual([
      undefined,
      { kind: "table", name: "IPRates", sheet: "Rates", address: "Rates!A1:B3", rows: 2 },
      { kind: "table", name: "IPLoans", sheet: "Portfolio", address: "Portfolio!F1:F2", rows: 1 },
    ]);
  });

  it("takes one request when none of the tables is there", async () => {
    const { fake, port } = workbookWithUserData();
    const start = fake.metrics.syncCount;
    expect(await port.findTables(["IPRates", "IPLoans"])).toEqual([undefined, undefined]);
    expect(fake.metrics.syncCount - start).toBe(1);
  });
});
