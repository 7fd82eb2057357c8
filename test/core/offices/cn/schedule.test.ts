import { annuitySchedule, costToExpiry } from "../../../../src/core/offices/cn/schedule";
import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import { isDomainError } from "../../../../src/core/errors/domain-error";
import { Money } from "../../../../src/core/money/money";

const table = (rows: ReturnType<typeof annuitySchedule>) =>
  rows.map((row) => [
    row.year,
    dayToIso(row.due),
    row.fee.toNumber(),
    isDomainError(row.payable) ? row.payable.code : row.payable.toNumber(),
  ]);

describe("annuity schedule", () => {
  it("docs/offices/cn.md CN-E3: filed 1997-06-03, granted 2001-08-01 → grant year 5 paid at registration, year 6 due 2002-06-03", () => {
    const rows = annuitySchedule({
      kind: "invention",
      filing: isoToDay("1997-06-03"),
      grant: isoToDay("2001-08-01"),
    });
    // Notice 2001-08-01, presumed received 2001-08-16, registration deadline 2 months later: 2001-10-16.
    expect(table(rows).slice(0, 2)).toEqual([
      [5, "2001-10-16", 1200, 1200],
      [6, "2002-06-03", 1200, 1200],
    ]);
    expect(rows[rows.length - 1].year).toBe(20);
  });

  it("lists years 1 to the end of the term without a grant date", () => {
    const rows = annuitySchedule({ kind: "utility", filing: isoToDay("2020-01-15") });
    expect(rows.map((row) => row.year)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(dayToIso(rows[9].due)).toBe("2029-01-15");
  });

  it("reduces the 10 years from the grant year and no others (worked example)", () => {
    // Filed 2019-03-15; notice to grant 2022-05-20, received 2022-06-04, registration by 2022-08-04.
    // Grant year 4; 85% reduction → years 4-13 pay 15%.
    const rows = annuitySchedule({
      kind: "invention",
      filing: isoToDay("2019-03-15"),
      grant: isoToDay("2022-05-20"),
      reduction: new Money("0.85"),
    });
    expect(table(rows)).toEqual([
      [4, "2022-08-04", 1200, 180],
      [5, "2023-03-15", 1200, 180],
      [6, "2024-03-15", 1200, 180],
      [7, "2025-03-15", 2000, 300],
      [8, "2026-03-15", 2000, 300],
      [9, "2027-03-15", 2000, 300],
      [10, "2028-03-15", 4000, 600],
      [11, "2029-03-15", 4000, 600],
      [12, "2030-03-15", 4000, 600],
      [13, "2031-03-15", 6000, 900],
      [14, "2032-03-15", 6000, 6000],
      [15, "2033-03-15", 6000, 6000],
      [16, "2034-03-15", 8000, 8000],
      [17, "2035-03-15", 8000, 8000],
      [18, "2036-03-15", 8000, 8000],
      [19, "2037-03-15", 8000, 8000],
      [20, "2038-03-15", 8000, 8000],
    ]);
  });

  it("applies the reduction rule in force on each due date, and marks years no rule covers", () => {
    // Filed 2012-04-10, notice 2015-06-01 → grant year 4. Due before 2016-09-01: no rule in the data.
    // 2016-09-01 … 2018-07-31: 6 years (years 4-9); from 2018-08-01: 10 years (years 4-13).
    const rows = annuitySchedule({
      kind: "invention",
      filing: isoToDay("2012-04-10"),
      grant: isoToDay("2015-06-01"),
      reduction: new Money("0.85"),
    });
    expect(table(rows).slice(0, 11)).toEqual([
      [4, "2015-08-16", 1200, "no-rule-in-force"],
      [5, "2016-04-10", 1200, "no-rule-in-force"],
      [6, "2017-04-10", 1200, 180],
      [7, "2018-04-10", 2000, 300],
      [8, "2019-04-10", 2000, 300],
      [9, "2020-04-10", 2000, 300],
      [10, "2021-04-10", 4000, 600],
      [11, "2022-04-10", 4000, 600],
      [12, "2023-04-10", 4000, 600],
      [13, "2024-04-10", 6000, 900],
      [14, "2025-04-10", 6000, 6000],
    ]);
  });

  it("asks for the grant date when a reduction is given without one", () => {
    expect(() =>
      annuitySchedule({
        kind: "invention",
        filing: isoToDay("2019-03-15"),
        reduction: new Money("0.7"),
      })
    ).toThrow(
      "A reduction covers only the years from the grant year on: give the grant date (date of the notice to grant) too."
    );
  });

  it("rejects a grant date before the filing date or after the term", () => {
    expect(() =>
      annuitySchedule({
        kind: "utility",
        filing: isoToDay("2019-03-15"),
        grant: isoToDay("2019-03-14"),
      })
    ).toThrow("grantDate 2019-03-14 is before the filing date 2019-03-15.");
    expect(() =>
      annuitySchedule({
        kind: "utility",
        filing: isoToDay("2019-03-15"),
        grant: isoToDay("2029-03-15"),
      })
    ).toThrow("grantDate 2029-03-15 is after the end of the term.");
  });
});

describe("cost to expiry", () => {
  it("equals the full-term totals from the filing date: 82,300 / 11,200 / 26,200", () => {
    const full = (kind: "invention" | "utility" | "design", filing: string) =>
      costToExpiry({ kind, filing: isoToDay(filing) }, isoToDay(filing)).toNumber();
    expect(full("invention", "2020-01-01")).toBe(82300);
    expect(full("utility", "2020-01-01")).toBe(11200);
    expect(full("design", "2021-06-01")).toBe(26200);
    expect(full("design", "2021-05-31")).toBe(11200);
  });

  it("counts only years due on or after the as-of date (worked example above, from 2023-03-16)", () => {
    const request = {
      kind: "invention" as const,
      filing: isoToDay("2019-03-15"),
      grant: isoToDay("2022-05-20"),
      reduction: new Money("0.85"),
    };
    // All years: 3×180 + 3×300 + 3×600 + 900 + 2×6,000 + 5×8,000 = 56,140.
    expect(costToExpiry(request, isoToDay("2022-01-01")).toString()).toBe("56140");
    // Years 4 (due 2022-08-04) and 5 (due 2023-03-15) are past: 56,140 − 2×180 = 55,780.
    expect(costToExpiry(request, isoToDay("2023-03-16")).toString()).toBe("55780");
    // Due on the as-of date itself counts.
    expect(costToExpiry(request, isoToDay("2023-03-15")).toString()).toBe("55960");
    // After the last due date nothing is left.
    expect(costToExpiry(request, isoToDay("2038-03-16")).toString()).toBe("0");
  });
});
