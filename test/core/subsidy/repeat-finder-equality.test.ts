/* global describe, expect, it */
import fc from "fast-check";
import {
  EVENT_KINDS,
  SubsidyEvent,
  rejectDuplicateEvents,
  repeatsOneTimeEvent,
  repeatsOneTimeEventInSteps,
} from "../../../src/core/subsidy/events";
import { runSteps } from "../../../src/core/table/steps";
import { RepeatFinder } from "../../../src/core/subsidy/repeat-finder";
import { firstRepeatedBefore } from "./reference/first-repeated-before";

// Issue 14 (speed): repeated one-time events are found in a typed-array table (RepeatFinder) rather
// than in nested maps of sets. Few ids, kinds and offices, so repeats and probe collisions are common.

const event: fc.Arbitrary<SubsidyEvent> = fc.record({
  rightId: fc.constantFrom("CN1", "CN2", "US 11,111,111", "JP3", "", "1", "CN10"),
  applicant: fc.constantFrom("A", "B"),
  event: fc.constantFrom(...EVENT_KINDS),
  jurisdiction: fc.constantFrom("CN", "US", "PCT", "EP"),
  rightType: fc.constantFrom("invention" as const, "utility" as const),
  date: fc.integer({ min: 18000, max: 20000 }),
});

function messageOf(events: readonly SubsidyEvent[]): string | undefined {
  try {
    rejectDuplicateEvents(events);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The start of the message naming the event the nested sets found. */
function referenceMessage(events: readonly SubsidyEvent[]): string | undefined {
  const repeated = firstRepeatedBefore(events);
  if (repeated === undefined) return undefined;
  return `${repeated.rightId} has more than one ${repeated.event} event in ${repeated.jurisdiction}:`;
}

describe("repeated one-time events", () => {
  it("are the ones the nested sets found", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const repeated = firstRepeatedBefore(events);
        expect(repeatsOneTimeEvent(events)).toBe(repeated !== undefined);
        // In steps of 3 events, pausing between them: the same answer.
        expect(runSteps(repeatsOneTimeEventInSteps(events, 3))).toBe(repeated !== undefined);
        expect(messageOf(events)?.split(" a right")[0]).toBe(referenceMessage(events));
      }),
      { numRuns: 2000 }
    );
  });

  it("names the earlier event an added one repeats, also in a full table", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const finder = new RepeatFinder(events, events.length);
        const first = new Map<string, number>();
        events.forEach((one, index) => {
          const key = JSON.stringify([one.event, one.jurisdiction, one.rightId]);
          expect(finder.add(index)).toBe(first.get(key) ?? -1);
          if (!first.has(key)) first.set(key, index);
        });
      }),
      { numRuns: 2000 }
    );
  });
});
