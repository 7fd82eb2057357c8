import { cnDueDate, cnNextPayment } from "../../src/functions";
import { cellError } from "./expect-cell-error";

// Worked examples: docs/offices/cn-deadlines.md. Serials: 45931 = 2025-10-01, 45939 = 2025-10-09,
// 46113 = 2026-04-01, 46296 = 2026-10-01, 46303 = 2026-10-08, 46666 = 2027-10-06.
describe("IP.CN_NEXT_PAYMENT", () => {
  it("spills year, due date, payable, surcharge, last day and status code", () => {
    // Year 9 due 2025-10-01: on 2025-11-05 in month 2 → 5% × 2,000 = 100.
    expect(cnNextPayment("2017-10-01", 8, "2025-11-05")).toEqual([
      [9, 45931, 2000, 100, 46113, "grace"],
    ]);
  });

  it("changes only the dates shown with shiftToWorkday, never the status or the surcharge", () => {
    expect(cnNextPayment("2017-10-01", 8, "2025-11-05", null, null, null, true)).toEqual([
      [9, 45939, 2000, 100, 46113, "grace"],
    ]);
    expect(cnNextPayment("2017-10-01", 8, "2026-04-05", null, null, null, true)[0][5]).toBe(
      "lapsed"
    );
  });

  it("reports a missed registration without surcharge (the grant-year fee has no grace period)", () => {
    // Notice 2026-08-01 → grant year 7 (2,000), deadline 2026-10-01, legally 2026-10-08.
    expect(cnNextPayment("2020-01-01", 0, "2026-10-08", null, "2026-08-01")).toEqual([
      [7, 46296, 2000, 0, 46296, "registration-due"],
    ]);
    expect(cnNextPayment("2020-01-01", 0, "2026-10-09", null, "2026-08-01", null, true)).toEqual([
      [7, 46303, 2000, 0, 46303, "registration-missed"],
    ]);
  });

  it("gives the term codes with blank cells for the missing values", () => {
    expect(cnNextPayment("2017-10-01", 20, "2030-01-01")).toEqual([
      ["", "", "", 0, "", "paid-to-term-end"],
    ]);
    expect(cnNextPayment("2017-10-01", 8, "2037-10-01")).toEqual([["", "", "", 0, "", "expired"]]);
  });

  it("asks for lastYearPaid when it is blank, without printing null", () => {
    expect(cellError(() => cnNextPayment("2017-10-01", null)).message).toBe(
      "lastYearPaid is empty: give the last annuity year paid, 0 if none."
    );
  });
});

describe("IP.CN_DUEDATE after the last State Council notice", () => {
  it("moves a due date on National Day 2027 over the law's holidays and substitute days", () => {
    // 2027-10-01 (Fri) … 10-03 statutory, 10-04 and 10-05 substitute days (放假办法 Art. 6) → 2027-10-06.
    expect(cnDueDate("2023-10-01", 5, true)).toBe(46666);
  });
});
