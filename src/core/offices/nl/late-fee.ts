import { DayNumber } from "../../dates/civil";
import { Money } from "../../money/money";
import { amountInForce } from "../europe/figure-in-force";
import { percentSurcharge, rejectEntity } from "../europe/grace";
import { NL_DATA, NlData } from "./data";

/**
 * Octrooicentrum Nederland's surcharge for a renewal fee paid within six months after the due date: 50% of
 * the fee; after it the patent lapses (restoration within one year of the missed deadline and two months of
 * discovery, fee EUR 161).
 */
export function nlLateFee(
  fee: Money,
  due: DayNumber,
  paid: DayNumber,
  entity?: string,
  data: NlData = NL_DATA
): Money {
  rejectEntity(entity, "Octrooicentrum Nederland");
  const rate = amountInForce(data.lateSurcharge, paid, "Dutch late-payment surcharge", "fee");
  return percentSurcharge(
    fee,
    rate,
    due,
    paid,
    "the patent has lapsed in the Netherlands (restoration: within one year of the missed deadline and two months of discovery, fee EUR 161)."
  );
}
