/* The lunar-month search by jumps finds the same day as the day-by-day search on the runtime's Chinese
 * calendar, for the law's lunar months in every year from the law's first (2025) to 9999, the last year
 * Excel shows: so the law's days off (lawDaysOff) are the same for every year the product can ask about. */
import {
  firstOfLunarMonth,
  intlLunarDateOf,
} from "../../../../src/core/offices/cn/statutory-holidays";
import { LAW_LUNAR_MONTHS, firstOfLunarMonthDayByDay, searchStart } from "./lunar-month-search";

describe("the lunar-month search by jumps, every year", () => {
  it("finds the same days as the day-by-day search from 2025 to 9999", () => {
    const lunarOf = intlLunarDateOf()!;
    const differences: string[] = [];
    let found = 0;
    for (let year = 2025; year <= 9999; year += 1)
      for (const month of LAW_LUNAR_MONTHS) {
        const start = searchStart(year, month);
        const jumped = firstOfLunarMonth(lunarOf, start, month);
        if (jumped !== undefined) found += 1;
        if (jumped !== firstOfLunarMonthDayByDay(lunarOf, start, month))
          differences.push(`${year}/${month}`);
      }
    expect(differences).toEqual([]);
    expect(found).toBe((9999 - 2025 + 1) * LAW_LUNAR_MONTHS.length);
  }, 900_000);
});
