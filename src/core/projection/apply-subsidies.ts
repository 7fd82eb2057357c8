import { applyProgrammesInSteps, EVENTS_PER_STEP } from "../subsidy/apply";
import { compareText } from "../table/compare-text";
import { SubsidyEvent } from "../subsidy/events";
import { SubsidyOffset } from "../subsidy/offset";
import { Programme, SubsidyRule } from "../subsidy/programme";
import { regionCovers } from "../portfolio/region";
import { ruleMatches } from "../subsidy/rule-match";
import { runSteps } from "../table/steps";

/**
 * The programmes an applicant can receive: those whose region covers the applicant's location (a
 * Shenzhen programme for a Shenzhen company, CNIPA's national limit for any Chinese one, JETRO for a
 * Japanese one); every programme when the portfolio does not say where the applicant is.
 * @example programmesFor("Tokyo", BUILT_IN_PROGRAMMES).map((p) => p.id) //=> ["JP-JETRO"]
 */
export function programmesFor(
  location: string | undefined,
  programmes: readonly Programme[]
): Programme[] {
  if (location === undefined || location === "") return [...programmes];
  return programmes.filter((programme) => regionCovers(programme.region, location));
}

/**
 * Whether an event can change any applicant's subsidies: some rule of a programme the applicant can
 * receive is about it. An event it rejects yields no offset and changes no cap or count, so leaving it
 * out before `applySubsidies` gives the same result (the projection's annuity payments, hundreds of
 * thousands on a large portfolio, are mostly about no rule).
 * @example subsidyRelevance(BUILT_IN_PROGRAMMES, new Map())(tokyoAnnuityPayment) //=> false
 */
export function subsidyRelevance(
  programmes: readonly Programme[],
  locations: ReadonlyMap<string, string>
): (event: SubsidyEvent) => boolean {
  // Per applicant and trigger: an annual fee event is compared with the few rules about annual fees.
  const rulesOf = new Map<string, Map<string, SubsidyRule[]>>();
  const relevant = (event: SubsidyEvent): boolean => {
    let byTrigger = rulesOf.get(event.applicant);
    if (byTrigger === undefined) {
      byTrigger = new Map();
      for (const programme of programmesFor(locations.get(event.applicant), programmes)) {
        for (const rule of programme.rules) {
          const list = byTrigger.get(rule.trigger);
          if (list) list.push(rule);
          else byTrigger.set(rule.trigger, [rule]);
        }
      }
      rulesOf.set(event.applicant, byTrigger);
    }
    const rules = byTrigger.get(event.event);
    return rules !== undefined && rules.some((rule) => ruleMatches(rule, event));
  };
  // A rule matches on the event's kind, office and right type only: each answer is kept per applicant
  // and those three, in nested maps (no key text made per event; tens of thousands of events).
  const known = new Map<string, Map<string, Map<string, Map<string, boolean>>>>();
  // Events come in runs of one applicant, kind, office and right type: the last answer is kept too.
  let last: SubsidyEvent | undefined;
  let lastAnswer = false;
  return (event) => {
    if (
      last !== undefined &&
      event.applicant === last.applicant &&
      event.event === last.event &&
      event.jurisdiction === last.jurisdiction &&
      event.rightType === last.rightType
    ) {
      return lastAnswer;
    }
    let byKind = known.get(event.applicant);
    if (byKind === undefined) known.set(event.applicant, (byKind = new Map()));
    let byOffice = byKind.get(event.event);
    if (byOffice === undefined) byKind.set(event.event, (byOffice = new Map()));
    let byType = byOffice.get(event.jurisdiction);
    if (byType === undefined) byOffice.set(event.jurisdiction, (byType = new Map()));
    let answer = byType.get(event.rightType);
    if (answer === undefined) byType.set(event.rightType, (answer = relevant(event)));
    last = event;
    lastAnswer = answer;
    return answer;
  };
}

