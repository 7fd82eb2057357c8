import { DayNumber, dayToIso } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { jpGraceEnd } from "./due-dates";
import { JP_DATA, JpData } from "./jp-data";

/**
 * The JPO surcharge (割増特許料, 特許法第112条) on a fee due on `due` and paid on `paid`: none when paid in
 * time, the same amount again in the six-month 追納 period (so the total is twice the fee); after that the
 * right has lapsed (restoration under 第112条の2 is a separate procedure).
 * @example jpLateFee(new Money(96200), isoToDay("2026-05-18"), isoToDay("2026-08-03")).toString() //=> "96200"
 */
export function jpLateFee(
  fee: Money,
  due: DayNumber,
  paid: DayNumber,
  data: JpData = JP_DATA
): Money {
  if (paid <= due) return new Money(0);
  const last = jpGraceEnd(due, data.surcharge.graceMonths);
  if (paid > last)
    throw new DomainError(
      "lapsed",
      "paidDate",
      `Paid on ${dayToIso(paid)}, after the 追納 period ended on ${dayToIso(last)}: the JP right has lapsed; only restoration (特許法第112条の2) can revive it.`
    );
  return fee.times(data.surcharge.rate);
}
