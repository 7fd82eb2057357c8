import { workbookWithUserData } from "./workbook-fixture";

// A run reads its list and looks for six other tables. The names are looked for in the list's first
// request and the ranges of those found come back with its values: no request of their own. A read that
// Excel refuses as too large takes those loads with it, so they are sent again.
const portfolio = {
  kind: "region" as const,
  name: "P",
  sheet: "Portfolio",
  address: "Portfolio!A1:D41",
  rows: 40,
};

function workbook() {
  const setup = workbookWithUserData();
  const { fake } = setup;
  fake.model.setValues(
    "Portfolio",
    "A2",
    Array.from({ length: 40 }, (_, i) => [
      `CN20181012345${String(i).padStart(2, "0")}.7`,
      "发明",
      "2018-07-09",
      "Tokyo HQ",
    ])
  );
  fake.model.addSheet("Rates");
  fake.model.setValues("Rates", "A1", [
    ["Currency", "Rate"],
    ["USD", 7.1],
  ]);
  fake.model.addTable("Rates", "A1:B2", true).name = "IPRates";
  return setup;
}

describe("reading the list while looking for the other tables", () => {
  it("takes the list's two requests, and finds the tables in them", async () => {
    const { fake, port } = workbook();
    const start = fake.metrics.syncCount;
    const { grid, tables } = await port.readSourceFindingTables(portfolio, [
      "IPFeeSchedules",
      "iprates",
    ]);
    expect(fake.metrics.syncCount - start).toBe(2);
    expect(grid.values).toHaveLength(41);
    expect(grid.values[40][0]).toBe("CN2018101234539.7");
    expect(tables).toEqual([
      undefined,
      { kind: "table", name: "IPRates", sheet: "Rates", address: "Rates!A1:B2", rows: 1 },
    ]);
  });

  it("still finds them when Excel refuses the first read as too large", async () => {
    const first = workbook();
    const from = first.fake.metrics.syncCount;
    await first.port.readSourceFindingTables(portfolio, ["IPRates"]);
    const read = first.fake.metrics.syncs
      .slice(from)
      .find((s) => s.statements.includes("Range.load(values)"))!;

    const { fake, port } = workbook();
    fake.limits.responseLimitBytes = read.responseBytes - 1;
    const start = fake.metrics.syncCount;
    const { grid, tables } = await port.readSourceFindingTables(portfolio, ["IPRates"]);
    const syncs = fake.metrics.syncs.slice(start);
    expect(syncs.filter((s) => s.errorCode === "ResponsePayloadSizeLimitExceeded")).toHaveLength(1);
    expect(grid.values).toHaveLength(41);
    expect(tables).toEqual([
      { kind: "table", name: "IPRates", sheet: "Rates", address: "Rates!A1:B2", rows: 1 },
    ]);
  });
});
