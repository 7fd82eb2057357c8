import { DayNumber, dayToIso } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { UsEntity } from "../entity";
import { usGraceEndFromDue } from "./due-dates";
import { usSurcharge } from "./maintenance-fee";
import { US_DATA, UsData } from "./us-data";

/**
 * The USPTO surcharge on a maintenance fee due on `due` and paid on `paid`: nothing when paid in time, the
 * fixed amount of the entity size (schedule in force on the payment date) in the six-month grace period;
 * after it the patent has expired, and only a petition under 37 CFR 1.378 can accept the fee.
 * @example usLateFee("small", isoToDay("2026-07-15"), isoToDay("2026-08-01")).toString() //=> "216"
 */
export function usLateFee(
  entity: UsEntity,
  due: DayNumber,
  paid: DayNumber,
  data: UsData = US_DATA
): Money {
  if (paid <= due) return new Money(0);
  const last = usGraceEndFromDue(due);
  if (paid > last)
    throw new DomainError(
      "lapsed",
      "paidDate",
      `Paid on ${dayToIso(paid)}, after the grace period ended on ${dayToIso(last)}: the US patent has expired; only a petition (37 CFR 1.378) can accept the fee.`
    );
  return usSurcharge(entity, paid, data);
}
