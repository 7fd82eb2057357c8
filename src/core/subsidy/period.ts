import { Reason, reason } from "./outcome";
import { DayNumber, dayToIso } from "../dates/civil";
import { SubsidyRule } from "./programme";
import { sharedReason } from "./shared-reason";

/**
 * Why a rule does not pay on `day` because of its dates, or undefined when the day lies in its period
 * (both ends inclusive): "programme ended on 2021-12-31" or "programme starts on 2022-12-01".
 * @example periodReason(sz2021Rule, isoToDay("2022-03-01")) //=> "programme ended on 2021-12-31"
 * @example periodReason(sz2021Rule, isoToDay("2021-05-01")) //=> undefined
 */
export function periodReason(rule: SubsidyRule, day: DayNumber): Reason | undefined {
  // One reason per rule: most offsets of a large portfolio are events outside a programme's dates.
  if (day < rule.effectiveFrom) {
    return sharedReason(rule, "starts", () =>
      reason("r_starts", { date: dayToIso(rule.effectiveFrom) })
    );
  }
  const to = rule.effectiveTo;
  if (to !== undefined && day > to) {
    return sharedReason(rule, "ended", () => reason("r_ended", { date: dayToIso(to) }));
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
