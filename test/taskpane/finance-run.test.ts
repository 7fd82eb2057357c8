import { isoToDay } from "../../src/core/dates/civil";
import { LOANS_TABLE_NAME } from "../../src/core/finance/loans-table";
import { Money } from "../../src/core/money/money";
import { LOAN_TABLE_COLUMNS, sampleLoans } from "../../src/core/sample/sample-loans";
import { SAMPLE_TEXT_COLUMNS, samplePortfolio } from "../../src/core/sample/sample-portfolio";
import { prepareRun, writeRun } from "../../src/taskpane/run-projection";
import { workbookWithUserData } from "../excel/office-workbook/workbook-fixture";

// The pane reads the loans table by name (IPLoans) and the run writes the IP Finance sheet.
describe("a run with the sample loans table", () => {
  const asOf = isoToDay("2026-11-23");
  const settings = {
    asOf,
    horizonYears: 10,
    fiscalYearStartMonth: 1,
    currency: { code: "CNY", ratePerCny: new Money(1) },
    shiftToWorkday: false,
  };

  it("writes the IP Finance sheet with the three-loan example's subsidies", async () => {
    const { fake, port } = workbookWithUserData();
    const source = await port.insertTable(
      "IP Sample portfolio",
      "IPSamplePortfolio",
      samplePortfolio(asOf),
      SAMPLE_TEXT_COLUMNS
    );
    await port.createTableOnce("IP Loans", LOANS_TABLE_NAME, LOAN_TABLE_COLUMNS, sampleLoans());
    const prepared = await prepareRun(port, source, settings, "en");
    const report = await writeRun(port, prepared, {});
    expect(report.sheets).toContain("IP Finance");
    const header = fake.model.getValues("IP Finance", "A2:AE2")[0];
    const rows = fake.model.getValues("IP Finance", "A3:AE6");
    const subsidies = header.indexOf("Total subsidies");
    // docs/finance.md §9: 121,458.33; 54,600.00; 374,402.78; the defaulted loan has no programme
    expect(rows.map((row) => [row[0], row[subsidies]])).toEqual([
      ["L1", 121458.33],
      ["L2", 54600],
      ["L3", 374402.78],
      ["L4", 0],
    ]);
  });
});
