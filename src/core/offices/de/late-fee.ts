import { DayNumber } from "../../dates/civil";
import { Money } from "../../money/money";
import { amountInForce } from "../europe/figure-in-force";
import { checkFee, graceEnd, lapsedError, rejectEntity } from "../europe/grace";
import { monthsAfter } from "../europe/month-end";
import { DE_DATA, DeData } from "./data";

/** The last day to pay a German renewal fee without surcharge: the end of the second month after it is due. */
export function deFreeUntil(due: DayNumber): DayNumber {
  return monthsAfter(due, 2);
}

/**
 * The DPMA's late-payment surcharge (PatKostG §7(1)): none up to the end of the second month after the due
 * date, then a flat EUR 50 up to the end of the sixth month; after that the patent lapses. The amount is the
 * one in force on the due date (PatKostG §13); `fee` is checked but does not change the surcharge.
 */
export function deLateFee(
  fee: Money,
  due: DayNumber,
  paid: DayNumber,
  entity?: string,
  data: DeData = DE_DATA
): Money {
  rejectEntity(entity, "the DPMA");
  checkFee(fee);
  if (paid <= deFreeUntil(due)) return new Money(0);
  const lastDay = graceEnd(due);
  if (paid > lastDay) throw lapsedError(paid, lastDay, "the patent has lapsed in Germany.");
  return amountInForce(data.lateSurcharge, due, "DPMA late-payment surcharge", "fee");
}
