import { civilFromDay } from "../dates/civil";
import { capToYearlyAmount } from "./case-outcome";
import { SubsidyEvent } from "./events";
import { NOTHING, Outcome, cutTo, reason } from "./outcome";
import { UsageLedger, yearKey } from "./usage-ledger";

/**
 * What the bonus step remembers across events and what the caller told it.
 * @example const context: BonusContext = { ledger, applicantsWithEarlierGrants: new Set(["Acme"]), seen: new Map() };
 */
export interface BonusContext {
  ledger: UsageLedger;
  /** Applicants the caller says already had a qualifying grant before the events given. */
  applicantsWithEarlierGrants: ReadonlySet<string>;
  /** Per programme, the applicants whose first qualifying event has been seen (filled in here). */
  seen: Map<string, Set<string>>;
}

/**
 * The first-time bonus outcomes for one event (Shenzhen 2021: +7,500 with the applicant's first granted
 * domestic invention, once per applicant). A bonus belongs to the applicant's first event that a
 * bonus-bearing rule of the programme matches, in the engine's event order: the first such event in the
 * data is taken to be the first ever, unless the applicant is in `applicantsWithEarlierGrants`. That
 * event carries the bonus row whatever happens to it, so a first grant before the programme started, or
 * one whose case is not paid, uses up the bonus and says why it paid 0. The bonus is not a case (it does
 * not count toward a count cap) but is money paid (it counts toward the rule's yearly amount cap).
 * @example firstTimeBonuses(firstGrantOfAcme, [caseOutcome], context)[0].applied.toString() //=> "7500"
 */
export function firstTimeBonuses(
  event: SubsidyEvent,
  cases: readonly Outcome[],
  context: BonusContext
): Outcome[] {
  const bonuses: Outcome[] = [];
  for (const base of cases) {
    const bonus = base.rule.firstTimeBonus;
    if (bonus === undefined) continue;
    // Two look-ups, not a JSON key made per case (a text per payment event of a run).
    let applicants = context.seen.get(base.rule.programme);
    if (!applicants) context.seen.set(base.rule.programme, (applicants = new Set()));
    if (applicants.has(event.applicant)) continue;
    applicants.add(event.applicant);
    const outcome: Outcome = {
      rule: base.rule,
      part: "first-time-bonus",
      gross: bonus,
      applied: bonus,
      reasons: [],
      notes: [],
    };
    if (context.applicantsWithEarlierGrants.has(event.applicant)) {
      cutTo(outcome, NOTHING, reason("r_earlierGrant"));
    } else if (base.applied.isZero()) {
      cutTo(
        outcome,
        NOTHING,
        base.reasons.length > 0
          ? reason("r_paidCaseOnlyWhy", {}, base.reasons)
          : reason("r_paidCaseOnly")
      );
    } else if (base.rule.perYearAmountCap !== undefined) {
      const year = civilFromDay(event.date).year;
      const paid = context.ledger
        .amount(yearKey(base.rule.id, event.applicant, year))
        .plus(base.applied);
      capToYearlyAmount(outcome, base.rule.perYearAmountCap, paid, year, "");
    }
    bonuses.push(outcome);
  }
  return bonuses;
}
