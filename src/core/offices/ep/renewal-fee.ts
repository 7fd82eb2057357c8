import { DayNumber } from "../../dates/civil";
import { Money } from "../../money/money";
import { valueInForce } from "../../rules/dated-series";
import { PricedFee, checkYear, priceRenewal, requireAmount, roundCents } from "../europe/pricing";
import { EP_DATA, EP_FIRST_YEAR, EP_LAST_YEAR, EpData } from "./data";

/** The flag of an amount reduced for a micro-entity. */
export const MICRO_ENTITY = "micro-entity";

/**
 * Applies the micro-entity reduction in force on `day` to a priced EPO fee: 30% off, the result keeping
 * its cents (EUR 1,000 → EUR 700.00; EUR 1,915 would give EUR 1,340.50).
 */
export function withMicroReduction(
  fee: PricedFee,
  day: DayNumber,
  data: EpData = EP_DATA
): PricedFee {
  if (fee.amount === undefined) return fee;
  const reduction = requireAmount(
    {
      ...valueInForce(data.microReduction, day, "EPO micro-entity reduction"),
      flags: [],
      notes: [],
    },
    "micro"
  );
  return {
    ...fee,
    amount: roundCents(fee.amount.times(new Money(1).minus(reduction))),
    flags: [...fee.flags, MICRO_ENTITY],
  };
}

/**
 * The EPO renewal fee for `year` (3 to 20) paid on `paymentDate` (the EPO selects the table by the
 * payment date), with the micro-entity reduction when `micro` is true. From 2026-04-01 the 2024 table
 * prices the fee and the result carries the flag "newer-schedule-reported".
 */
export function epRenewalFee(
  year: number,
  paymentDate: DayNumber,
  micro: boolean,
  data: EpData = EP_DATA
): PricedFee {
  checkYear(year, EP_FIRST_YEAR, EP_LAST_YEAR, "EPO");
  const fee = priceRenewal(data, year, paymentDate);
  return micro ? withMicroReduction(fee, paymentDate, data) : fee;
}
