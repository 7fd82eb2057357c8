import { dayToIso, isoToDay } from "../../../../src/core/dates/civil";
import {
  anniversaryMonthEnd,
  feeYearContaining,
  isLastDayOfMonth,
  lastDayOfMonth,
  monthsAfter,
} from "../../../../src/core/offices/europe/month-end";

const iso = dayToIso;
const day = isoToDay;

describe("month-end arithmetic of the European offices (docs/offices/ep.md, Rules)", () => {
  it("finds the last day of a month, 29 February in leap years", () => {
    expect(iso(lastDayOfMonth(day("2024-02-10")))).toBe("2024-02-29");
    expect(iso(lastDayOfMonth(day("2023-02-01")))).toBe("2023-02-28");
    expect(iso(lastDayOfMonth(day("2026-12-31")))).toBe("2026-12-31");
    expect(isLastDayOfMonth(day("2026-04-30"))).toBe(true);
    expect(isLastDayOfMonth(day("2026-04-29"))).toBe(false);
  });

  it("puts year n's due date at the end of the month of the (n-1)th anniversary (E1: 2024-05-15, year 3 → 2026-05-31)", () => {
    expect(iso(anniversaryMonthEnd(day("2024-05-15"), 3))).toBe("2026-05-31");
    expect(iso(anniversaryMonthEnd(day("2024-05-15"), 4))).toBe("2027-05-31");
    expect(iso(anniversaryMonthEnd(day("2024-05-31"), 2))).toBe("2025-05-31");
  });

  it("gives a 29 February filing its February month end: 28th in common years, 29th in leap years", () => {
    expect(iso(anniversaryMonthEnd(day("2024-02-29"), 3))).toBe("2026-02-28");
    expect(iso(anniversaryMonthEnd(day("2024-02-29"), 5))).toBe("2028-02-29");
  });

  it("counts months from a month end to a month end, and from any other day to the corresponding day", () => {
    expect(iso(monthsAfter(day("2026-07-31"), 6))).toBe("2027-01-31"); // E3
    expect(iso(monthsAfter(day("2027-09-30"), 6))).toBe("2028-03-31"); // UP2
    expect(iso(monthsAfter(day("2026-11-30"), 2))).toBe("2027-01-31"); // DE1
    expect(iso(monthsAfter(day("2025-08-31"), 6))).toBe("2026-02-28");
    expect(iso(monthsAfter(day("2027-08-31"), 6))).toBe("2028-02-29");
    expect(iso(monthsAfter(day("2026-04-28"), 6))).toBe("2026-10-28"); // E2
    expect(iso(monthsAfter(day("2025-08-30"), 6))).toBe("2026-02-28"); // no 30 February: clamped
  });

  it("finds the fee year that contains a day, year n starting on the (n-1)th anniversary", () => {
    const filing = day("2020-09-15");
    expect(feeYearContaining(filing, day("2020-09-14"))).toBe(0);
    expect(feeYearContaining(filing, filing)).toBe(1);
    expect(feeYearContaining(filing, day("2021-09-14"))).toBe(1);
    expect(feeYearContaining(filing, day("2021-09-15"))).toBe(2);
    expect(feeYearContaining(filing, day("2026-09-14"))).toBe(6);
    expect(feeYearContaining(filing, day("2026-09-15"))).toBe(7);
    const leap = day("2020-02-29");
    expect(feeYearContaining(leap, day("2021-02-27"))).toBe(1);
    expect(feeYearContaining(leap, day("2021-02-28"))).toBe(2);
    expect(feeYearContaining(leap, day("2024-02-28"))).toBe(4);
    expect(feeYearContaining(leap, day("2024-02-29"))).toBe(5);
  });
});
