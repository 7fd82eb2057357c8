import { DayNumber } from "../../dates/civil";
import { Money } from "../../money/money";
import { valueInForce } from "../../rules/dated-series";
import { percentSurcharge, rejectEntity } from "../europe/grace";
import { requireAmount } from "../europe/pricing";
import { UP_DATA, UpData } from "./data";

/**
 * The Unitary Patent additional fee for a renewal fee paid late: 50% of `fee` within six months of the
 * due date (RFeesUPP Art. 2(2)); `fee` is the fee owed, so with a licence of right the reduced fee (Unitary
 * Patent Guide D-II). After the six months the unitary patent lapses.
 */
export function upLateFee(
  fee: Money,
  due: DayNumber,
  paid: DayNumber,
  entity?: string,
  data: UpData = UP_DATA
): Money {
  rejectEntity(entity, "the Unitary Patent");
  const rate = requireAmount(
    {
      ...valueInForce(data.lateSurcharge, paid, "Unitary Patent additional fee"),
      flags: [],
      notes: [],
    },
    "fee"
  );
  return percentSurcharge(fee, rate, due, paid, "the unitary patent has lapsed.");
}
