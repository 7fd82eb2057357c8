import { isoToDay } from "../../src/core/dates/civil";
import { Money } from "../../src/core/money/money";
import {
  RATE_TABLE_COLUMNS,
  RATE_TABLE_NAME,
  rateTableRows,
} from "../../src/core/projection/rate-table";
import { SAMPLE_TEXT_COLUMNS, samplePortfolio } from "../../src/core/sample/sample-portfolio";
import { prepareRun } from "../../src/taskpane/run-projection";
import { workbookWithUserData } from "../excel/office-workbook/workbook-fixture";

// The pane's "Create exchange-rate table": one row per currency of the portfolio, rates blank; a run
// finds the table by its name and converts the other offices' fees with it.
describe("the exchange-rate table in a run", () => {
  const asOf = isoToDay("2026-11-23");
  const settings = {
    asOf,
    horizonYears: 10,
    fiscalYearStartMonth: 4,
    currency: { code: "JPY", ratePerCny: new Money(19) },
    shiftToWorkday: false,
  };
  const usdRows = (plan: Awaited<ReturnType<typeof prepareRun>>) =>
    plan.issues.filter((issue) => /no exchange rate for USD/.test(issue.message)).map((i) => i.row);

  async function run(fill: (rows: ReturnType<typeof rateTableRows>) => void) {
    const { port } = workbookWithUserData();
    const values = samplePortfolio(asOf);
    const source = await port.insertTable(
      "IP Sample portfolio",
      "IPSamplePortfolio",
      values,
      SAMPLE_TEXT_COLUMNS
    );
    const grid = await port.readSource(source);
    const rows = rateTableRows(grid, "JPY", "19");
    fill(rows);
    await port.createTableOnce("IP Rates", RATE_TABLE_NAME, RATE_TABLE_COLUMNS, rows);
    return prepareRun(port, source, settings, "en");
  }

  it("starts with the sample's currencies, the USD rate blank: its US rights are reported once", async () => {
    let created: unknown[][] = [];
    const plan = await run((rows) => (created = rows.map((row) => [row[0], row[1]])));
    // The sample's other offices: US (rows 26, 30) and JP (27); JPY is the output currency.
    expect(created).toEqual([
      ["CNY", 19],
      ["USD", ""],
      ["JPY", 1],
    ]);
    // One warning for both, on the first (the fix is one rate), naming the other.
    expect(usdRows(plan)).toEqual([26]);
    expect(plan.issues.find((issue) => issue.row === 26)!.message).toMatch(
      /^\S+ and 1 other rights charged in USD: no exchange rate for USD into JPY/
    );
  });

  it("converts the US fees once the user enters the USD rate", async () => {
    const plan = await run((rows) => {
      rows[1][1] = 150;
      rows[1][2] = "2026-11-20";
    });
    expect(usdRows(plan)).toEqual([]);
    expect(plan.officeRows).toBeGreaterThan(0);
  });
});