/**
 * The engine run once per applicant, with the programmes that applicant can receive. Caps, bonuses and
 * limits count per applicant in the engine, so separate runs give what one run would, while a Tokyo
 * applicant's US grant no longer earns a Shenzhen subsidy. Applicants are taken in code-unit order and
 * the engine orders each one's events by date, so the result does not depend on the rows' order.
 * Draft rules are not applied (they show 0 with the reason); every applicant's first event in the data
 * is taken as its first ever for first-time bonuses.
 * @example applySubsidies([usGrantOfShenzhenCo], BUILT_IN_PROGRAMMES, new Map([["Shenzhen Co", "Shenzhen"]]))[0].applied.toString() //=> "40000" (a 2021 grant)
 */
export function applySubsidies(
  events: readonly SubsidyEvent[],
  programmes: readonly Programme[],
  locations: ReadonlyMap<string, string>
): SubsidyOffset[] {
  return runSteps(applySubsidiesInSteps(events, programmes, locations));
}

/**
 * `applySubsidies`, pausing every `EVENTS_PER_STEP` events looked at or applied (the value yielded: share of the events applied,
 * 0 to 1), so a run can show progress and be cancelled while a large portfolio's subsidies are worked out.
 */
export function* applySubsidiesInSteps(
  events: readonly SubsidyEvent[],
  programmes: readonly Programme[],
  locations: ReadonlyMap<string, string>
): Generator<number, SubsidyOffset[], void> {
  const byApplicant = groupedByApplicant(events);
  const relevance = subsidyRelevance(programmes, locations);
  const offsets: SubsidyOffset[] = [];
  let before = 0;
  for (const applicant of [...byApplicant.keys()].sort(compareText)) {
    const eligible = programmesFor(locations.get(applicant), programmes);
    // An event no rule is about (most annuity payments) yields no offset and changes no cap or count:
    // leaving it out gives the same result, faster on large portfolios.
    const own = byApplicant.get(applicant) ?? [];
    // Looked at in steps too: one applicant can have a hundred thousand annuity payments.
    // The loop runs in a plain function a step at a time: V8 does not optimise a loop in a generator.
    const relevant: SubsidyEvent[] = [];
    for (let from = 0; from < own.length; from += EVENTS_PER_STEP) {
      const to = Math.min(own.length, from + EVENTS_PER_STEP);
      keepRelevant(own, from, to, relevance, relevant);
      if (to % EVENTS_PER_STEP === 0) yield before / events.length;
    }
    if (relevant.length > 0) {
      const steps = applyProgrammesInSteps(relevant, eligible);
      let step = steps.next();
      while (!step.done) {
        yield (before + step.value) / events.length;
        step = steps.next();
      }
      for (const offset of step.value) offsets.push(offset);
    }
    before += own.length;
  }
  return offsets;
}

/** The events of each applicant, in the order given. */
function groupedByApplicant(events: readonly SubsidyEvent[]): Map<string, SubsidyEvent[]> {
  const byApplicant = new Map<string, SubsidyEvent[]>();
  // Events come in runs of one applicant: its list is looked up when the applicant changes.
  let applicant: string | undefined;
  let list: SubsidyEvent[] = [];
  for (const event of events) {
    if (event.applicant !== applicant) {
      applicant = event.applicant;
      const known = byApplicant.get(applicant);
      if (known) list = known;
      else byApplicant.set(applicant, (list = []));
    }
    list.push(event);
  }
  return byApplicant;
}

/** Pushes to `relevant` those of `events[from]` to `events[to - 1]` that `relevance` keeps. */
function keepRelevant(
  events: readonly SubsidyEvent[],
  from: number,
  to: number,
  relevance: (event: SubsidyEvent) => boolean,
  relevant: SubsidyEvent[]
): void {
  for (let index = from; index < to; index += 1) {
    if (relevance(events[index])) relevant.push(events[index]);
  }
}
