import { DayNumber } from "../../dates/civil";
import { Money } from "../../money/money";
import { amountInForce } from "../europe/figure-in-force";
import { checkFee, graceEnd, lapsedError, rejectEntity } from "../europe/grace";
import { monthsAfter } from "../europe/month-end";
import { GB_DATA, GbData } from "./data";

/** The last day to pay a UK renewal fee without a late fee: one month after it is due. */
export function gbFreeUntil(due: DayNumber): DayNumber {
  return monthsAfter(due, 1);
}

/**
 * The UKIPO's late fee (Patents (Fees) Rules 2007, Schedule 2 Part 2): none within the first month after
 * the due date, then the monthly amount for each further month started, up to the sixth (GBP 24: 24, 48, 72,
 * 96, 120); after the sixth month the patent has ceased. The monthly amount is the one in force on the
 * payment date; from 2026-04-01 it is not known, so a late fee then is "#N/A" with that reason.
 */
export function gbLateFee(
  fee: Money,
  due: DayNumber,
  paid: DayNumber,
  entity?: string,
  data: GbData = GB_DATA
): Money {
  rejectEntity(entity, "the UKIPO");
  checkFee(fee);
  if (paid <= gbFreeUntil(due)) return new Money(0);
  const lastDay = graceEnd(due);
  if (paid > lastDay)
    throw lapsedError(paid, lastDay, "the patent has ceased (restoration may be possible).");
  let month = 2;
  while (paid > monthsAfter(due, month)) month += 1;
  const perMonth = amountInForce(data.lateFeePerMonth, paid, "UKIPO late-renewal fee", "fee");
  return perMonth.times(month - 1);
}
