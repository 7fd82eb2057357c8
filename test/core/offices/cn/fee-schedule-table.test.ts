import { annualFee } from "../../../../src/core/offices/cn/annual-fee";
import {
  FEE_TABLE_COLUMNS,
  builtInFeeTableRows,
  readFeeScheduleTable,
} from "../../../../src/core/offices/cn/fee-schedule-table";
import { isoToDay } from "../../../../src/core/dates/civil";
import { CellValue } from "../../../../src/core/table/table-schema";

const HEADER = FEE_TABLE_COLUMNS.map((c) => c.header);
const grid = (rows: CellValue[][]) => ({
  sheet: "IP Fee schedules",
  top: 1,
  left: 0,
  values: [HEADER, ...rows],
});

describe("the fee schedule table a user can correct", () => {
  it("pre-filled from the built-in data, gives the same fees (docs/offices/cn.md CN-E1: invention year 4 → 1,200)", () => {
    const read = readFeeScheduleTable(grid(builtInFeeTableRows()));
    expect(read.issues).toEqual([]);
    const filing = isoToDay("2022-06-01");
    for (const [kind, year, amount] of [
      ["invention", 4, "1200"],
      ["utility", 9, "2000"],
      ["design", 11, "3000"],
    ] as const) {
      expect(annualFee(kind, filing, year, read.rules).amount.toString()).toBe(amount);
    }
  });

  it("applies a user's newer schedule from its date (a hypothetical 2030 fee of 1,300 for years 4-6)", () => {
    const rows = builtInFeeTableRows();
    const newer = rows
      .filter((r) => r[0] === "2022-05-05")
      .map((r) => ["2030-01-01", ...r.slice(1)]);
    newer.find((r) => r[1] === "invention" && r[2] === 4)![4] = "1300";
    const read = readFeeScheduleTable(grid([...rows, ...newer]));
    expect(read.issues).toEqual([]);
    expect(annualFee("invention", isoToDay("2026-06-01"), 4, read.rules).amount.toString()).toBe(
      "1200"
    ); // due 2029-06-01
    expect(annualFee("invention", isoToDay("2027-06-01"), 4, read.rules).amount.toString()).toBe(
      "1300"
    ); // due 2030-06-01
  });

  it("reports each bad cell with its row and column, and is not used then", () => {
    const rows = builtInFeeTableRows();
    rows[0][0] = "2022-13-01"; // row 2: impossible date
    rows[1][1] = "trademark"; // row 3
    rows[2][4] = "1,200"; // row 4
    rows[3][5] = ""; // row 5: no source
    const read = readFeeScheduleTable(grid(rows));
    expect(read.rules).toBeUndefined();
    expect(read.issues.map((i) => [i.row, i.column])).toEqual([
      [2, "A"],
      [3, "B"],
      [4, "E"],
      [5, "F"],
    ]);
    expect(read.issues[2].message).toBe(
      'Fee table: amount "1,200" is not a number of yuan such as 1200 or 1200.50.'
    );
  });

  it("reports a gap between bands, which would otherwise be a silent 0", () => {
    const rows = builtInFeeTableRows().filter((r) => !(r[1] === "utility" && r[2] === 4));
    const read = readFeeScheduleTable(grid(rows));
    expect(read.rules).toBeUndefined();
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0].message).toBe(
      "Fee table: on 1985-04-01, utility: band 6-8 does not start at year 4."
    );
    // Row 2 is the header's next row; the 1985 utility 6-8 band is the 8th data row left (rows 2..).
    expect(read.issues[0].row).toBe(2 + rows.findIndex((r) => r[1] === "utility" && r[2] === 6));
  });

  it("names missing columns", () => {
    const read = readFeeScheduleTable({
      sheet: "X",
      top: 1,
      left: 0,
      values: [["From", "Amount (CNY)"]],
    });
    expect(read.issues[0].message).toBe(
      "Fee table: columns missing: Right type, First year, Last year, Source."
    );
  });
});
