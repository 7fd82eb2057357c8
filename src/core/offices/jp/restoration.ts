import { DayNumber, addYearsClamped } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { lowerGrade } from "../grades";
import { Confidence } from "../office-pack";
import { JP_DATA, JpData, JpKind } from "./jp-data";

/**
 * What restoring a lapsed JP right costs (特許法第112条の2, periods missed from 2023-04-01): the fee, the
 * 割増 equal to it, and the restoration fee (¥212,100 for patents, MED). A right whose restoration fee is
 * not in our data is a "figure-unconfirmed" error naming it.
 * @example jpRestorationCost("patent", new Money(96200)).amount.toString() //=> "404500"
 */
export function jpRestorationCost(
  kind: JpKind,
  fee: Money,
  data: JpData = JP_DATA
): { amount: Money; confidence: Confidence } {
  const restoration = data.restoration.fees[kind];
  if ("missing" in restoration)
    throw new DomainError("figure-unconfirmed", "kind", `No amount: ${restoration.missing}.`);
  return {
    amount: fee.times(new Money(1).plus(data.surcharge.rate)).plus(restoration.amount),
    confidence: lowerGrade(restoration.confidence, data.surcharge.confidence),
  };
}

/**
 * The last day to request restoration (特許法第112条の2第1項): one year after the 追納 period ends, counted
 * as Art. 3(1) counts (from the next day, ending the day before the corresponding day), given the day the
 * 追納 period ended (after any Art. 3(2) move). The request must also be made within 2 months of the day
 * the owner could act, which no portfolio records. J3: 追納 period ends 2026-11-18 → 2027-11-18.
 * @example jpRestorationLastDay(isoToDay("2026-11-18")) //=> isoToDay("2027-11-18")
 */
export function jpRestorationLastDay(lateEnd: DayNumber): DayNumber {
  return addYearsClamped(lateEnd + 1, 1) - 1;
}
