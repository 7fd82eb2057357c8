import { rightKindFromText } from "../offices/cn/right-kind";
import { DayNumber } from "../dates/civil";
import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { compareText } from "../table/compare-text";
import { RepeatFinder } from "./repeat-finder";
import { canonicalOffice } from "../offices/office-names";
import { RIGHT_TYPES, RightType, TRIGGERS, Trigger, isOneOf } from "./vocabulary";
import { runSteps } from "../table/steps";

/**
 * What happened to a right; a rule whose trigger has the same name pays for it.
 * @example const kind: EventKind = "grant";
 */
export type EventKind = Trigger;

/**
 * Every event kind, in the order error messages list them.
 * @example EVENT_KINDS[2] //=> "grant"
 */
export const EVENT_KINDS: readonly EventKind[] = TRIGGERS;

/**
 * The kind of a right an event is about: a rule's right types without the wildcard "any".
 * @example const type: EventRightType = "software-copyright";
 */
export type EventRightType = Exclude<RightType, "any">;

/**
 * One thing that happened to one right of one applicant, such as the grant of CN 202110123456.7 on
 * 2021-05-01. `costBase` is the cost a percent rule takes its share of, in the programme's currency:
 * the official fees paid to obtain the right for a grant (the CNIPA 2021 limit compares against it),
 * the annuity for annuity-paid, the premium for premium-paid, the interest for loan-repaid, the foreign
 * filing costs for filing. `units` counts what a rule pays per unit, such as the countries designated
 * in a Madrid registration (default 1).
 * @example const grant: SubsidyEvent = { rightId: "US 11,111,111", applicant: "Acme", event: "grant", jurisdiction: "US", rightType: "invention", date: isoToDay("2021-05-01") };
 */
export interface SubsidyEvent {
  rightId: string;
  applicant: string;
  event: EventKind;
  /** Canonical office code (CN, US, JP, EP, KR, EM, …), "PCT" or "MADRID". */
  jurisdiction: string;
  rightType: EventRightType;
  date: DayNumber;
  costBase?: Money;
  units?: number;
  /** The right's grant date, for rules paying within years from grant (an annuity event carries it). */
  grantDate?: DayNumber;
}

/**
 * An event as a task pane or a cell gives it: the words not yet checked (see `subsidyEvent`).
 * @example const row: SubsidyEventInput = { rightId: "R1", applicant: "Acme", event: "Grant", jurisdiction: "uspto", rightType: "发明", date: 18748 };
 */
export interface SubsidyEventInput {
  rightId: string;
  applicant: string;
  event: string;
  jurisdiction: string;
  rightType: string;
  date: DayNumber;
  costBase?: Money;
  units?: number;
  grantDate?: DayNumber;
}

/**
 * The event kinds as a list for messages and function help.
 * @example EVENT_HELP.startsWith("filing, publication, grant") //=> true
 */
export const EVENT_HELP = EVENT_KINDS.join(", ");
const RIGHT_TYPE_HELP = RIGHT_TYPES.filter((type) => type !== "any").join(", ");

/**
 * The event kind a user typed (case and surrounding spaces ignored), or a DomainError listing the kinds.
 * @example parseEventKind(" Grant ") //=> "grant"
 */
export function parseEventKind(text: string, field = "event"): EventKind {
  const word = String(text).normalize("NFKC").trim().toLowerCase();
  if (isOneOf(EVENT_KINDS, word)) return word;
  throw new DomainError("unknown-event", field, `${field} "${text}" is not one of: ${EVENT_HELP}.`);
}

/**
 * The right type a user typed: one of the subsidy right types, or a patent kind in any language the CN
 * fee functions accept (发明, 実用新案, …).
 * @example parseEventRightType("发明") //=> "invention"
 * @example parseEventRightType("Trademark") //=> "trademark"
 */
export function parseEventRightType(text: string, field = "rightType"): EventRightType {
  const word = String(text).normalize("NFKC").trim().toLowerCase();
  if (word !== "any" && isOneOf(RIGHT_TYPES, word)) return word as EventRightType;
  const patentKind = rightKindFromText(word);
  if (patentKind) return patentKind;
  throw new DomainError(
    "invalid-kind",
    field,
    `${field} "${text}" is not one of: ${RIGHT_TYPE_HELP}.`
  );
}

/**
 * Checks and normalises one event: ids present, event kind and right type known, office code
 * canonical, date a whole day number, cost not negative, units a whole number of 1 or more.
 * @example subsidyEvent({ rightId: "R1", applicant: "A", event: "grant", jurisdiction: "usa", rightType: "invention", date: 18748 }).jurisdiction //=> "US"
 */
