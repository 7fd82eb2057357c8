import { DayNumber, addYearsClamped, civilFromDay, dayToIso } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { RightKind } from "./right-kind";
import { CN_RULES, CnRules } from "./rules";
import { longestTermYears, termYears } from "./term";

/**
 * Annuity years (专利年度) count from the filing date, not the priority or grant date, and have no link to
 * calendar years (审查指南 Part V ch. 9 §2.2.1): year N starts on the (N-1)th anniversary of
 * the filing date. Filed 1999-06-01, year 1 runs 1999-06-01 … 2000-05-31.
 * @example dayToIso(annuityYearStart(dayFromCivil(1999, 6, 1), 2)) //=> "2000-06-01"
 */
export function annuityYearStart(filing: DayNumber, year: number): DayNumber {
  return addYearsClamped(filing, year - 1);
}

/**
 * Rejects a year that is not a whole number within the term of the right; without a kind, within the
 * longest term of any kind.
 * @example assertYearInTerm("utility", dayFromCivil(2020, 1, 1), 11) // throws year-outside-term
 */
export function assertYearInTerm(
  kind: RightKind | undefined,
  filing: DayNumber,
  year: number,
  rules: CnRules = CN_RULES
): void {
  const term = kind ? termYears(kind, filing, rules) : longestTermYears(filing, rules);
  if (!Number.isInteger(year) || year < 1 || year > term)
    throw yearOutsideTerm(kind, filing, year, term);
}

function yearOutsideTerm(
  kind: RightKind | undefined,
  filing: DayNumber,
  year: number,
  term: number
): DomainError {
  const what = kind ? `the ${term}-year term of this ${kind}` : `the ${term}-year longest term`;
  return new DomainError(
    "year-outside-term",
    "year",
    `year ${year} is outside ${what} (filed ${dayToIso(filing)}): give a whole number from 1 to ${term}.`,
    {
      key: kind ? "yearOutsideTerm" : "yearOutsideLongest",
      params: { year, term, filed: dayToIso(filing), ...(kind ? { kind } : {}) },
    }
  );
}

/**
 * The annuity year that contains `date`. Dates before the filing date are an error.
 * @example annuityYearOf(dayFromCivil(1999, 6, 1), dayFromCivil(2000, 5, 31)) //=> 1
 */
export function annuityYearOf(filing: DayNumber, date: DayNumber, field = "date"): number {
  if (date < filing) {
    throw new DomainError(
      "date-order",
      field,
      `${field} ${dayToIso(date)} is before the filing date ${dayToIso(filing)}.`,
      { key: "dateBeforeFiling", params: { date: dayToIso(date), filed: dayToIso(filing) } }
    );
  }
  // Calendar-year difference is right or one too high (before the anniversary in that year).
  const guess = civilFromDay(date).year - civilFromDay(filing).year + 1;
  return annuityYearStart(filing, guess) <= date ? guess : guess - 1;
}
