import { EventKind, SubsidyEvent } from "../../../../src/core/subsidy/events";

// The search for a repeated one-time event before issue 14 moved it to RepeatFinder: nested maps
// by kind and office of sets of right ids. Kept as the oracle of repeat-finder-equality.test.ts.

const ONCE_PER_RIGHT: ReadonlySet<EventKind> = new Set<EventKind>([
  "filing",
  "publication",
  "grant",
  "registration",
]);

export function firstRepeatedBefore(events: readonly SubsidyEvent[]): SubsidyEvent | undefined {
  const seen = new Map<string, Map<string, Set<string>>>();
  for (const event of events) {
    if (!ONCE_PER_RIGHT.has(event.event)) continue;
    let offices = seen.get(event.event);
    if (!offices) seen.set(event.event, (offices = new Map()));
    let ids = offices.get(event.jurisdiction);
    if (!ids) offices.set(event.jurisdiction, (ids = new Set()));
    const size = ids.size;
    if (ids.add(event.rightId).size === size) return event;
  }
  return undefined;
}
