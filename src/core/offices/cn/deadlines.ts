import { DayNumber, addMonthsClamped } from "../../dates/civil";
import { valueInForce } from "../../rules/dated-series";
import { annuityYearStart, assertYearInTerm } from "./annuity-year";
import { shiftToWorkingDay } from "./holiday-calendar";
import { RightKind } from "./right-kind";
import { CN_RULES, CnRules } from "./rules";

/** Docketing practice uses the formal date; the holiday shift is an explicit choice. */
export interface DeadlineOptions {
  shiftToWorkday?: boolean;
  rules?: CnRules;
}

/**
 * The grace period in months for a fee due on `due`: the last late-fee band in force then (six months
 * from the formal due date: CNIPA fee standard, 滞纳金; 实施细则 2023 Art. 115). Data, not a constant, so a
 * user's rule table or a change of law moves it with the bands.
 * @example graceMonths(CN_RULES, dayFromCivil(2021, 7, 9)) //=> 6
 */
export function graceMonths(rules: CnRules, due: DayNumber): number {
  const bands = valueInForce(rules.lateFeeBands, due, "late-fee rule");
  return bands[bands.length - 1].upToMonths;
}

/**
 * The due date of the annual fee for year `year` (after the grant year): the anniversary of the filing
 * date that starts that year. Seed 003: filed 2018-07-09, the year-4 fee is due 2021-07-09 (not
 * 2021-07-08, the last day of year 3).
 * @example dayToIso(dueDate("invention", dayFromCivil(2018, 7, 9), 4)) //=> "2021-07-09"
 */
export function dueDate(
  kind: RightKind | undefined,
  filing: DayNumber,
  year: number,
  options?: DeadlineOptions
): DayNumber {
  // No default object: this runs once per right and year in projections.
  const rules = options?.rules ?? CN_RULES;
  assertYearInTerm(kind, filing, year, rules);
  const formal = annuityYearStart(filing, year);
  return options?.shiftToWorkday ? shiftToWorkingDay(rules.holidays, formal) : formal;
}

/**
 * The last day to pay year `year` with a surcharge: six months after the formal due date, then moved to the
 * next working day when asked (Art. 5 covers every period, so it covers this one too).
 * @example dayToIso(graceEnd("invention", dayFromCivil(2018, 7, 9), 4)) //=> "2022-01-09"
 */
export function graceEnd(
  kind: RightKind | undefined,
  filing: DayNumber,
  year: number,
  options: DeadlineOptions = {}
): DayNumber {
  const rules = options.rules ?? CN_RULES;
  const due = dueDate(kind, filing, year, { rules });
  const formal = addMonthsClamped(due, graceMonths(rules, due));
  return options.shiftToWorkday ? shiftToWorkingDay(rules.holidays, formal) : formal;
}

/**
 * The day a notice dated `noticeDay` is presumed received: 15 days after dispatch before 2024-01-20, the
 * dispatch day itself for electronic service from then on (实施细则 2023 Art. 4).
 * @example dayToIso(presumedReceipt(dayFromCivil(1999, 12, 16))) //=> "1999-12-31"
 */
export function presumedReceipt(noticeDay: DayNumber, rules: CnRules = CN_RULES): DayNumber {
  return (
    noticeDay +
    valueInForce(rules.presumedReceiptDays, noticeDay, "rule on presumed receipt of notices")
  );
}

/**
 * The registration deadline, by which the grant year's annuity is paid: two months after the presumed
 * receipt of the notice to grant and register (实施细则 2023 Art. 60 and 114).
 * @example dayToIso(registrationDeadline(dayFromCivil(2024, 3, 15))) //=> "2024-05-15"
 */
export function registrationDeadline(
  noticeDay: DayNumber,
  options: DeadlineOptions = {}
): DayNumber {
  const rules = options.rules ?? CN_RULES;
  const formal = addMonthsClamped(presumedReceipt(noticeDay, rules), rules.registrationMonths);
  return options.shiftToWorkday ? shiftToWorkingDay(rules.holidays, formal) : formal;
}
