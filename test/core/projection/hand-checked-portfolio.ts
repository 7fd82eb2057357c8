import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { PortfolioRight } from "../../../src/core/portfolio/read-portfolio";
import { ProjectionSettings } from "../../../src/core/projection/settings";

/**
 * A small portfolio whose projection was worked out by hand (fees from the CNIPA fee standard, docs/offices/cn.md), as of
 * 2026-01-01 over 3 years, April fiscal years, JPY at 19 per CNY:
 * - A  invention filed 2018-07-09, notice 2021-03-01: years 9-11 due 2026/27/28-07-09: 2,000 + 4,000 + 4,000 = 10,000
 * - B  utility filed 2020-02-29, notice 2020-12-01, 85% reduction (years 1-10): years 7, 8 due 2026-02-28,
 *      2027-02-28 (1,200 × 15% = 180 each), year 9 due 2028-02-29 (2,000 × 15% = 300): 660
 * - C  design filed 2021-06-01, pending: assumed granted on 2026-01-01 (year 5), registration by 2026-03-01:
 *      900, then years 6-8 due 2026/27/28-06-01 at 1,200: 4,500
 * - D  invention marked lapsed: nothing
 * - E  invention filed 2015-05-05, notice 2018-01-10, paid through year 12: years 13, 14 due 2027/28-05-05
 *      at 6,000: 12,000 (no owner)
 * Total 27,160 CNY in 12 payments; 27,160 × 19 = 516,040 JPY.
 */
const right = (
  r: Partial<PortfolioRight> & Pick<PortfolioRight, "id" | "kind" | "filing">
): PortfolioRight => ({
  row: 0,
  title: "",
  status: "granted",
  reduction: new Money(0),
  owner: "",
  jurisdiction: "CN",
  ...r,
});

export const HAND_CHECKED: PortfolioRight[] = [
  right({
    row: 2,
    id: "A",
    kind: "invention",
    filing: isoToDay("2018-07-09"),
    grant: isoToDay("2021-03-01"),
    owner: "Tokyo",
  }),
  right({
    row: 3,
    id: "B",
    kind: "utility",
    filing: isoToDay("2020-02-29"),
    grant: isoToDay("2020-12-01"),
    reduction: new Money("0.85"),
    owner: "Osaka",
  }),
  right({
    row: 4,
    id: "C",
    kind: "design",
    filing: isoToDay("2021-06-01"),
    status: "pending",
    owner: "Tokyo",
  }),
  right({
    row: 5,
    id: "D",
    kind: "invention",
    filing: isoToDay("2010-01-01"),
    status: "lapsed",
    owner: "Tokyo",
  }),
  right({
    row: 6,
    id: "E",
    kind: "invention",
    filing: isoToDay("2015-05-05"),
    grant: isoToDay("2018-01-10"),
    lastPaidYear: 12,
  }),
];

export const SETTINGS: ProjectionSettings = {
  asOf: isoToDay("2026-01-01"),
  horizonYears: 3,
  fiscalYearStartMonth: 4,
  currency: { code: "JPY", ratePerCny: new Money(19) },
  shiftToWorkday: false,
};
