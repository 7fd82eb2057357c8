/* The lunar-month search jumps from one month's first day to the next instead of reading every day: it
 * finds the same day as the day-by-day search, on any calendar of 29- and 30-day months and on the
 * runtime's Chinese calendar for the law's months from 2025 (the law's first year) to 2125. The slow test
 * beside this one covers every year to 9999. */
import fc from "fast-check";
import {
  firstOfLunarMonth,
  intlLunarDateOf,
} from "../../../../src/core/offices/cn/statutory-holidays";
import { dayToIso } from "../../../../src/core/dates/civil";
import { LAW_LUNAR_MONTHS, firstOfLunarMonthDayByDay, searchStart } from "./lunar-month-search";

/** A calendar from month lengths: day 0 is day `firstDay` of the first month; -1 marks a leap month. */
function syntheticCalendar(months: { length: number; month: number }[], firstDay: number) {
  const dates: { month: number; day: number }[] = [];
  for (const { length, month } of months)
    for (let day = 1; day <= length; day += 1) dates.push({ month, day });
  const offset = firstDay - 1;
  return (d: number) => dates[d + offset] ?? { month: 0, day: 0 };
}

describe("the lunar-month search by jumps", () => {
  it("finds the day the day-by-day search finds, on any calendar of 29- and 30-day months", () => {
    const month = fc.record({
      length: fc.constantFrom(29, 30),
      month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(-1)),
    });
    fc.assert(
      fc.property(
        fc.array(month, { minLength: 5, maxLength: 8 }),
        fc.integer({ min: 1, max: 29 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 12 }),
        (months, firstDay, start, target) => {
          const lunarOf = syntheticCalendar(months, firstDay);
          expect(firstOfLunarMonth(lunarOf, start, target)).toBe(
            firstOfLunarMonthDayByDay(lunarOf, start, target)
          );
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("reads a few days, not every day: 2027's new year", () => {
    const lunarOf = intlLunarDateOf()!;
    const read: number[] = [];
    const counting = (day: number) => {
      read.push(day);
      return lunarOf(day);
    };
    const found = firstOfLunarMonth(counting, searchStart(2027, 1), 1)!;
    // ICU's day (a day after the Beijing new moon, which the finder corrects afterwards).
    expect(dayToIso(found)).toBe("2027-02-07");
    expect(read.length).toBeLessThanOrEqual(5);
    expect(firstOfLunarMonthDayByDay(lunarOf, searchStart(2027, 1), 1)).toBe(found);
  });

  it("finds the same days on the runtime's Chinese calendar for the law's months, 2025-2125", () => {
    const lunarOf = intlLunarDateOf()!;
    expect(LAW_LUNAR_MONTHS).toEqual([1, 5, 8]);
    const differences: string[] = [];
    for (let year = 2025; year <= 2125; year += 1)
      for (const month of LAW_LUNAR_MONTHS) {
        const start = searchStart(year, month);
        const jumped = firstOfLunarMonth(lunarOf, start, month);
        const read = firstOfLunarMonthDayByDay(lunarOf, start, month);
        if (jumped === undefined || jumped !== read) differences.push(`${year}/${month}`);
      }
    expect(differences).toEqual([]);
  });
});
