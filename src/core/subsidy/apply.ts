import { civilFromDay } from "../dates/civil";
import { DomainError } from "../errors/domain-error";
import { caseOutcome } from "./case-outcome";
import { compareText } from "../table/compare-text";
import { checkedEventsInSteps } from "./checked-events";
import {
  SubsidyEvent,
  compareEvents,
  rejectDuplicateEvents,
  repeatsOneTimeEventInSteps,
} from "./events";
import { firstTimeBonuses } from "./first-time-bonus";
import { applyLimits } from "./limits";
import { SubsidyOffset, offsetOf } from "./offset";
import { NOTHING, Outcome } from "./outcome";
import { isInForce } from "./period";
import { Programme, SubsidyRule } from "./programme";
import { ruleMatches } from "./rule-match";
import { eventRules } from "./rule-index";
import { resolveStacking } from "./stacking";
import { UsageLedger, rightKey, yearKey } from "./usage-ledger";
import { countedSteps, mapSteps, runSteps } from "../table/steps";
import { sortInSteps } from "../table/sort-in-steps";

/**
 * Choices the caller makes about what the data cannot tell.
 * @example const options: ApplyOptions = { applicantsWithEarlierGrants: ["Acme"], includeDrafts: false };
 */
export interface ApplyOptions {
  /**
   * Applicants who already had a qualifying grant before the events given, so their first grant here
   * earns no first-time bonus. Everyone else's first qualifying event in the data is taken as their
   * first ever.
   */
  applicantsWithEarlierGrants?: readonly string[];
  /** Apply rows whose status is "draft" (default: report them with 0). */
  includeDrafts?: boolean;
}

/**
 * The subsidy offsets that `programmes` give for `events`. Events are applied per applicant in date order
 * (ties: right id, then event kind, office, right type, cost, units), so the result is the same for any
 * order of input rows and of programmes. For each event and each matching applicant rule (agent-only rows
 * are never applied), in programme then rule id order:
 * 1. the case: 0 with the reason when the rule is a draft or not in force ("programme ended on
 *    2021-12-31"), below a yearly minimum or at a count cap ("annual cap of 5 reached"); otherwise the
 *    amount cut to the per-case cap and to what the yearly amount cap leaves;
 * 2. stacking groups: only the rule paying most in each group keeps its amount;
 * 3. the first-time bonus, once per applicant per programme, with the first matching event;
 * 4. limits (CNIPA 2021 50% of official fees, programme-wide yearly amounts), in the same order.
 * Caps count per applicant and calendar year. Amounts stay exact Money; nothing is rounded.
 * Throws a DomainError for an invalid event (the message names its row in `events`), a one-time event
 * given twice, or programmes that share ids or mix currencies in a stacking group.
 * @example applyProgrammes(sevenCnGrantsOf2021, [SZ_2021]).filter((o) => o.applied.isZero()).map((o) => o.reason) //=> ["annual cap of 5 reached", "annual cap of 5 reached"]
 */
export function applyProgrammes(
  events: readonly SubsidyEvent[],
  programmes: readonly Programme[],
  options: ApplyOptions = {}
): SubsidyOffset[] {
  return runSteps(applyProgrammesInSteps(events, programmes, options));
}

/** Events applied between two pauses of a run (a few tens of milliseconds of work). */
export const EVENTS_PER_STEP = 1_000;

/**
 * `applyProgrammes`, pausing after every `EVENTS_PER_STEP` events (the value yielded: events applied so
 * far), so a run can show progress and be cancelled while a large portfolio's subsidies are worked out.
 */
