import { DayNumber } from "../../dates/civil";
import { Money } from "../../money/money";
import { valueInForce } from "../../rules/dated-series";
import { percentSurcharge } from "../europe/grace";
import { requireAmount } from "../europe/pricing";
import { EP_DATA, EpData } from "./data";
import { isEpMicro } from "./entity";

/**
 * The EPO's additional fee for a renewal fee paid late (Rule 51(2) EPC): 50% of `fee` when paid after the
 * due date and up to the last day of the sixth month after it; past that the application is deemed
 * withdrawn. `fee` is the renewal fee the applicant owes, so for a micro-entity the reduced fee (the
 * reference grades "50% of the reduced fee" MED). `due` is the formal due date (for a Euro-PCT application
 * deferred to the end of the 31-month period, the grace period runs from that date).
 */
export function epLateFee(
  fee: Money,
  due: DayNumber,
  paid: DayNumber,
  entity?: string,
  data: EpData = EP_DATA
): Money {
  isEpMicro(entity); // validates the value; the reduction is already in `fee`
  const rate = requireAmount(
    {
      ...valueInForce(data.lateSurcharge, paid, "EPO additional fee for late payment"),
      flags: [],
      notes: [],
    },
    "fee"
  );
  return percentSurcharge(
    fee,
    rate,
    due,
    paid,
    "the European application is deemed withdrawn (re-establishment under Art. 122 EPC may be possible)."
  );
}
