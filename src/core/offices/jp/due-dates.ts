import { DayNumber, addMonthsClamped, addYearsClamped, isoToDay } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { JpKind } from "./jp-data";

/** The highest fee year the JPO tables price, per right (patents up to 25 with a term extension). */
export const JP_MAX_YEAR: Record<JpKind, number> = { patent: 25, utility: 10, design: 25 };

/** Fee years paid before or at registration (utility models: with the filing fee). */
export const JP_FIRST_ANNUAL_YEAR: Record<JpKind, number> = { patent: 4, utility: 4, design: 2 };

const PAID_BEFORE: Record<JpKind, string> = {
  patent:
    "patent years 1-3 are paid together within 30 days of the decision to grant, before registration (特許法第108条第1項)",
  utility: "utility model years 1-3 are paid with the filing fee (実用新案法第32条)",
  design: "design year 1 is paid at registration (意匠法第43条)",
};

/** Checks a fee year: a whole number from 1 to the office's highest year for the right. */
export function checkJpYear(kind: JpKind, year: number, field = "year"): void {
  if (!Number.isInteger(year) || year < 1 || year > JP_MAX_YEAR[kind])
    throw new DomainError(
      "year-outside-term",
      field,
      `${field} ${year} is not a ${kind} fee year: give a whole number from 1 to ${JP_MAX_YEAR[kind]}.`,
      { key: "jpYear", params: { year, kind, max: JP_MAX_YEAR[kind] } }
    );
}

/**
 * The formal due date of the annual fee of `year`: the registration anniversary that starts the year
 * (特許法第108条第2項, "前年以前"). A 29 February registration has its anniversaries on 28 February in
 * common years (特許法第3条第1項第2号: no corresponding day, the period ends on the last day of the month).
 * Years paid before or at registration are an error that says so.
 * @example dayToIso(jpDueDate("patent", isoToDay("2025-06-12"), 4)) //=> "2028-06-12"
 */
export function jpDueDate(kind: JpKind, registration: DayNumber, year: number): DayNumber {
  checkJpYear(kind, year);
  if (year < JP_FIRST_ANNUAL_YEAR[kind])
    throw new DomainError(
      "paid-before-registration",
      "year",
      `year ${year} has no anniversary due date: ${PAID_BEFORE[kind]}. Give a year from ${JP_FIRST_ANNUAL_YEAR[kind]}.`
    );
  return addYearsClamped(registration, year - 1);
}

/**
 * The last day of the 追納 period (特許法第112条): six months after the due date, counted from the next day
 * and ending the day before the corresponding day (第3条). It differs from "due + 6 months" only at month
 * ends: 2026-04-30 → 2026-10-31.
 * @example dayToIso(jpGraceEnd(isoToDay("2026-05-18"))) //=> "2026-11-18"
 */
export function jpGraceEnd(due: DayNumber, months = 6): DayNumber {
  return addMonthsClamped(due + 1, months) - 1;
}

const DESIGN_25_YEARS_FROM = isoToDay("2020-04-01");

/**
 * The day the right ends: patent 20 years from filing (特許法第67条, without extension), utility model 10
 * years from filing, design 25 years from filing if filed from 2020-04-01, else 20 years from registration.
 * A fee year that starts on or after this day is not payable.
 */
export function jpTermEnd(kind: JpKind, filing: DayNumber, registration: DayNumber): DayNumber {
  if (kind === "patent") return addYearsClamped(filing, 20);
  if (kind === "utility") return addYearsClamped(filing, 10);
  return filing >= DESIGN_25_YEARS_FROM
    ? addYearsClamped(filing, 25)
    : addYearsClamped(registration, 20);
}

/**
 * The last day to pay patent years 1-3: 30 days after service of the decision to grant, the first day not
 * counted (特許法第108条第1項, 第3条); extendable by 30 days on request (第108条第3項), not modelled.
 * @example dayToIso(jpUpfrontDeadline(isoToDay("2025-05-20"))) //=> "2025-06-19"
 */
export function jpUpfrontDeadline(decisionServed: DayNumber): DayNumber {
  return decisionServed + 30;
}
