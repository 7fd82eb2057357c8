import { NOTHING, Reason, reason } from "./outcome";
import { Money } from "../money/money";
import { SubsidyEvent } from "./events";
import { costBaseWords, formatAmount, formatRate } from "./format";
import { SubsidyRule } from "./programme";
import { sharedReason } from "./shared-reason";

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
      const missing = sharedReason(rule, "noCostBase", () =>
        reason("r_noCostBase", { rate: formatRate(rate), base: costBaseWords(rule.costBase) })
      );
      return { gross: NOTHING, capped: NOTHING, reason: missing };
    }
    gross = rate.times(event.costBase);
  } else {
    gross = perUnit(rule.amount as Money, event.units ?? 1);
  }
  const cap = rule.perCaseCap;
  if (cap !== undefined && gross.greaterThan(cap)) {
    return {
      gross,
      capped: cap,
      reason: sharedReason(rule, "perCaseCap", () =>
        reason("r_perCaseCap", { cap: formatAmount(cap) })
      ),
    };
  }
  return { gross, capped: gross };
}

/** `amount` × `units`; for one unit the amount itself when times(1) would give the same value (no new Decimal). */
function perUnit(amount: Money, units: number): Money {
  // times() rounds to the precision: an amount with more significant digits goes through it as before.
  return units === 1 && amount.sd() <= Money.precision ? amount : amount.times(units);
}
