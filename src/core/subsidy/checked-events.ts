import { DomainError, isDomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { canonicalOffice } from "../offices/office-names";
import {
  SubsidyEvent,
  SubsidyEventInput,
  parseEventKind,
  parseEventRightType,
  subsidyEvent,
} from "./events";
import { runSteps } from "../table/steps";

/**
 * Every event checked and normalised as `subsidyEvent` does it; a DomainError names the first invalid
 * one by its index ("events[3]: date … is not a day number."). An event that is already in normal form
 * (what a run's own events always are) is used as it is, not copied: the engine only reads its fields,
 * and a copy per event of a large portfolio was tens of thousands of objects kept for the whole stage.
 * @example checkedEvents([{ ...grant, jurisdiction: "usa" }])[0].jurisdiction //=> "US"
 */
export function checkedEvents(events: readonly SubsidyEventInput[]): SubsidyEvent[] {
  return runSteps(checkedEventsInSteps(events, events.length || 1));
}

/**
 * `checkedEvents`, pausing after every `perStep` events (the value yielded: events checked so far).
 * @example runSteps(checkedEventsInSteps(events, 10_000)).length === events.length //=> true
 */
export function* checkedEventsInSteps(
  events: readonly SubsidyEventInput[],
  perStep: number
): Generator<number, SubsidyEvent[], void> {
  // Few distinct words in any portfolio: each is parsed once, and only a word already normal is kept.
  const kinds = normalWords(parseEventKind);
  const offices = normalWords(canonicalOffice);
  const types = normalWords(parseEventRightType);
  const checked: SubsidyEvent[] = [];
  // A step at a time by a plain function: V8 optimises a loop there, not inside a running generator.
  const check = (from: number, to: number): void => {
    for (let index = from; index < to; index += 1) checkOne(index);
  };
  const checkOne = (index: number): void => {
    const event = events[index];
    if (
      isTrimmedText(event.rightId) &&
      isTrimmedText(event.applicant) &&
      Number.isInteger(event.date) &&
      (event.costBase === undefined ||
        (event.costBase instanceof Money && event.costBase.gte(0))) &&
      (event.units === undefined || (Number.isInteger(event.units) && event.units >= 1)) &&
      kinds(event.event) &&
      offices(event.jurisdiction) &&
      types(event.rightType)
    ) {
      checked.push(event as SubsidyEvent);
      return;
    }
    try {
      checked.push(subsidyEvent(event));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      throw new DomainError(error.code, error.field, `events[${index}]: ${error.message}`);
    }
  };
  for (let from = 0; from < events.length; from += perStep) {
    if (from > 0) yield from;
    check(from, Math.min(events.length, from + perStep));
  }
  return checked;
}

function isTrimmedText(value: unknown): boolean {
  return typeof value === "string" && value !== "" && value.trim() === value;
}

/** Whether a word is its own normal form under `parse` (a word `parse` rejects is not). */
function normalWords(parse: (word: string) => string): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let normal = known.get(word);
    if (normal === undefined) {
      try {
        normal = parse(word) === word;
      } catch {
        normal = false;
      }
      known.set(word, normal);
    }
    return normal;
  };
}
