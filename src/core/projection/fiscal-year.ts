import { DayNumber, civilFromDay } from "../dates/civil";

/**
 * The fiscal year a date falls in, named by the calendar year it starts in (Japanese 年度 practice:
 * FY2025 runs April 2025 to March 2026). With a January start it is the calendar year.
 * @example fiscalYearOf(dayFromCivil(2026, 2, 1), 4) //=> 2025
 * @example fiscalYearOf(dayFromCivil(2026, 4, 1), 4) //=> 2026
 */
export function fiscalYearOf(day: DayNumber, startMonth: number): number {
  const { year, month } = civilFromDay(day);
  return month >= startMonth ? year : year - 1;
}

/**
 * The label of a fiscal year: "2026" for calendar years, "FY2025" otherwise.
 * @example fiscalYearLabel(2025, 4) //=> "FY2025"
 */
export function fiscalYearLabel(fiscalYear: number, startMonth: number): string {
  return startMonth === 1 ? String(fiscalYear) : `FY${fiscalYear}`;
}
