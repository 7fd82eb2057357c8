import { DayNumber, civilFromDay, dayFromCivil, isoWeekday, isoToDay } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { STATUTORY_LAW, StatutoryLaw, lawDaysOff } from "./statutory-holidays";

/**
 * Which days CNIPA counts as working days for the end of a period. A deadline on a Saturday, a Sunday or
 * an official holiday moves to the next Monday-to-Friday that is not an official holiday (专利法实施细则
 * 2023 Art. 5; 审查指南 Part V ch. 7 §2.3). Make-up working weekends (调休) do not count as working days
 * here: since 2010-02-01 CNIPA extends deadlines falling on them too (reported by several firms, e.g. for
 * Dragon Boat 2020: closure 06-25 … 27 plus the working Sunday 06-28 → 06-29).
 * This file is the one place that rule lives.
 */
export interface HolidayCalendar {
  /**
   * Calendar years whose State Council notice is in the data. Later years (from 2025 on) use the days the
   * law alone fixes (statutory-holidays.ts): a lower bound, since bridge days need the notice. Years
   * before the first notice shift over weekends only.
   */
  readonly coveredYears: ReadonlySet<number>;
  isOfficialHoliday(day: DayNumber): boolean;
}

export interface HolidayYearData {
  year: number;
  source: string;
  holidays: string[]; // "mm-dd"
  makeUpWorkdays?: string[];
}

/** Builds a calendar from per-year data, validating every date; `where` names the data in errors. */
export function holidayCalendar(
  years: readonly HolidayYearData[],
  where = "cn-holidays.json",
  law: StatutoryLaw = STATUTORY_LAW
): HolidayCalendar {
  const holidays = new Set<DayNumber>();
  const coveredYears = new Set<number>();
  for (const entry of years) {
    if (!Number.isInteger(entry.year) || coveredYears.has(entry.year)) {
      throw new DomainError(
        "invalid-data",
        where,
        `${where}: year ${entry.year} is missing or repeated.`
      );
    }
    if (!entry.source)
      throw new DomainError("invalid-data", where, `${where}: year ${entry.year} names no source.`);
    coveredYears.add(entry.year);
    for (const monthDay of entry.holidays) {
      try {
        holidays.add(isoToDay(`${entry.year}-${monthDay}`));
      } catch (error) {
        throw new DomainError(
          "invalid-data",
          where,
          `${where}: ${entry.year}: ${(error as Error).message}.`
        );
      }
    }
  }
  const computed = new Map<number, ReadonlySet<DayNumber>>();
  const lawDays = (year: number): ReadonlySet<DayNumber> => {
    let days = computed.get(year);
    if (!days) computed.set(year, (days = lawDaysOff(year, law) ?? new Set<DayNumber>()));
    return days;
  };
  // Days before the first year without a notice (from 2025 on) need only the set: the hot path of
  // shiftToWorkingDay, which asks once per day it passes.
  let firstComputedYear = law.fromYear;
  while (coveredYears.has(firstComputedYear)) firstComputedYear += 1;
  const firstComputedDay = dayFromCivil(firstComputedYear, 1, 1);
  const NONE: ReadonlySet<DayNumber> = new Set();
  let lastYearStart = 0;
  let lastYearEnd = -1;
  let lastYearDays = NONE;
  return {
    coveredYears,
    isOfficialHoliday: (day) => {
      if (holidays.has(day)) return true;
      if (day < firstComputedDay) return false;
      // Projections ask about the same year many times in a row: keep the last year's range at hand.
      if (day < lastYearStart || day > lastYearEnd) {
        const { year } = civilFromDay(day);
        lastYearStart = dayFromCivil(year, 1, 1);
        lastYearEnd = dayFromCivil(year, 12, 31);
        lastYearDays = coveredYears.has(year) ? NONE : lawDays(year);
      }
      return lastYearDays.has(day);
    },
  };
}

/**
 * True when a period may end on `day`: Monday to Friday and not an official holiday.
 * @example isPatentWorkingDay(calendar, dayFromCivil(2020, 6, 28)) //=> false (a make-up working Sunday)
 */
export function isPatentWorkingDay(calendar: HolidayCalendar, day: DayNumber): boolean {
  return isoWeekday(day) <= 5 && !calendar.isOfficialHoliday(day);
}

/**
 * The deadline after the holiday rule: `day` itself if it is a working day, else the next working day.
 * Filed 2007-10-30, the application-fee period ends 2007-12-30 (a holiday) and moves to 2008-01-02
 * (审查指南 Part V ch. 7 §2.3 example).
 * @example shiftToWorkingDay(calendar, dayFromCivil(2007, 12, 30)) //=> dayFromCivil(2008, 1, 2)
 */
export function shiftToWorkingDay(calendar: HolidayCalendar, day: DayNumber): DayNumber {
  let shifted = day;
  // The longest closure (Spring Festival, 8-9 days with weekends) bounds this loop.
  while (!isPatentWorkingDay(calendar, shifted)) shifted += 1;
  return shifted;
}

/**
 * The calendar years from `from` to `to` (day numbers, inclusive) that have no State Council notice in the
 * calendar: their deadlines moved off rest days are a lower bound (weekends, statutory and substitute days
 * only), which every output that shows such a date says.
 * @example yearsWithoutNotice(CN_RULES.holidays, dayFromCivil(2026, 1, 1), dayFromCivil(2028, 6, 1)) //=> [2027, 2028]
 */
export function yearsWithoutNotice(
  calendar: HolidayCalendar,
  from: DayNumber,
  to: DayNumber
): number[] {
  const years: number[] = [];
  for (let year = civilFromDay(from).year; year <= civilFromDay(to).year; year += 1) {
    if (!calendar.coveredYears.has(year)) years.push(year);
  }
  return years;
}

/**
 * "2027-2036" or "2027, 2030": a short list of years for messages.
 * @example yearRanges([2027, 2028, 2029, 2031]) //=> "2027-2029, 2031"
 */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j += 1;
    parts.push(i === j ? `${years[i]}` : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}
