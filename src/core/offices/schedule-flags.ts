import { DayNumber, addYearsClamped } from "../dates/civil";

/** Flag of a fee priced with the newest known table for a due date more than a year after its start. */
export const SCHEDULE_MAY_CHANGE = "schedule-may-change";

/**
 * True when a fee due on `due` is priced with a table that started more than a year before: offices
 * revise fees every few years, so such an amount is an estimate with today's table.
 * @example mayChange(dayFromCivil(2026, 1, 1), dayFromCivil(2024, 1, 1)) //=> true
 */
export function mayChange(due: DayNumber, newestTableFrom: DayNumber): boolean {
  return due > addYearsClamped(newestTableFrom, 1);
}
