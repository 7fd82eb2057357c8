// Shared by the lunar-month search tests: the search as it was before it jumped by month (day by day),
// kept here only as the reference the new one is compared with.
import { DayNumber, dayFromCivil } from "../../../../src/core/dates/civil";
import { LunarDateOf } from "../../../../src/core/offices/cn/statutory-holidays";
import holidaysData from "../../../../src/data/cn-holidays.json";

export function firstOfLunarMonthDayByDay(
  lunarOf: LunarDateOf,
  start: DayNumber,
  lunarMonth: number
): DayNumber | undefined {
  for (let day = start; day < start + 75; day += 1) {
    const lunar = lunarOf(day);
    if (lunar.month === lunarMonth && lunar.day === 1) return day;
  }
  return undefined;
}

/** Where the product starts looking for a lunar month in a Gregorian year (statutory-holidays.ts). */
export const searchStart = (year: number, lunarMonth: number) =>
  dayFromCivil(year, lunarMonth === 1 ? 1 : lunarMonth, 1);

/** The lunar months the shipped law's holidays fall in (1, 5 and 8). */
export const LAW_LUNAR_MONTHS = [
  ...new Set(
    (holidaysData.statutoryLaw.holidays as { calendar: string; month?: number }[])
      .filter((rule) => rule.calendar === "lunar")
      .map((rule) => rule.month as number)
  ),
];
