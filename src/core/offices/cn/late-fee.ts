import { DayNumber, addMonthsClamped, dayToIso } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { valueInForce } from "../../rules/dated-series";
import { shiftToWorkingDay } from "./holiday-calendar";
import { CN_RULES, CnRules, LateFeeBand } from "./rules";

/** The surcharge band a payment falls in: month 1 of the grace period is band 1 (no surcharge), …, 6. */
export interface LateFeeBandResult {
  month: number; // 0 = paid on time, 1..6 = the month of the grace period
  rate: Money;
}

function latestBands(rules: CnRules): LateFeeBand[] {
  return rules.lateFeeBands[rules.lateFeeBands.length - 1].value;
}

function lapsedError(
  field: string,
  detail: string,
  rules: CnRules,
  bands: readonly LateFeeBand[]
): DomainError {
  const requestFee = rules.restorationRequestFee.toNumber().toLocaleString("en-US");
  // The grace period is the last band's month count (6 under 实施细则 2023 Art. 115), from the data.
  const months = bands[bands.length - 1].upToMonths;
  return new DomainError(
    "lapsed",
    field,
    `Paid ${detail}: more than ${months} months late, the fee is no longer accepted and the right has lapsed (restoration: request fee CNY ${requestFee}).`
  );
}

/**
 * The surcharge rate for a payment `monthsLate` months after the due date (CNIPA fee standard (专利收费、集成电路布图设计收费标准)): (0,1] → 0,
 * (1,2] → 5%, (2,3] → 10%, (3,4] → 15%, (4,5] → 20%, (5,6] → 25%; more than 6 months is a lapse (an error).
 * @example lateFeeRateForMonths(2.3).rate.toString() //=> "0.1"
 */
export function lateFeeRateForMonths(
  monthsLate: number,
  rules: CnRules = CN_RULES
): LateFeeBandResult {
  if (!Number.isFinite(monthsLate) || monthsLate < 0) {
    throw new DomainError(
      "invalid-number",
      "monthsLate",
      `monthsLate ${monthsLate} must be a number of months, 0 or more.`
    );
  }
  if (monthsLate === 0) return { month: 0, rate: new Money(0) };
  const bands = latestBands(rules);
  for (const band of bands) {
    if (monthsLate <= band.upToMonths) return { month: band.upToMonths, rate: band.rate };
  }
  throw lapsedError("monthsLate", `${monthsLate} months late`, rules, bands);
}

/**
 * The band of a payment on `paid` for a fee due on `due`, counting calendar months from the due date with
 * the corresponding-day rule: each band edge is due + k months, computed from the due date itself. Due
 * 2021-07-09: paid 2021-08-09 → month 1 (no surcharge); 2021-09-19 → month 3 (10%); after 2022-01-09 → lapsed.
 * Band edges are not holiday-shifted (whether they move is not established; we use the formal dates). The
 * last day of the grace period is (实施细则 2023 Art. 5): a payment on 2022-01-10 for the fee due 2021-07-09
 * is in time (2022-01-09 is a Sunday) and carries the last band, 25%.
 * @example lateFeeBandOn(dayFromCivil(2021, 7, 9), dayFromCivil(2021, 9, 19)).month //=> 3
 */
export function lateFeeBandOn(
  due: DayNumber,
  paid: DayNumber,
  rules: CnRules = CN_RULES
): LateFeeBandResult {
  if (paid <= due) return { month: 0, rate: new Money(0) };
  const bands = valueInForce(rules.lateFeeBands, due, "late-fee rule");
  for (const band of bands) {
    if (paid <= addMonthsClamped(due, band.upToMonths))
      return { month: band.upToMonths, rate: band.rate };
  }
  const last = bands[bands.length - 1];
  if (paid <= shiftToWorkingDay(rules.holidays, addMonthsClamped(due, last.upToMonths)))
    return { month: last.upToMonths, rate: last.rate };
  throw lapsedError(
    "paidDate",
    `on ${dayToIso(paid)} for a fee due ${dayToIso(due)}`,
    rules,
    bands
  );
}

/**
 * The surcharge on a full annual fee: fee × rate, exact (round to the fen at output). Seed 003: 1,200 paid
 * 2 months and 10 days late → 10% → 120.
 * @example lateFee(new Money(1200), new Money("0.10")).toString() //=> "120"
 */
export function lateFee(fullAnnualFee: Money, rate: Money): Money {
  if (fullAnnualFee.isNegative()) {
    throw new DomainError(
      "negative-amount",
      "amount",
      `amount ${fullAnnualFee.toString()} is negative: give the annual fee in CNY.`
    );
  }
  return fullAnnualFee.times(rate);
}
