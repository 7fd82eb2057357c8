import { DayNumber, dayToIso } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { valueInForce } from "../../rules/dated-series";
import { annuityYearStart, assertYearInTerm } from "./annuity-year";
import { RightKind } from "./right-kind";
import { CN_RULES, CnRules, FeeSchedule } from "./rules";

export interface AnnualFee {
  amount: Money;
  schedule: FeeSchedule;
}

/**
 * The full (unreduced) annual fee of annuity year `year`, from the schedule in force on the fee's due date
 * (by default the anniversary that starts the year). Seed 003: invention year 4 → CNY 1,200.
 * @example annualFee("invention", dayFromCivil(2018, 7, 9), 4).amount.toString() //=> "1200"
 */
export function annualFee(
  kind: RightKind,
  filing: DayNumber,
  year: number,
  rules: CnRules = CN_RULES,
  dueDay: DayNumber = annuityYearStart(filing, year)
): AnnualFee {
  assertYearInTerm(kind, filing, year, rules);
  const schedule = valueInForce(rules.feeSchedules, dueDay, "annual-fee schedule");
  return { amount: feeIn(schedule, kind, year, dueDay), schedule };
}

/** annualFee's amount alone, with the same checks: schedules price every year, no object per fee. */
export function annualFeeAmount(
  kind: RightKind,
  filing: DayNumber,
  year: number,
  rules: CnRules,
  dueDay: DayNumber
): Money {
  assertYearInTerm(kind, filing, year, rules);
  return annualFeeInTerm(kind, year, rules, dueDay);
}

/**
 * annualFeeAmount for a year the caller has already checked to be in the term (a schedule's loop runs
 * over the term's years only): the fee schedule in force on `dueDay`, without the term looked up again.
 */
export function annualFeeInTerm(
  kind: RightKind,
  year: number,
  rules: CnRules,
  dueDay: DayNumber
): Money {
  return feeIn(valueInForce(rules.feeSchedules, dueDay, "annual-fee schedule"), kind, year, dueDay);
}

/** The fee of `year` in `schedule`, or the error that it has none. */
function feeIn(schedule: FeeSchedule, kind: RightKind, year: number, dueDay: DayNumber): Money {
  const fees = schedule.fees; // named loads stay monomorphic on this hot path (see termYears)
  const table =
    kind === "invention" ? fees.invention : kind === "utility" ? fees.utility : fees.design;
  const amount = table[year];
  if (!amount) {
    throw new DomainError(
      "no-rule-in-force",
      "year",
      `The fee schedule in force on ${dayToIso(dueDay)} has no ${kind} fee for year ${year}.`
    );
  }
  return amount;
}
