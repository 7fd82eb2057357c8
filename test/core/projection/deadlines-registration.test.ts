import { dayToIso, isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import { deadlines } from "../../../src/core/projection/deadlines";
import { ProjectionSettings } from "../../../src/core/projection/settings";

// The grant-year fee is paid with the registration formalities (专利法实施细则 2023 Art. 60, 114): no grace
// period, no surcharge. Worked example: docs/offices/cn-deadlines.md, "The grant-year fee has no grace period".
const right = (overrides: Partial<PortfolioRight>): PortfolioRight => ({
  row: 2,
  id: "R",
  title: "",
  owner: "",
  jurisdiction: "CN",
  status: "granted",
  kind: "invention",
  filing: isoToDay("2020-01-01"),
  grant: isoToDay("2026-08-01"),
  reduction: new Money(0),
  lastPaidYear: 6,
  ...overrides,
});
const settings = (asOf: string, shiftToWorkday = true): ProjectionSettings => ({
  asOf: isoToDay(asOf),
  horizonYears: 3,
  fiscalYearStartMonth: 1,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday,
});
const show = (rights: PortfolioRight[], asOf: string) =>
  deadlines(rights, settings(asOf)).map((row) => ({
    status: row.status,
    year: row.year,
    due: row.due === undefined ? undefined : dayToIso(row.due),
    surcharge: row.surcharge?.toNumber(),
    lastDay: row.lastDay === undefined ? undefined : dayToIso(row.lastDay),
    restorationCost: row.restorationCost?.toNumber(),
    restorationBy: row.restorationBy === undefined ? undefined : dayToIso(row.restorationBy),
  }));

describe("Deadlines: the grant-year fee", () => {
  it("offers no grace period once the registration deadline has passed: restoration only", () => {
    // Notice 2026-08-01 → deadline 2026-10-01, moved off the National Day closure to 2026-10-08.
    // Restoration: 1,000 + the year-7 fee 2,000 = 3,000; force majeure until 2028-10-01 + shift.
    expect(show([right({})], "2026-10-15")).toEqual([
      {
        status: "registration-missed",
        year: 7,
        due: "2026-10-08",
        surcharge: undefined,
        lastDay: "2026-10-08",
        restorationCost: 3000,
        // 2028-10-01 is a Sunday of National Day (10-01 … 10-03, Mid-Autumn on 10-03 too): one substitute
        // day, 10-04 (Art. 6), so the limit moves to Thursday 2028-10-05 at the earliest.
        restorationBy: "2028-10-05",
      },
    ]);
  });

  it("lists both fees when the registration deadline falls after the next anniversary", () => {
    // Filed 2020-09-01, notice 2026-08-10: grant year 6 (2025-09-01 … 2026-08-31), registration deadline
    // 2026-10-10 (a Saturday, moved to Monday 2026-10-12); the year-7 fee is due 2026-09-01, before it.
    const late = right({
      filing: isoToDay("2020-09-01"),
      grant: isoToDay("2026-08-10"),
      lastPaidYear: 5,
    });
    expect(show([late], "2026-09-05").map((r) => [r.status, r.year, r.due])).toEqual([
      ["grace", 7, "2026-09-01"],
      ["registration-due", 6, "2026-10-12"],
    ]);
  });
});
