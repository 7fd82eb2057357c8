import { DayNumber } from "../../dates/civil";
import { Money } from "../../money/money";
import { amountInForce } from "../europe/figure-in-force";
import { percentSurcharge, rejectEntity } from "../europe/grace";
import { FR_DATA, FrData } from "./data";

/**
 * INPI's supplement for an annuity paid in the six-month grace period (CPI L612-19, R613-47): 50% of the
 * annuity; after it the patent lapses (restoration may be requested). Rate in force on the payment date.
 */
export function frLateFee(
  fee: Money,
  due: DayNumber,
  paid: DayNumber,
  entity?: string,
  data: FrData = FR_DATA
): Money {
  rejectEntity(entity, "INPI (France)");
  const rate = amountInForce(data.lateSurcharge, paid, "INPI late-payment supplement", "fee");
  return percentSurcharge(
    fee,
    rate,
    due,
    paid,
    "the patent has lapsed in France (a request for restoration may be possible)."
  );
}
