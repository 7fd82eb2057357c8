import { DayNumber, addMonthsClamped, addYearsClamped } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";

/** The highest fee year the KIPO table prices (a 20-year term plus up to 5 years of extension). */
export const KR_MAX_YEAR = 25;

/** Checks a fee year: a whole number from 1 to 25. */
export function checkKrYear(year: number, field = "year"): void {
  if (!Number.isInteger(year) || year < 1 || year > KR_MAX_YEAR)
    throw new DomainError(
      "year-outside-term",
      field,
      `${field} ${year} is not a KIPO patent fee year: give a whole number from 1 to ${KR_MAX_YEAR}.`,
      { key: "krYear", params: { year, max: KR_MAX_YEAR } }
    );
}

/**
 * The due date of a fee year from year 4: the registration anniversary that starts it (특허법 제79조, paid
 * "in the preceding year"; KIPO's FAQ: registered 2007-04-19 → year 4 due 2010-04-19). Years 1-3 are paid
 * at registration (their due date is the registration date). 29 February anniversaries fall on 28 February.
 * @example dayToIso(krDueDate(isoToDay("2025-03-05"), 4)) //=> "2028-03-05"
 */
export function krDueDate(registration: DayNumber, year: number): DayNumber {
  checkKrYear(year);
  return year <= 3 ? registration : addYearsClamped(registration, year - 1);
}

/**
 * The last day of the 추가납부 period (특허법 제81조): six months after the due date, same day of the
 * month (or the month's last day). Formal date.
 * @example dayToIso(krGraceEnd(isoToDay("2025-07-16"))) //=> "2026-01-16"
 */
export function krGraceEnd(due: DayNumber, months = 6): DayNumber {
  return addMonthsClamped(due, months);
}
