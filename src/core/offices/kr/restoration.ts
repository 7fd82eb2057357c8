import { DayNumber, addMonthsClamped } from "../../dates/civil";
import { Money } from "../../money/money";
import { Confidence } from "../office-pack";
import { krGraceEnd } from "./due-dates";
import { KR_DATA, KrData } from "./kr-data";

/** What restoring a lapsed KR patent costs and by when, or what our data is missing to say so. */
export type KrRestoration =
  | { lastDay: DayNumber; amount: Money; confidence: Confidence }
  | { missing: string; confidence: "UNCONFIRMED" };

/**
 * Restoring a lapsed KR patent without a justifiable reason (특허법 제81조의3). The built-in data grades its
 * period and fee UNCONFIRMED (practitioner summaries disagree: twice or three times the fee), so it gives
 * no figure; data that grades them gives `multiple` × the fee by `months` after the 추가납부 period.
 * @example "missing" in krRestoration(new Money(770000), isoToDay("2025-07-16")) //=> true
 */
export function krRestoration(fee: Money, due: DayNumber, data: KrData = KR_DATA): KrRestoration {
  const rule = data.restoration;
  if ("missing" in rule) return rule;
  const graceEnd = krGraceEnd(due, data.surcharge.graceMonths);
  return {
    lastDay: addMonthsClamped(graceEnd, rule.months),
    amount: fee.times(rule.multiple),
    confidence: rule.confidence,
  };
}
