import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { ProjectionSettings } from "../../../src/core/projection/settings";
import { SourceGrid } from "../../../src/core/table/grid";

/**
 * A mixed portfolio worked by hand: one right at each of CN, JP, US, EP, UP, DE and KR, projected from
 * 2026-06-01 over two years (to 2028-06-01), fiscal years = calendar years, output CNY. Without a
 * last year paid, fees already due on the as-of date are taken as paid.
 *
 * | row | right | fees in the horizon | source |
 * | --- | --- | --- | --- |
 * | 2 | CN invention filed 2020-03-01, granted 2023-05-01 | years 8, 9 (due 2027-03-01, 2028-03-01): CNY 2,000 each | docs/offices/cn.md (years 7-9) |
 * | 3 | JP patent, registered 2021-12-24, 8 claims | year 6 (2026-12-24): 10,300 + 800 × 8 = JPY 16,700; year 7 (2027-12-24): 24,800 + 1,900 × 8 = JPY 40,000 | docs/offices/jp.md |
 * | 4 | US utility patent issued 2023-01-10 | stage 1 (3.5 years: 2026-07-10): USD 2,150 | docs/offices/us.md |
 * | 5 | EP application filed 2022-03-10, pending | years 6, 7 (2027-03-31, 2028-03-31): EUR 1,155 and 1,310 | docs/offices/ep.md |
 * | 6 | UP filed 2019-03-10, granted 2024-01-10 | years 9, 10 (2027-03-31, 2028-03-31): EUR 990 and 1,175 | docs/offices/up.md |
 * | 7 | DE (validated EP) filed 2019-03-10 | years 9, 10 (2027-03-31, 2028-03-31): EUR 350 and 430 | docs/offices/de.md |
 * | 8 | KR patent filed 2024-03-10, pending, 10 claims | assumed registered 2026-06-01: years 1-3 that day, 13,000 + 12,000 × 10 = KRW 133,000 each [MED] | docs/offices/kr.md |
 */
export const MIXED_PORTFOLIO: SourceGrid = {
  sheet: "Portfolio",
  top: 1,
  left: 0,
  values: [
    ["ID", "Type", "Filing date", "Grant date", "Status", "Jurisdiction", "Claims"],
    ["CN1", "发明", "2020-03-01", "2023-05-01", "", "CN", ""],
    ["JP1", "特許", "2020-09-30", "2021-12-24", "", "日本", 8],
    ["US1", "invention", "2021-05-20", "2023-01-10", "", "US", ""],
    ["EP1", "invention", "2022-03-10", "", "pending", "EP", ""],
    ["UP1", "invention", "2019-03-10", "2024-01-10", "", "UP", ""],
    ["DE1", "invention", "2019-03-10", "2024-01-10", "", "Germany", ""],
    ["KR1", "invention", "2024-03-10", "", "pending", "KIPO", 10],
  ],
};

/** Rates into CNY; KRW left blank on purpose (no bundled rates). */
export const MIXED_RATES: SourceGrid = {
  sheet: "Rates",
  top: 1,
  left: 0,
  values: [
    ["Currency", "Rate", "As of", "Source"],
    ["CNY", 1, "2026-05-29", "output"],
    ["JPY", 0.048, "2026-05-29", "hand-picked for the test"],
    ["USD", 7.1, "2026-05-29", "hand-picked for the test"],
    ["EUR", 7.8123, "2026-05-29", "hand-picked for the test"],
    ["KRW", "", "", ""],
  ],
};

export const MIXED_SETTINGS: ProjectionSettings = {
  asOf: isoToDay("2026-06-01"),
  horizonYears: 2,
  fiscalYearStartMonth: 1,
  currency: { code: "CNY", ratePerCny: new Money(1) },
  shiftToWorkday: false,
};
