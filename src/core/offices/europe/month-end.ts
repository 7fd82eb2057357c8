import {
  DayNumber,
  addMonthsClamped,
  civilFromDay,
  dayFromCivil,
  daysInMonth,
} from "../../dates/civil";

/**
 * Month-end date arithmetic shared by the European offices (EPO, Unitary Patent, DE, FR, NL, GB): their
 * renewal fees fall due on the last day of the month that contains an anniversary of the filing date, and
 * their grace periods run from such a last day to the last day of a later month (EPO Guidelines A-X 5.2.4).
 */

/** The last day of the month that contains `day`. @example dayToIso(lastDayOfMonth(isoToDay("2024-02-10"))) //=> "2024-02-29" */
export function lastDayOfMonth(day: DayNumber): DayNumber {
  const { year, month } = civilFromDay(day);
  return dayFromCivil(year, month, daysInMonth(year, month));
}

/** True when `day` is the last day of its month. */
export function isLastDayOfMonth(day: DayNumber): boolean {
  return lastDayOfMonth(day) === day;
}

/**
 * The due date of the fee for fee year `year` (counted from the filing date, the first year starting on
 * it): the last day of the month containing the (year − 1)th anniversary of the filing date. A 29 February
 * filing has its anniversaries on 28 February in common years, which is in the same month, so the month
 * end is the same either way.
 * @example dayToIso(anniversaryMonthEnd(isoToDay("2024-05-15"), 3)) //=> "2026-05-31"
 */
export function anniversaryMonthEnd(filing: DayNumber, year: number): DayNumber {
  return lastDayOfMonth(addMonthsClamped(filing, (year - 1) * 12));
}

/**
 * `months` months after `start`, a period counted the way the European offices count from a month end: a
 * start on the last day of a month ends on the last day of the target month (31 July + 6 months is
 * 31 January, 30 September + 6 months is 31 March); any other start ends on the corresponding day, or on
 * the month's last day when it has no such day (28 April + 6 months is 28 October).
 */
export function monthsAfter(start: DayNumber, months: number): DayNumber {
  const end = addMonthsClamped(start, months);
  return isLastDayOfMonth(start) ? lastDayOfMonth(end) : end;
}

/**
 * The fee year (1, 2, …) that contains `day`, counted from the filing date: year n runs from the
 * (n − 1)th anniversary up to the day before the nth. A day before the filing date is year 0.
 */
export function feeYearContaining(filing: DayNumber, day: DayNumber): number {
  if (day < filing) return 0;
  const { year: filingYear } = civilFromDay(filing);
  const { year: dayYear } = civilFromDay(day);
  let years = dayYear - filingYear;
  if (addMonthsClamped(filing, years * 12) > day) years -= 1;
  return years + 1;
}
