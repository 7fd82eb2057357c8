import { workbookWithUserData } from "./workbook-fixture";

// A run reads its list and six other tables. Each request is a round trip to Excel: the names are looked
// for in the list's first request, the found tables' places come back with the list's values, and their
// values come together in one more request. A request Excel refuses as too large takes its loads with
// it, so they are sent again, and tables refused together are read one by one.
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

/** The response size of request `index` (0: the list's facts, 1: its values, 2: the tables') of a read. */
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
  it("takes three requests: the list's two, and the tables' values together", async () => {
    const { fake, port } = workbook();
    const start = fake.metrics.syncCount;
    const { grid, tables } = await port.readSourceWithTables(portfolio, NAMES);
    expect(fake.metrics.syncCount - start).toBe(3);
    expect(grid.values).toHaveLength(41);
    expect(grid.values[40][0]).toBe("CN2018101234539.7");
    expectTables(tables);
  });

  it("takes the list's two requests when none of the tables is there", async () => {
    const { fake, port } = workbookWithUserData();
    const start = fake.metrics.syncCount;
    const { tables } = await port.readSourceWithTables(
      { ...portfolio, address: "Portfolio!A1:D2", rows: 1 },
      NAMES
    );
    expect(fake.metrics.syncCount - start).toBe(2);
    expect(tables).toEqual([undefined, undefined, undefined]);
  });

  it("still reads the tables when Excel refuses the list's first read as too large", async () => {
    const { fake, port } = workbook();
    fake.limits.responseLimitBytes = (await responseBytesOfRequest(1)) - 1;
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
    const refusedTogether = fake.metrics.syncs
      .slice(start)
      .filter(
        (s) =>
          s.errorCode === "ResponsePayloadSizeLimitExceeded" &&
          s.statements.filter((st) => st === "Range.load(values)").length === 2
      );
    expect(refusedTogether).toHaveLength(1);
    expectTables(tables);
  });
});
