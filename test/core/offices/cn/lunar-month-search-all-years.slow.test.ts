/* The lunar-month search by jumps finds the same day as the day-by-day search on the runtime's Chinese
 * calendar, for the law's lunar months in every year from the law's first (2025) to 2225, and in every
 * 37th year after that up to 9999, the last year Excel shows (every year to 9999 passed once, in about 3
 * minutes; CI runs this file in three time zones, so it keeps a sample): the law's days off (lawDaysOff)
 * are the same for the years the product can ask about. */
import {
  firstOfLunarMonth,
  intlLunarDateOf,
} from "../../../../src/core/offices/cn/statutory-holidays";
import { LAW_LUNAR_MONTHS, firstOfLunarMonthDayByDay, searchStart } from "./lunar-month-search";

describe("the lunar-month search by jumps, every year", () => {
  it("finds the same days as the day-by-day search from 2025 to 2225, and every 37th year to 9999", () => {
    const lunarOf = intlLunarDateOf()!;
    const differences: string[] = [];
    let found = 0;
    const years: number[] = [];
    for (let year = 2025; year <= 9999; year += year < 2225 ? 1 : 37) years.push(year);
    for (const year of years)
      for (const month of LAW_LUNAR_MONTHS) {
        const start = searchStart(year, month);
        const jumped = firstOfLunarMonth(lunarOf, start, month);
        if (jumped !== undefined) found += 1;
        if (jumped !== firstOfLunarMonthDayByDay(lunarOf, start, month))
          differences.push(`${year}/${month}`);
      }
    expect(differences).toEqual([]);
    expect(years.length).toBe(200 + 211);
    expect(found).toBe(years.length * LAW_LUNAR_MONTHS.length);
  }, 120_000);
});
