import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { readPortfolio } from "../../../src/core/portfolio/read-portfolio";
import { fiscalYearOf } from "../../../src/core/projection/fiscal-year";
import { projectPortfolio } from "../../../src/core/projection/project";
import { samplePortfolio } from "../../../src/core/sample/sample-portfolio";

// The sample's right in its grace period is budgeted now with today's surcharge; its right lapsed for
// non-payment is not budgeted at all (专利法实施细则 2023 Art. 115).
describe("the sample portfolio's budget", () => {
  it.each(["2026-11-23", "2031-03-01"])(
    "has the overdue fee now and no lapsed right (%s)",
    (today) => {
      const asOf = isoToDay(today);
      const read = readPortfolio({
        sheet: "Sample",
        top: 1,
        left: 0,
        values: samplePortfolio(asOf),
      });
      const settings = {
        asOf,
        horizonYears: 10,
        fiscalYearStartMonth: 1,
        currency: { code: "CNY", ratePerCny: new Money(1) },
        shiftToWorkday: false,
      };
      const { rows, lapsed } = projectPortfolio(read.rights, settings);
      // Year 6 of an invention with the 85% reduction: 15% × 1,200 = 180, plus 5% × 1,200 = 60 (month 2).
      const overdue = rows.find((r) => r.id === "CN201910458812.3" && r.year === 6)!;
      expect([overdue.payable.toNumber(), overdue.surcharge?.toNumber()]).toEqual([240, 60]);
      expect(overdue.fiscalYear).toBe(fiscalYearOf(asOf, 1));
      // The utility model lapsed for non-payment: apart, with 1,000 + the year-7 fee 1,200 + 25% × 1,200.
      expect(rows.some((r) => r.id === "CN201820761234.5")).toBe(false);
      expect(lapsed.map((r) => [r.id, r.restorationCost.toNumber()])).toEqual([
        ["CN201820761234.5", 2500],
      ]);
    }
  );
});
