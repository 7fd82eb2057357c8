import { Reason, reason } from "./outcome";
import { Money } from "../money/money";
import { SubsidyEvent } from "./events";
import { costBaseWords, formatAmount, formatRate } from "./format";
import { SubsidyRule } from "./programme";

/**
 * What one rule pays for one case before any annual cap, stacking, bonus or limit.
 * @example caseAmount(jetroPatent, filingCosting4Million) //=> { gross: 2000000, capped: 1500000, reason: "per-case cap of 1,500,000" }
 */
export interface CaseAmount {
  /** Amount × units, or rate × cost base: what the rule's formula gives. */
  gross: Money;
  /** The gross cut to the rule's per-case cap. */
  capped: Money;
  /** Why `capped` is below `gross`, or why there is nothing to pay (no cost base given). */
  reason?: Reason;
}

/**
 * The amount a pays rule gives for one event: a fixed amount per unit (units default to 1; Madrid
 * designations are units), or its rate of the event's cost base, then cut to the per-case cap.
 * A percent rule without a cost base gives 0 and says what is missing.
 * @example caseAmount(jetroPatent, { ...filing, costBase: new Money(4000000) }).capped.toString() //=> "1500000"
 */
export function caseAmount(rule: SubsidyRule, event: SubsidyEvent): CaseAmount {
  let gross: Money;
  if (rule.amountType === "percent") {
    const rate = rule.rate as Money;
    if (event.costBase === undefined) {
      const base = costBaseWords(rule.costBase);
      const missing = reason("r_noCostBase", { rate: formatRate(rate), base });
      return { gross: new Money(0), capped: new Money(0), reason: missing };
    }
    gross = rate.times(event.costBase);
  } else {
    gross = (rule.amount as Money).times(event.units ?? 1);
  }
  if (rule.perCaseCap !== undefined && gross.greaterThan(rule.perCaseCap)) {
    return {
      gross,
      capped: rule.perCaseCap,
      reason: reason("r_perCaseCap", { cap: formatAmount(rule.perCaseCap) }),
    };
  }
  return { gross, capped: gross };
}