export function* applyProgrammesInSteps(
  events: readonly SubsidyEvent[],
  programmes: readonly Programme[],
  options: ApplyOptions = {}
): Generator<number, SubsidyOffset[], void> {
  // Checked in steps too: one applicant can have a hundred thousand events.
  const checked = yield* mapSteps(checkedEventsInSteps(events, EVENTS_PER_STEP * 10), () => 0);
  // A one-time event given twice is an error whatever the order, but the message names the first in
  // the engine's order: only then are all events sorted, as before, to find it.
  const repeats = yield* mapSteps(
    repeatsOneTimeEventInSteps(checked, EVENTS_PER_STEP * 10),
    () => 0
  );
  if (repeats) rejectDuplicateEvents(yield* sorted(checked));
  const rules = rulesInOrder(programmes);
  const pays = rules.filter((rule) => rule.role === "pays" && rule.beneficiary === "applicant");
  const limits = rules.filter((rule) => rule.role === "limit");
  // The rules an event matches depend on its kind, office and right type only: found once per kind.
  const rulesFor = eventRules(pays, limits);
  // An event no pays rule matches has no outcome (limits only cut outcomes, and would record 0) and
  // counts toward no yearly minimum (those are pays rules): it need not be sorted nor looked at again.
  // A stable sort of the others gives them in the order a sort of all would.
  const paying: SubsidyEvent[] = [];
  // Loops run in plain functions a step at a time: V8 does not optimise a loop inside a generator.
  for (let from = 0; from < checked.length; from += EVENTS_PER_STEP * 10) {
    if (from > 0) yield 0;
    keepPaying(
      checked,
      from,
      Math.min(checked.length, from + EVENTS_PER_STEP * 10),
      rulesFor,
      paying
    );
  }
  const ordered = yield* sorted(paying);
  const matchingInYear = countMatchingInYear(ordered, pays);
  const ledger = new UsageLedger();
  const includeDrafts = options.includeDrafts ?? false;
  const caseContext = { ledger, includeDrafts, matchingInYear };
  const bonusContext = {
    ledger,
    applicantsWithEarlierGrants: new Set(options.applicantsWithEarlierGrants ?? []),
    seen: new Map<string, Set<string>>(),
  };

  const offsets: SubsidyOffset[] = [];
  // A pause before every EVENTS_PER_STEP-th event, as when the events were applied one by one.
  yield* countedSteps(ordered.length, 0, EVENTS_PER_STEP, (from, to) =>
    applyEvents(ordered, from, to, rulesFor, caseContext, bonusContext, offsets)
  );
  return offsets;
}

/** Pushes to `paying` those of `events[from]` to `events[to - 1]` that some pays rule matches. */
function keepPaying(
  events: readonly SubsidyEvent[],
  from: number,
  to: number,
  rulesFor: ReturnType<typeof eventRules>,
  paying: SubsidyEvent[]
): void {
  for (let index = from; index < to; index += 1) {
    if (rulesFor(events[index]).pays.length > 0) paying.push(events[index]);
  }
}

/** Applies `ordered[from]` to `ordered[to - 1]`, in order, pushing their offsets. */
function applyEvents(
  ordered: readonly SubsidyEvent[],
  from: number,
  to: number,
  rulesFor: ReturnType<typeof eventRules>,
  caseContext: Parameters<typeof caseOutcome>[2],
  bonusContext: Parameters<typeof firstTimeBonuses>[2],
  offsets: SubsidyOffset[]
): void {
  const { ledger, includeDrafts } = caseContext;
  for (let index = from; index < to; index += 1) {
    const event = ordered[index];
    const matching = rulesFor(event);
    const cases = matching.pays.map((rule) => caseOutcome(rule, event, caseContext));
    // Stacking and bonuses change nothing for an event no two grouped rules or no bonus rule match.
    if (matching.stacking) resolveStacking(cases);
    const outcomes = matching.bonus
      ? interleave(cases, firstTimeBonuses(event, cases, bonusContext))
      : cases;
    const appliedLimits =
      matching.limits.length === 0
        ? []
        : applyLimits(event, outcomes, matching.limits, ledger, includeDrafts);
    record(event, outcomes, ledger);
    for (const { limit, covered } of appliedLimits) {
      const total = covered.reduce((sum, outcome) => sum.plus(outcome.applied), NOTHING);
      ledger.add(yearKey(limit.id, event.applicant, civilFromDay(event.date).year), total, 0);
    }
    for (const outcome of outcomes) offsets.push(offsetOf(event, outcome));
  }
}

