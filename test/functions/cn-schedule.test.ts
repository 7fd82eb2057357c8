import { cnCostToExpiry, cnSchedule } from "../../src/functions";
import { cellError } from "./expect-cell-error";

describe("IP.CN_SCHEDULE", () => {
  it("docs/offices/cn.md CN-E3: filed 1997-06-03, granted 2001-08-01 → rows from year 5; year 6 due 2002-06-03 (serial 37410)", () => {
    const rows = cnSchedule("1997-06-03", null, "2001-08-01", null);
    expect(rows).toHaveLength(16); // years 5 … 20
    expect(rows[0]).toEqual([5, 37180, 1200, 1200]); // registration deadline 2001-10-16 = serial 37180
    expect(rows[1]).toEqual([6, 37410, 1200, 1200]);
  });

  it("spills 20 rows of four columns for an invention without grant date", () => {
    const rows = cnSchedule("2018-07-09");
    expect(rows).toHaveLength(20);
    expect(rows.every((row) => row.length === 4)).toBe(true);
    expect(rows[3]).toEqual([4, 44386, 1200, 1200]);
  });

  it("reduces only the 10 years from the grant year: 1,200 × 15% = 180 in year 4, 6,000 in year 14", () => {
    const rows = cnSchedule("2019-03-15", "invention", "2022-05-20", 0.85);
    expect(rows[0].slice(2)).toEqual([1200, 180]);
    expect(rows[10].slice(0, 1).concat(rows[10].slice(2))).toEqual([14, 6000, 6000]);
  });

  it("puts an error in the payable cell of a year no reduction rule covers, keeping the rest", () => {
    const rows = cnSchedule("2012-04-10", "invention", "2015-06-01", 85);
    const payable = rows[0][3] as unknown as { code: string; message: string };
    expect(payable).toBeInstanceOf(CustomFunctions.Error);
    expect(payable.code).toBe("#N/A");
    expect(payable.message).toBe(
      "No fee-reduction rule in force on 2015-08-16: the data starts on 2016-09-01."
    );
    expect(rows[2][3]).toBe(180);
  });

  it("asks for a grant date when a reduction is given without one", () => {
    expect(cellError(() => cnSchedule("2019-03-15", "invention", null, 0.85)).message).toBe(
      "A reduction covers only the years from the grant year on: give the grant date (date of the notice to grant) too."
    );
  });
});

describe("IP.CN_COST_TO_EXPIRY", () => {
  it("is 82,300 for a whole invention term and counts years due on or after asOf", () => {
    expect(cnCostToExpiry("2020-01-01", null, "2020-01-01")).toBe(82300);
    // Given the grant (2021-01-01, year 2), from 2030-01-02 years 2-11 are due before: 4,000 (year 12)
    // + 3×6,000 + 5×8,000 = 62,000.
    expect(cnCostToExpiry("2020-01-01", "invention", "2030-01-02", "2021-01-01")).toBe(62000);
  });

  it("without a grant date assumes grant on asOf, as the task pane does for a pending application", () => {
    // Granted 2030-01-02, in year 11: its fee (4,000) is due at registration, then years 12-20:
    // 4,000 + 4,000 + 3×6,000 + 5×8,000 = 66,000.
    expect(cnCostToExpiry("2020-01-01", "invention", "2030-01-02")).toBe(66000);
  });

  it("defaults asOf to today on the user's clock", () => {
    // An invention filed 2000-01-01 has no year due after 2019-01-01; any "today" of a test run is later.
    expect(cnCostToExpiry("2000-01-01")).toBe(0);
  });

  it("matches the worked reduction example: 56,140 before the grant-year due date", () => {
    expect(cnCostToExpiry("2019-03-15", "invention", "2022-01-01", "2022-05-20", 85)).toBe(56140);
  });
});
