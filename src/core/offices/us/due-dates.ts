import {
  DayNumber,
  addMonthsClamped,
  civilFromDay,
  daysInMonth,
  dayFromCivil,
} from "../../dates/civil";
import { UsStage } from "./us-data";
import { windowOpensYears } from "./stage";

/**
 * The first day a maintenance fee can be paid: the 3rd, 7th or 11th anniversary of the grant (37 CFR
 * 1.362(d)); fees cannot be paid earlier.
 */
export function usWindowOpens(grant: DayNumber, stage: UsStage): DayNumber {
  return addMonthsClamped(grant, windowOpensYears(stage) * 12);
}

/**
 * The last day to pay without surcharge: grant + 3 years 6 months (7½, 11½), the same day of the month as
 * the grant, or the month's last day where that day does not exist (the corresponding-day rule): granted
 * 2021-08-31 → due 2025-02-28. Formal date: a weekend or D.C. holiday is not moved here.
 * @example dayToIso(usDueDate(isoToDay("2023-03-14"), 1)) //=> "2026-09-14"
 */
export function usDueDate(grant: DayNumber, stage: UsStage): DayNumber {
  return addMonthsClamped(grant, windowOpensYears(stage) * 12 + 6);
}

/**
 * The last day of the six-month grace period with surcharge: the 4th, 8th or 12th anniversary of the grant
 * (37 CFR 1.362(e)), formal date.
 * @example dayToIso(usGraceEnd(isoToDay("2021-08-31"), 1)) //=> "2025-08-31"
 */
export function usGraceEnd(grant: DayNumber, stage: UsStage): DayNumber {
  return addMonthsClamped(grant, (windowOpensYears(stage) + 1) * 12);
}

/**
 * The grace end from a due date alone (the surcharge function knows no grant date): six months after it;
 * for a due date on a month's last day, the grant may have been on a later day of the month, so the grace
 * period is taken to run to the last day of its month (never treating as lapsed a payment still accepted).
 */
export function usGraceEndFromDue(due: DayNumber): DayNumber {
  const { year, month, day } = civilFromDay(due);
  const end = addMonthsClamped(due, 6);
  if (day !== daysInMonth(year, month)) return end;
  const target = civilFromDay(end);
  return dayFromCivil(target.year, target.month, daysInMonth(target.year, target.month));
}
