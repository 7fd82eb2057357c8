import { civilFromDay } from "../dates/civil";
import { Money } from "../money/money";
import { capToYearlyAmount } from "./case-outcome";
import { SubsidyEvent } from "./events";
import { costBaseWords, formatAmount, formatRate } from "./format";
import { NOTHING, Outcome, cutTo, reason } from "./outcome";
import { isInForce } from "./period";
import { SubsidyRule } from "./programme";
import { ruleMatches } from "./rule-match";
import { sharedReason } from "./shared-reason";
import { UsageLedger, yearKey } from "./usage-ledger";

/**
 * A limit that applied to an event and the outcomes it covered, so the caller can record what the limit
 * let through once all limits ran.
 * @example applyLimits(grant, outcomes, limits, ledger, false)[0].limit.id //=> "CNIPA-2021/grant-subsidies-within-half-of-official-fees"
 */
export interface AppliedLimit {
  limit: SubsidyRule;
  covered: Outcome[];
}

/**
 * The outcomes a limit restricts: its own programme's (scope "programme"), or every programme's in its
 * currency (scope "all"; the CNIPA 2021 limit speaks of subsidies "of all levels", and amounts in other
 * currencies cannot be compared with CNY official fees).
 * @example coveredBy(cnipaLimit, outcomes).every((o) => o.rule.currency === "CNY") //=> true
 */
export function coveredBy(limit: SubsidyRule, outcomes: readonly Outcome[]): Outcome[] {
  return outcomes.filter((outcome) =>
    limit.scope === "programme"
      ? outcome.rule.programme === limit.programme
      : outcome.rule.currency === limit.currency
  );
}

/**
 * Applies limit rows to the outcomes of one event, in the order given (programme id, then rule id), each
 * limit cutting the outcomes it covers in their order until they fit:
 * - a rate limit (CNIPA 2021: grant subsidies of all levels at most 50% of the official fees) allows
 *   rate × the event's cost base in total; without a cost base it cannot be checked and each paid
 *   outcome gets a note saying so;
 * - a yearly amount limit (SZ-2022: at most 10,000,000 per entity per year) allows what is left of it
 *   for the applicant in the event's calendar year.
 * Limits that are drafts (unless asked for), out of force or about other events do nothing.
 * Returns the limits that applied, so the caller can record what they let through.
 * @example applyLimits(grant, outcomes, [cnipaLimit], ledger, false) // 40,000 cut to 6,000 when costBase is 12,000
 */
export function applyLimits(
  event: SubsidyEvent,
  outcomes: readonly Outcome[],
  limits: readonly SubsidyRule[],
  ledger: UsageLedger,
  includeDrafts: boolean
): AppliedLimit[] {
  const applied: AppliedLimit[] = [];
  for (const limit of limits) {
    if (!ruleMatches(limit, event) || !isInForce(limit, event.date)) continue;
    if (limit.status === "draft" && !includeDrafts) continue;
    const covered = coveredBy(limit, outcomes);
    if (limit.rate !== undefined) applyRateLimit(limit, event, covered);
    if (limit.perYearAmountCap !== undefined) {
      const year = civilFromDay(event.date).year;
      let paid = ledger.amount(yearKey(limit.id, event.applicant, year));
      for (const outcome of covered) {
        capToYearlyAmount(outcome, limit.perYearAmountCap, paid, year, `${limit.programme} `);
        paid = paid.plus(outcome.applied);
      }
    }
    applied.push({ limit, covered });
  }
  return applied;
}

function applyRateLimit(
  limit: SubsidyRule,
  event: SubsidyEvent,
  covered: readonly Outcome[]
): void {
  const rate = limit.rate as Money;
  if (rate.isZero()) {
    // A ban needs no cost base: nothing is allowed. Its conditions say which rule ended the subsidy.
    // The conditions are the programme data's own words (English, with the source's title).
    const why = sharedReason(limit, "banned", () =>
      limit.conditions === undefined
        ? reason("r_banned", { programme: limit.programme })
        : reason("r_bannedWhy", { programme: limit.programme, conditions: limit.conditions })
    );
    for (const outcome of covered) if (outcome.applied.greaterThan(0)) cutTo(outcome, NOTHING, why);
    return;
  }
  const what = () => ({
    programme: limit.programme,
    rate: formatRate(rate),
    base: costBaseWords(limit.costBase),
  });
  if (event.costBase === undefined) {
    for (const outcome of covered) {
      if (outcome.applied.greaterThan(0)) {
        // The same note for every grant without official fees: one per limit.
        outcome.notes.push(
          sharedReason(limit, "notChecked", () => reason("n_limitNotChecked", what()))
        );
      }
    }
    return;
  }
  const allowed = rate.times(event.costBase);
  let used = new Money(0);
  for (const outcome of covered) {
    const left = Money.max(allowed.minus(used), 0);
    if (outcome.applied.greaterThan(left)) {
      cutTo(
        outcome,
        left,
        reason("r_limit", {
          ...what(),
          costBase: formatAmount(event.costBase),
          allowed: formatAmount(allowed),
          used: formatAmount(used),
        })
      );
    }
    used = used.plus(outcome.applied);
  }
}
