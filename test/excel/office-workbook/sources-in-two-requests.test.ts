import { workbookWithUserData } from "./workbook-fixture";

// The pane lists the workbook's lists when it opens and on Refresh. Each request is a round trip to Excel
// (often a hundred milliseconds or more on the web): the sheets with their settings and tables, the
// selection's region and its sheet's used range go in one; the marks, the tables' ranges and the rows
// below the region in a second. It took six before: the tables, the region and the rows below had one each.
describe("listing the workbook's lists", () => {
  it("takes two requests for a table, a region over blank rows and a table below it", async () => {
    const { fake, port } = workbookWithUserData();
    // The region A1:D2 goes on over blank row 3 to row 4; the table at A6 ends it.
    fake.model.setValues("Portfolio", "A4", [["CN2", "发明", "2019-01-02", "HQ"]]);
    fake.model.setValues("Portfolio", "A6", [["Loan"], ["L-1"]]);
    fake.model.addTable("Portfolio", "A6:A7", true).name = "IPLoans";
    fake.model.addSheet("Rates");
    fake.model.setValues("Rates", "A1", [
      ["Currency", "Rate"],
      ["USD", 7.1],
    ]);
    fake.model.addTable("Rates", "A1:B2", true).name = "IPRates";
    fake.model.activate("Portfolio");
    fake.model.select("Portfolio", "B2");
    const start = fake.metrics.syncCount;
    const sources = await port.listSources();
    expect(fake.metrics.syncCount - start).toBe(2);
    expect(sources).toEqual([
      { kind: "table", name: "IPLoans", sheet: "Portfolio", address: "Portfolio!A6:A7", rows: 1 },
      { kind: "table", name: "IPRates", sheet: "Rates", address: "Rates!A1:B2", rows: 1 },
      {
        kind: "region",
        name: "Portfolio!A1:D4",
        sheet: "Portfolio",
        address: "Portfolio!A1:D4",
        rows: 3,
      },
    ]);
  });

  it("reads nothing below the selection's region on a result sheet, which is no list", async () => {
    const { fake, port } = workbookWithUserData();
    // A result sheet with a second block three rows below the first: rows below the first's region.
    const block = (top: number) => ({
      top,
      columns: [
        { header: "ID", format: "text" as const },
        { header: "Payable", format: "money" as const },
      ],
      rows: [
        ["CN1", 900],
        ["CN2", 1200],
      ],
    });
    await port.writeSheets([
      { role: "projection", name: "IP Projection", blocks: [block(0), block(6)], charts: [] },
    ]);
    fake.model.activate("IP Projection");
    fake.model.select("IP Projection", "A1");
    const start = fake.metrics.syncCount;
    const sources = await port.listSources();
    const syncs = fake.metrics.syncs.slice(start);
    expect(syncs).toHaveLength(2);
    expect(syncs.flatMap((s) => s.statements).filter((s) => s.includes("values"))).toEqual([]);
    expect(sources.filter((s) => s.sheet === "IP Projection")).toEqual([]);
  });
});
