import { DayNumber, dayToIso } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { monthsAfter } from "./month-end";
import { roundCents } from "./pricing";

/**
 * Grace periods and surcharges of the European offices. Each is counted in months from the formal due
 * date the month-end way (`monthsAfter`); moving a last day off a weekend or an office's closed day is not
 * done here (formal dates only).
 */

/** The last day with surcharge: `months` months after the due date. */
export function graceEnd(due: DayNumber, months = 6): DayNumber {
  return monthsAfter(due, months);
}

/** Rejects a negative fee, which no office computes a surcharge on. */
export function checkFee(fee: Money): Money {
  if (fee.isNegative() || fee.isNaN())
    throw new DomainError(
      "negative-amount",
      "fee",
      `fee ${fee.toString()} is negative: give the fee, 0 or more.`
    );
  return fee;
}

/** The "lapsed" error for a payment after the last day with surcharge. */
export function lapsedError(paid: DayNumber, lastDay: DayNumber, consequence: string): DomainError {
  return new DomainError(
    "lapsed",
    "paidDate",
    `paid ${dayToIso(paid)} is after the last day with surcharge, ${dayToIso(lastDay)}: ${consequence}`
  );
}

/**
 * A surcharge of `rate` × fee for a payment after the due date and within the grace period (EPO, Unitary
 * Patent, France, Netherlands: 50%); 0 on or before the due date.
 */
export function percentSurcharge(
  fee: Money,
  rate: Money,
  due: DayNumber,
  paid: DayNumber,
  consequence: string
): Money {
  checkFee(fee);
  if (paid <= due) return new Money(0);
  const lastDay = graceEnd(due);
  if (paid > lastDay) throw lapsedError(paid, lastDay, consequence);
  return roundCents(fee.times(rate));
}

/** An office that takes no entity value: anything given is an error that says so. */
export function rejectEntity(entity: string | undefined, office: string): void {
  if (entity !== undefined && entity.trim() !== "")
    throw new DomainError(
      "invalid-entity",
      "entity",
      `entity "${entity}" means nothing for ${office}: its renewal fees do not depend on the owner's size; leave it blank.`
    );
}