export function subsidyEvent(input: SubsidyEventInput): SubsidyEvent {
  const rightId = requiredText(input.rightId, "rightId");
  const applicant = requiredText(input.applicant, "applicant");
  if (!Number.isInteger(input.date)) {
    throw new DomainError(
      "invalid-date",
      "date",
      `date ${String(input.date)} is not a day number.`
    );
  }
  if (input.costBase !== undefined && !(input.costBase instanceof Money && input.costBase.gte(0))) {
    throw new DomainError(
      "negative-amount",
      "costBase",
      `costBase of ${rightId} must be an amount of 0 or more.`
    );
  }
  if (input.units !== undefined && !(Number.isInteger(input.units) && input.units >= 1)) {
    throw new DomainError(
      "invalid-number",
      "units",
      `units of ${rightId} must be a whole number of 1 or more.`
    );
  }
  const event: SubsidyEvent = {
    rightId,
    applicant,
    event: parseEventKind(input.event),
    jurisdiction: canonicalOffice(input.jurisdiction),
    rightType: parseEventRightType(input.rightType),
    date: input.date,
  };
  if (input.costBase !== undefined) event.costBase = input.costBase;
  if (input.units !== undefined) event.units = input.units;
  if (input.grantDate !== undefined) event.grantDate = input.grantDate;
  return event;
}

function requiredText(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new DomainError("invalid-data", field, `${field} is missing: every event needs one.`);
  }
  return value.trim();
}

/**
 * The order events are applied in: per applicant by date, ties broken by right id, then event kind,
 * office, right type, cost and units, so that every field takes part and no input order can show
 * through in the result.
 * @example [later, earlier].sort(compareEvents)[0] === earlier //=> true
 */
export function compareEvents(a: SubsidyEvent, b: SubsidyEvent): number {
  return (
    compareText(a.applicant, b.applicant) ||
    a.date - b.date ||
    compareText(a.rightId, b.rightId) ||
    compareText(a.event, b.event) ||
    compareText(a.jurisdiction, b.jurisdiction) ||
    compareText(a.rightType, b.rightType) ||
    compareCost(a.costBase, b.costBase) ||
    (a.units ?? 1) - (b.units ?? 1)
  );
}

function compareCost(a: Money | undefined, b: Money | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  return a.comparedTo(b);
}

/** Events that happen once per right and office; a second one is a ledger error, not a second subsidy. */
const ONCE_PER_RIGHT: ReadonlySet<EventKind> = new Set<EventKind>([
  "filing",
  "publication",
  "grant",
  "registration",
]);

/**
 * Rejects a one-time event (filing, publication, grant, registration) given twice for the same right
 * and office, which would otherwise be paid twice. Recurring events (annuity, premium, loan) may repeat.
 * @example rejectDuplicateEvents([grantOfR1, grantOfR1]) // throws DomainError "duplicate-event"
 */
export function rejectDuplicateEvents(events: readonly SubsidyEvent[]): void {
  const event = firstRepeated(events);
  if (event !== undefined) {
    throw new DomainError(
      "duplicate-event",
      "rightId",
      `${event.rightId} has more than one ${event.event} event in ${event.jurisdiction}: a right is ` +
        `granted, published, registered or filed once per office; remove the duplicate row.`
    );
  }
}

/**
 * True when some one-time event is given twice, whatever the order (rejectDuplicateEvents names the
 * first in its list's order).
 * @example repeatsOneTimeEvent([grantOfR1, grantOfR1]) //=> true
 */
export function repeatsOneTimeEvent(events: readonly SubsidyEvent[]): boolean {
  return runSteps(repeatsOneTimeEventInSteps(events, events.length || 1));
}

/**
 * `repeatsOneTimeEvent`, pausing after every `perStep` events looked at (the value yielded: events
 * looked at so far): 90,000 events at once were a task of 20-40 ms in the pane.
 */
export function* repeatsOneTimeEventInSteps(
  events: readonly SubsidyEvent[],
  perStep: number
): Generator<number, boolean, void> {
  const finder = new RepeatFinder(events, oneTimeCount(events));
  for (let from = 0; from < events.length; from += perStep) {
    if (from > 0) yield from;
    const to = Math.min(events.length, from + perStep);
    if (firstRepeatedBetween(events, finder, from, to) !== undefined) return true;
  }
  return false;
}

/** The first one-time event that repeats an earlier one of the same right, kind and office. */
function firstRepeated(events: readonly SubsidyEvent[]): SubsidyEvent | undefined {
  const finder = new RepeatFinder(events, oneTimeCount(events));
  return firstRepeatedBetween(events, finder, 0, events.length);
}

function oneTimeCount(events: readonly SubsidyEvent[]): number {
  let oneTime = 0;
  for (let index = 0; index < events.length; index += 1)
    if (ONCE_PER_RIGHT.has(events[index].event)) oneTime += 1;
  return oneTime;
}

/** Adds the one-time events of `events[from]` to `events[to - 1]` to `finder`; the first that repeats. */
function firstRepeatedBetween(
  events: readonly SubsidyEvent[],
  finder: RepeatFinder,
  from: number,
  to: number
): SubsidyEvent | undefined {
  for (let index = from; index < to; index += 1) {
    if (ONCE_PER_RIGHT.has(events[index].event) && finder.add(index) >= 0) return events[index];
  }
  return undefined;
}
