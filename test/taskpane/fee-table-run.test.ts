import {
  FEE_TABLE_COLUMNS,
  FEE_TABLE_NAME,
  builtInFeeTableRows,
} from "../../src/core/offices/cn/fee-schedule-table";
import { isoToDay } from "../../src/core/dates/civil";
import { Money } from "../../src/core/money/money";
import { prepareRun } from "../../src/taskpane/run-projection";
import { workbookWithUserData } from "../excel/office-workbook/workbook-fixture";

// The user's fee table replaces the built-in schedules in the pane's projection; a broken table is
// reported and not used.
describe("a projection with the user's fee table", () => {
  const settings = {
    asOf: isoToDay("2026-01-01"),
    horizonYears: 10,
    fiscalYearStartMonth: 1,
    currency: { code: "CNY", ratePerCny: new Money(1) },
    shiftToWorkday: false,
  };

  async function run(edit: (rows: (string | number | boolean | null)[][]) => void) {
    const { port } = workbookWithUserData();
    // One invention filed 2018-07-09, granted: year 9 due 2026-07-09 (2,000 in the built-in table).
    const portfolio = await port.insertTable(
      "Ledger",
      "Ledger",
      [
        ["ID", "Type", "Filing date", "Grant date"],
        ["CN1", "invention", "2018-07-09", "2021-03-01"],
      ],
      [0, 2, 3]
    );
    const rows = builtInFeeTableRows();
    edit(rows);
    await port.createTableOnce("IP Fee schedules", FEE_TABLE_NAME, FEE_TABLE_COLUMNS, rows);
    return prepareRun(port, portfolio, settings, "en");
  }

  it("uses the corrected figure and says so in the assumptions", async () => {
    // Hypothetical correction of the 2022-05-05 schedule: invention years 7-9 at 2,100 instead of 2,000.
    const prepared = await run((rows) => {
      rows.find((r) => r[0] === "2022-05-05" && r[1] === "invention" && r[2] === 7)![4] = "2100";
    });
    const projection = prepared.sheets[0].blocks[0].rows;
    expect(projection[0].slice(3, 9)).toEqual([9, 46212, "2026", 2100, 0, 2100]); // serial 46212 = 2026-07-09
    const summary = prepared.sheets.find((s) => s.role === "summary")!;
    expect(summary.blocks[0].rows.find((r) => r[0] === "Fee rules")![1]).toBe(
      "Your fee table IPFeeSchedules (sheet IP Fee schedules) instead of the built-in fees"
    );
    expect(prepared.issues).toEqual([]);
    // The assumptions block has its own header and shows the as-of date as a date, not a serial.
    expect(summary.blocks[0].columns.map((c) => c.header)).toEqual(["Item", "Value"]);
    expect(summary.blocks[0].rows[0]).toEqual(["As-of date", "2026-01-01"]);
  });

  it("reports a broken table and keeps the built-in fees", async () => {
    const prepared = await run((rows) => {
      rows[0][4] = "nine hundred";
    });
    expect(prepared.sheets[0].blocks[0].rows[0][6]).toBe(2000);
    expect(prepared.issues.map((i) => [i.sheet, i.row, i.column])).toEqual([
      ["IP Fee schedules", 2, "E"],
    ]);
  });
});
