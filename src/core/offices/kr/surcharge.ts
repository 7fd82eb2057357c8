import { DayNumber, addMonthsClamped, dayToIso } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { krGraceEnd } from "./due-dates";
import { KR_DATA, KrData } from "./kr-data";

/**
 * The months counted for a payment on `paid` of a fee due on `due`: each month or part of a month since
 * the due date counts as a whole month (1 day late is month 1; paid in (due + n−1 months, due + n months]
 * is month n).
 * @example lateMonths(isoToDay("2025-07-16"), isoToDay("2025-09-01")) //=> 2
 */
export function lateMonths(due: DayNumber, paid: DayNumber): number {
  let months = 0;
  while (paid > addMonthsClamped(due, months)) months += 1;
  return months;
}

/**
 * The KIPO surcharge (추가납부, 특허법 제81조): 3% of the fee for each month or part month after the due
 * date, up to 18% in the sixth month; after the six months the right has lapsed (restoration, 제81조의3,
 * is a separate procedure). Whole won.
 * @example krLateFee(new Money(770000), isoToDay("2025-07-16"), isoToDay("2025-09-01")).toString() //=> "46200"
 */
export function krLateFee(
  fee: Money,
  due: DayNumber,
  paid: DayNumber,
  data: KrData = KR_DATA
): Money {
  if (paid <= due) return new Money(0);
  const last = krGraceEnd(due, data.surcharge.graceMonths);
  if (paid > last)
    throw new DomainError(
      "lapsed",
      "paidDate",
      `Paid on ${dayToIso(paid)}, after the 추가납부 period ended on ${dayToIso(last)}: the KR patent has lapsed; only restoration (특허법 제81조의3) can revive it.`
    );
  const months = lateMonths(due, paid);
  return fee
    .times(data.surcharge.ratePerMonth)
    .times(months)
    .toDecimalPlaces(0, Money.ROUND_HALF_UP);
}
