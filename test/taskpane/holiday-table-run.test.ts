import { HOLIDAY_TABLE_COLUMNS, HOLIDAY_TABLE_NAME } from "../../src/core/offices/cn/holiday-table";
import { isoToDay } from "../../src/core/dates/civil";
import { serialFromDay } from "../../src/core/dates/excel-serial";
import { Money } from "../../src/core/money/money";
import { prepareRun } from "../../src/taskpane/run-projection";
import { workbookWithUserData } from "../excel/office-workbook/workbook-fixture";

// The pane's run uses a year's notice the user adds as the IPHolidays table, and names the years that
// still have none (docs/offices/cn-deadlines.md, "Years without a State Council notice").
describe("a run with the user's holiday table", () => {
  const settings = {
    asOf: isoToDay("2027-09-01"),
    horizonYears: 2,
    fiscalYearStartMonth: 1,
    currency: { code: "CNY", ratePerCny: new Money(1) },
    shiftToWorkday: true,
  };

  async function run(withTable: boolean) {
    const { port } = workbookWithUserData();
    // Invention filed 2018-10-01, paid through year 9: year 10 due 2027-10-01 (National Day).
    const portfolio = await port.insertTable(
      "Ledger",
      "Ledger",
      [
        ["ID", "Type", "Filing date", "Grant date", "Last annuity year paid"],
        ["CN1", "invention", "2018-10-01", "2020-03-01", 9],
      ],
      [0, 2, 3]
    );
    if (withTable) {
      // A hypothetical 2027 notice closing 10-01 … 10-07.
      const rows = [1, 2, 3, 4, 5, 6, 7].map((d) => [
        `2027-10-0${d}`,
        "holiday",
        "2027 notice (test)",
      ]);
      await port.createTableOnce("IP Holidays", HOLIDAY_TABLE_NAME, HOLIDAY_TABLE_COLUMNS, rows);
    }
    const prepared = await prepareRun(port, portfolio, settings, "en");
    const deadlines = prepared.sheets.find((s) => s.role === "deadlines")!.blocks[0];
    const due = deadlines.rows[0][deadlines.columns.findIndex((c) => c.header === "Due date")];
    return { prepared, due };
  }

  it("without the table shifts by the law's days and names 2027-2030 as years without a notice", async () => {
    const { prepared, due } = await run(false);
    expect(due).toBe(serialFromDay(isoToDay("2027-10-06"))); // 10-04 and 10-05 substitute days
    // The horizon (2027-09-01 + 2 years) plus a grace period reaches 2030-03-01.
    expect(prepared.yearsWithoutNotice).toEqual([2027, 2028, 2029, 2030]);
  });

  it("with the table uses the notice's closure and no longer lists 2027", async () => {
    const { prepared, due } = await run(true);
    expect(prepared.issues).toEqual([]);
    expect(due).toBe(serialFromDay(isoToDay("2027-10-08")));
    expect(prepared.yearsWithoutNotice).toEqual([2028, 2029, 2030]);
  });
});
