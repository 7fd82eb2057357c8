import { DayNumber, addMonthsClamped } from "../../dates/civil";
import { Money } from "../../money/money";
import { Confidence, SourceRef } from "../office-pack";
import { krGraceEnd } from "./due-dates";
import { KR_DATA, KrData } from "./kr-data";

/**
 * Restoring a lapsed KR patent without a justifiable reason (특허법 제81조의3): by 3 months after the end
 * of the 추가납부 period, paying twice the fee (MED: one source says three times).
 * @example krRestoration(new Money(770000), isoToDay("2025-07-16")).amount.toString() //=> "1540000"
 */
export function krRestoration(
  fee: Money,
  due: DayNumber,
  data: KrData = KR_DATA
): { lastDay: DayNumber; amount: Money; confidence: Confidence; source: SourceRef } {
  const graceEnd = krGraceEnd(due, data.surcharge.graceMonths);
  return {
    lastDay: addMonthsClamped(graceEnd, data.restoration.months),
    amount: fee.times(data.restoration.multiple),
    confidence: data.restoration.confidence,
    source: data.restoration.source,
  };
}
