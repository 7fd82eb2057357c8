import { DayNumber, dayFromCivil } from "../core/dates/civil";

/**
 * Today on the user's clock, as a civil day: the default "as of" date of the functions. It is the one
 * place that reads the clock, at the function boundary (documented: users should pass a cell instead).
 * @example todayDay(new Date(2026, 10, 23)) //=> dayFromCivil(2026, 11, 23)
 */
export function todayDay(now: Date = new Date()): DayNumber {
  return dayFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
