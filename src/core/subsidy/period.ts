import { Reason, reason } from "./outcome";
import { DayNumber, dayToIso } from "../dates/civil";
import { SubsidyRule } from "./programme";

/**
 * Why a rule does not pay on `day` because of its dates, or undefined when the day lies in its period
 * (both ends inclusive): "programme ended on 2021-12-31" or "programme starts on 2022-12-01".
 * @example periodReason(sz2021Rule, isoToDay("2022-03-01")) //=> "programme ended on 2021-12-31"
 * @example periodReason(sz2021Rule, isoToDay("2021-05-01")) //=> undefined
 */
export function periodReason(rule: SubsidyRule, day: DayNumber): Reason | undefined {
  if (day < rule.effectiveFrom) return reason("r_starts", { date: dayToIso(rule.effectiveFrom) });
  if (rule.effectiveTo !== undefined && day > rule.effectiveTo) {
    return reason("r_ended", { date: dayToIso(rule.effectiveTo) });
  }
  return undefined;
}

/**
 * True when a rule is in force on `day`.
 * @example isInForce(sz2021Rule, isoToDay("2021-12-31")) //=> true
 */
export function isInForce(rule: SubsidyRule, day: DayNumber): boolean {
  // The same test as periodReason, without making its message: asked for every event and limit.
  return day >= rule.effectiveFrom && (rule.effectiveTo === undefined || day <= rule.effectiveTo);
}
