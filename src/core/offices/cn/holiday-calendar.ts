import { DayNumber, isoWeekday, isoToDay } from "../../dates/civil";
import { FeeError } from "../../errors/fee-error";

/**
 * Which days CNIPA counts as working days for the end of a period. A deadline on a Saturday, a Sunday or
 * an official holiday moves to the next Monday-to-Friday that is not an official holiday (专利法实施细则
 * 2023 Art. 5; 审查指南 Part V ch. 7 §2.3). Make-up working weekends (调休) do not count as working days
 * here: since 2010-02-01 CNIPA extends deadlines falling on them too (docs/offices/cn.md).
 * This file is the one place that rule lives.
 */
export interface HolidayCalendar {
  /** Calendar years whose State Council notice is in the data; other years shift over weekends only. */
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
  where = "cn-holidays.json"
): HolidayCalendar {
  const holidays = new Set<DayNumber>();
  const coveredYears = new Set<number>();
  for (const entry of years) {
    if (!Number.isInteger(entry.year) || coveredYears.has(entry.year)) {
      throw new FeeError(
        "invalid-data",
        where,
        `${where}: year ${entry.year} is missing or repeated.`
      );
    }
    if (!entry.source)
      throw new FeeError("invalid-data", where, `${where}: year ${entry.year} names no source.`);
    coveredYears.add(entry.year);
    for (const monthDay of entry.holidays) {
      try {
        holidays.add(isoToDay(`${entry.year}-${monthDay}`));
      } catch (error) {
        throw new FeeError(
          "invalid-data",
          where,
          `${where}: ${entry.year}: ${(error as Error).message}.`
        );
      }
    }
  }
  return { coveredYears, isOfficialHoliday: (day) => holidays.has(day) };
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
