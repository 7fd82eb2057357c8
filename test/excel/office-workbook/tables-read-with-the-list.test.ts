import { workbookWithUserData } from "./workbook-fixture";

// A run reads its list and six other tables. Each request is a round trip to Excel: the list's values
// come with its first request (where the pane's list of lists saw it, when it fits one read), the names
// are looked for in it too, the found tables' places come back in a second request and their values
// together in a third. A request Excel refuses as too large takes its loads with it, so they are sent
// again, and tables refused together are read one by one.
const portfolio = {
  kind: "region" as const,
  name: "P",
  sheet: "Portfolio",
  address: "Portfolio!A1:D41",
  rows: 40,
};
const NAMES = ["IPFeeSchedules", "iprates", "IPLoans"];

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
  fake.model.setValues("Rates", "B3", [
    ["Currency", "Rate"],
    ["USD", 7.1],
    ["JPY", 0.047],
  ]);
  fake.model.addTable("Rates", "B3:C5", true).name = "IPRates";
  fake.model.addSheet("Loans");
  fake.model.setValues("Loans", "A1", [
    ["Loan", "Amount"],
    ...Array.from({ length: 30 }, (_, i) => [`L-${i}`, 1000 * (i + 1)]),
  ]);
  fake.model.addTable("Loans", "A1:B31", true).name = "IPLoans";
  return setup;
}

/** The response size of request `index` (0: the list's place and values, 1: the tables' places, 2: the
 * tables' values) of a read. */
async function responseBytesOfRequest(index: number): Promise<number> {
  const { fake, port } = workbook();
  const from = fake.metrics.syncCount;
  await port.readSourceWithTables(portfolio, NAMES);
  return fake.metrics.syncs.slice(from)[index].responseBytes;
}

/** What a test expects of the two tables. */
function expectTables(tables: unknown[]) {
  expect(tables[0]).toBeUndefined();
  expect(tables[1]).toMatchObject({
    sheet: "Rates",
    top: 3,
    left: 1,
    values: [
      ["Currency", "Rate"],
      ["USD", 7.1],
      ["JPY", 0.047],
    ],
  });
  expect(tables[2]).toMatchObject({ sheet: "Loans", top: 1, left: 0 });
  expect((tables[2] as { values: unknown[][] }).values[30]).toEqual(["L-29", 30000]);
}

describe("reading the list with the other tables", () => {
  it("takes three requests: the list's, the tables' places, and the tables' values together", async () => {
    const { fake, port } = workbook();
    const start = fake.metrics.syncCount;
    const { grid, tables } = await port.readSourceWithTables(portfolio, NAMES);
    expect(fake.metrics.syncCount - start).toBe(3);
    expect(grid.values).toHaveLength(41);
    expect(grid.values[40][0]).toBe("CN2018101234539.7");
    expectTables(tables);
  });

  it("takes one request when none of the tables is there", async () => {
    const { fake, port } = workbookWithUserData();
    const start = fake.metrics.syncCount;
    const { grid, tables } = await port.readSourceWithTables(
      { ...portfolio, address: "Portfolio!A1:D2", rows: 1 },
      NAMES
    );
    expect(fake.metrics.syncCount - start).toBe(1);
    expect(grid.values).toEqual([
      ["ID", "Right type", "Filing date", "Owner"],
      ["CN201810123456.7", "发明", 43290, "Tokyo HQ"], // the date as Excel holds it: a serial
    ]);
    expect(tables).toEqual([undefined, undefined, undefined]);
  });

  it("reads the list where it is now, with a request more, when it moved since it was listed", async () => {
    const { fake, port } = workbookWithUserData();
    // Listed as A1:D2; the user then typed a third row, which the region's address does not reach,
    // and a table listed as A1:D2 grew to A1:D3.
    fake.model.setValues("Portfolio", "A3", [
      ["CN201920654321.X", "实用新型", "2019-01-02", "Osaka"],
    ]);
    fake.model.addTable("Portfolio", "A1:D3", true).name = "IPPortfolio";
    const start = fake.metrics.syncCount;
    const { grid } = await port.readSourceWithTables(
      {
        kind: "table",
        name: "IPPortfolio",
        sheet: "Portfolio",
        address: "Portfolio!A1:D2",
        rows: 1,
      },
      []
    );
    // The values read where it was listed are left; the table's three rows read where it is.
    expect(fake.metrics.syncCount - start).toBe(2);
    expect(grid.values).toHaveLength(3);
    expect(grid.values[2][0]).toBe("CN201920654321.X");
  });

  it("still reads the tables when Excel refuses the list's first read as too large", async () => {
    const { fake, port } = workbook();
    fake.limits.responseLimitBytes = (await responseBytesOfRequest(0)) - 1;
    const start = fake.metrics.syncCount;
    const { grid, tables } = await port.readSourceWithTables(portfolio, NAMES);
    const refused = fake.metrics.syncs
      .slice(start)
      .filter((s) => s.errorCode === "ResponsePayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(grid.values).toHaveLength(41);
    expectTables(tables);
  });

  it("reads the tables one by one when Excel refuses them together as too large", async () => {
    const { fake, port } = workbook();
    // Each table's values fit in a response; both together do not (nor does the list's first read,
    // which is larger: it is halved).
    fake.limits.responseLimitBytes = (await responseBytesOfRequest(2)) - 1;
    const start = fake.metrics.syncCount;
    const { tables } = await port.readSourceWithTables(portfolio, NAMES);
    const refusedTogether = fake.metrics.syncs.slice(start).filter(
      (s) =>
        s.errorCode === "ResponsePayloadSizeLimitExceeded" &&
        // The request of the two tables' values and nothing else.
        s.statements.length === 2 &&
        s.statements.every((st) => st === "Range.load(values)")
    );
    expect(refusedTogether).toHaveLength(1);
    expectTables(tables);
  });
});
