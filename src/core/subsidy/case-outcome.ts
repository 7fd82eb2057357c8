import { addYearsClamped, civilFromDay, dayToIso } from "../dates/civil";
import { Money } from "../money/money";
import { caseAmount } from "./case-amount";
import { SubsidyEvent } from "./events";
import { formatAmount } from "./format";
import { NOTHING, Outcome, Reason, cutTo, reason } from "./outcome";
import { periodReason } from "./period";
import { SubsidyRule } from "./programme";
import { sharedReason } from "./shared-reason";
import { UsageLedger, rightKey, yearKey } from "./usage-ledger";

/**
 * What the per-case step needs besides the rule and the event.
 * @example const context: CaseContext = { ledger: new UsageLedger(), includeDrafts: false, matchingInYear: () => 0 };
 */
export interface CaseContext {
  ledger: UsageLedger;
  includeDrafts: boolean;
  /** How many events of this applicant in this calendar year the rule matches while in force. */
  matchingInYear(rule: SubsidyRule, applicant: string, year: number): number;
}

/**
 * One pays rule's outcome for one event, before stacking, bonuses and limits. Checks in this order, the
 * first that fails giving 0 with its reason: draft status, effective period, the yearly minimum number of
 * cases (software copyright: ≥ 20), the per-right count cap, the yearly count cap ("annual cap of 5
 * reached"); then the amount is cut to the per-case cap and to what the yearly amount cap leaves
 * ("annual amount cap of 200,000 reached (paid 150,000 of 200,000 in 2024 before this case)").
 * Caps count per applicant per calendar year of the event date.
 * @example caseOutcome(szDomesticGrant, sixthGrantOf2021, context).reasons //=> ["annual cap of 5 reached"]
 */
export function caseOutcome(rule: SubsidyRule, event: SubsidyEvent, context: CaseContext): Outcome {
  const amount = caseAmount(rule, event);
  const outcome: Outcome = {
    rule,
    part: "per-case",
    gross: amount.gross,
    applied: amount.gross,
    reasons: [],
    notes: [],
  };
  const year = civilFromDay(event.date).year;
  const ineligible = whyNotPaid(rule, event, year, context);
  if (ineligible !== undefined) {
    cutTo(outcome, NOTHING, ineligible);
    return outcome;
  }
  if (amount.reason !== undefined) cutTo(outcome, amount.capped, amount.reason);
  if (rule.perYearAmountCap !== undefined) {
    capToYearlyAmount(
      outcome,
      rule.perYearAmountCap,
      context.ledger.amount(yearKey(rule.id, event.applicant, year)),
      year,
      ""
    );
  }
  return outcome;
}

function whyNotPaid(
  rule: SubsidyRule,
  event: SubsidyEvent,
  year: number,
  context: CaseContext
): Reason | undefined {
  if (rule.status === "draft" && !context.includeDrafts) {
    return sharedReason(rule, "draft", () => reason("r_draft"));
  }
  const outside = periodReason(rule, event.date);
  if (outside !== undefined) return outside;
  if (rule.windowYearsFromGrant !== undefined) {
    const years = rule.windowYearsFromGrant;
    if (event.grantDate === undefined) {
      return sharedReason(rule, "grantUnknown", () => reason("r_grantUnknown", { years }));
    }
    const end = addYearsClamped(event.grantDate, years);
    if (event.date < event.grantDate || event.date >= end)
      return reason("r_outsideGrantWindow", {
        years,
        from: dayToIso(event.grantDate),
        to: dayToIso(end),
      });
  }
  if (rule.perYearMinCount !== undefined) {
    const cases = context.matchingInYear(rule, event.applicant, year);
    if (cases < rule.perYearMinCount) {
      return reason("r_minCases", { min: rule.perYearMinCount, year, cases });
    }
  }
  const { ledger } = context;
  const rightCap = rule.perRightCountCap;
  if (rightCap !== undefined && ledger.count(rightKey(rule.id, event.rightId)) >= rightCap) {
    return sharedReason(rule, "rightCap", () => reason("r_rightCap", { cap: rightCap }));
  }
  const yearCap = rule.perYearCountCap;
  if (yearCap !== undefined && ledger.count(yearKey(rule.id, event.applicant, year)) >= yearCap) {
    return sharedReason(rule, "yearCap", () => reason("r_yearCap", { cap: yearCap }));
  }
  return undefined;
}

/**
 * Cuts an outcome to what is left of a yearly amount cap after `paid`, saying so. `who` names the cap's
 * owner when it is not the rule itself ("SZ-2022 ").
 * @example capToYearlyAmount(outcome, new Money(200000), new Money(150000), 2024, "") // applied 100,000 → 50,000
 */
export function capToYearlyAmount(
  outcome: Outcome,
  cap: Money,
  paid: Money,
  year: number,
  who: string
): void {
  const left = Money.max(cap.minus(paid), 0);
  if (outcome.applied.greaterThan(left)) {
    cutTo(
      outcome,
      left,
      reason("r_amountCap", { who, cap: formatAmount(cap), paid: formatAmount(paid), year })
    );
  }
}