/**
 * Events in the engine's order, sorted in steps (yielding 0 applied): one applicant's tens of thousands
 * of payments at once were a stretch of over 100 ms. sortInSteps is stable, as Array.prototype.sort is.
 */
function sorted(events: readonly SubsidyEvent[]): Generator<number, SubsidyEvent[], void> {
  return mapSteps(
    sortInSteps(events, compareEvents, EVENTS_PER_STEP * 10, EVENTS_PER_STEP * 10),
    () => 0
  );
}

/** All rows of all programmes, by programme id then rule id; shared ids and mixed-currency groups rejected. */
function rulesInOrder(programmes: readonly Programme[]): SubsidyRule[] {
  const sorted = [...programmes].sort((a, b) => compareText(a.id, b.id));
  const ruleIds = new Set<string>();
  const groupCurrency = new Map<string, string>();
  sorted.forEach((programme, index) => {
    if (index > 0 && sorted[index - 1].id === programme.id) {
      throw new DomainError(
        "invalid-data",
        "programmes",
        `programme ${programme.id} is given twice.`
      );
    }
    for (const rule of programme.rules) {
      if (ruleIds.has(rule.id)) {
        throw new DomainError("invalid-data", "programmes", `rule id ${rule.id} is used twice.`);
      }
      ruleIds.add(rule.id);
      if (rule.stackingGroup === undefined) continue;
      const currency = groupCurrency.get(rule.stackingGroup) ?? rule.currency;
      if (currency !== rule.currency) {
        throw new DomainError(
          "invalid-data",
          "programmes",
          `stacking group "${rule.stackingGroup}" mixes ${currency} and ${rule.currency}: amounts in different currencies cannot be compared.`
        );
      }
      groupCurrency.set(rule.stackingGroup, currency);
    }
  });
  return sorted.flatMap((programme) => programme.rules);
}

/** For yearly minimums: matching events in force per rule, applicant and calendar year, over all events. */
function countMatchingInYear(events: readonly SubsidyEvent[], rules: readonly SubsidyRule[]) {
  const counts = new Map<string, number>();
  const keyOf = (ruleId: string, applicant: string, year: number) =>
    JSON.stringify([ruleId, applicant, year]);
  for (const rule of rules.filter((candidate) => candidate.perYearMinCount !== undefined)) {
    for (const event of events) {
      if (!ruleMatches(rule, event) || !isInForce(rule, event.date)) continue;
      const key = keyOf(rule.id, event.applicant, civilFromDay(event.date).year);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return (rule: SubsidyRule, applicant: string, year: number): number =>
    counts.get(keyOf(rule.id, applicant, year)) ?? 0;
}

/** Each rule's case outcome followed by its bonus, if any. */
function interleave(cases: Outcome[], bonuses: readonly Outcome[]): Outcome[] {
  // Most events come after the applicant's bonus is used up: nothing to put in between.
  if (bonuses.length === 0) return cases;
  return cases.flatMap((outcome) => [
    outcome,
    ...bonuses.filter((bonus) => bonus.rule === outcome.rule),
  ]);
}

/** Records what was paid: a paid case counts toward count caps; every amount toward amount caps. */
function record(event: SubsidyEvent, outcomes: readonly Outcome[], ledger: UsageLedger): void {
  const year = civilFromDay(event.date).year;
  for (const outcome of outcomes) {
    if (outcome.applied.isZero()) continue;
    const cases = outcome.part === "per-case" ? 1 : 0;
    ledger.add(yearKey(outcome.rule.id, event.applicant, year), outcome.applied, cases);
    ledger.add(rightKey(outcome.rule.id, event.rightId), outcome.applied, cases);
  }
}
