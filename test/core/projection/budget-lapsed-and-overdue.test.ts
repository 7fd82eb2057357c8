import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import { deadlines } from "../../../src/core/projection/deadlines";
import { projectPortfolio } from "../../../src/core/projection/project";
import { ProjectionSettings } from "../../../src/core/projection/settings";

// A budget never includes a lapsed right nor leaves out an overdue fee (专利法实施细则 2023 Art. 115: after
// the six-month grace period the right ends; within it the fee is payable with a surcharge).
const base = {
  title: "",
  owner: "",
  jurisdiction: "CN",
  status: "granted" as const,
  kind: "invention" as const,
  reduction: new Money(0),
};
// Worked example (docs/offices/cn-deadlines.md): filed 2017-10-01, year 9 due 2025-10-01, unpaid.
const lapsed: PortfolioRight = {
  ...base,
  row: 2,
  id: "L",
  filing: isoToDay("2017-10-01"),
  lastPaidYear: 8,
};
// Filed 2019-11-15, paid through year 6: year 7 (2,000) due 2025-11-15 is in month 2 on 2026-01-01 → 5%.
const overdue: PortfolioRight = {
  ...base,
  row: 3,
  id: "O",
  filing: isoToDay("2019-11-15"),
  lastPaidYear: 6,
};
const settings: ProjectionSettings = {
  asOf: isoToDay("2026-04-05"),
  horizonYears: 3,
  fiscalYearStartMonth: 4,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: true,
};

describe("budget: lapsed rights apart, overdue fees now", () => {
  it("leaves out a right the Deadlines sheet shows as lapsed, and returns its restoration cost", () => {
    const { rows, lapsed: apart } = projectPortfolio([lapsed], settings);
    expect(deadlines([lapsed], settings)[0].status).toBe("lapsed");
    expect(rows).toEqual([]);
    // 1,000 + 2,000 + 25% × 2,000 = 3,500.
    expect(apart.map((r) => [r.id, r.restorationCost.toNumber()])).toEqual([["L", 3500]]);
  });

  it("budgets a fee in its grace period in the as-of date's fiscal year with today's surcharge", () => {
    const asOf = { ...settings, asOf: isoToDay("2026-01-01") };
    const { rows } = projectPortfolio([overdue], asOf);
    const first = rows[0];
    // 2,000 + 5% × 2,000 = 2,100, in fiscal year 2025 (April 2025 - March 2026), due date kept.
    expect([first.year, dayToIso(first.due), first.fiscalYear, first.payable.toNumber()]).toEqual([
      7,
      "2025-11-17", // 2025-11-15 is a Saturday: shown moved to Monday
      2025,
      2100,
    ]);
    expect(first.surcharge?.toNumber()).toBe(100);
    // The next fee, year 8 due 2026-11-15 (a Sunday, shown 2026-11-16), follows at its own date.
    expect([rows[1].year, dayToIso(rows[1].due), rows[1].payable.toNumber()]).toEqual([
      8,
      "2026-11-16",
      2000,
    ]);
  });
});
