/* global describe, expect, it */
import fc from "fast-check";
import { subsidyRelevance } from "../../../src/core/projection/apply-subsidies";
import { BUILT_IN_PROGRAMMES } from "../../../src/core/subsidy/built-in";
import { EVENT_KINDS, EventRightType, SubsidyEvent } from "../../../src/core/subsidy/events";
import { RIGHT_TYPES } from "../../../src/core/subsidy/vocabulary";
import { Money } from "../../../src/core/money/money";
import { subsidyRelevanceBefore } from "./reference/subsidy-relevance-before";

// Issue 14 (speed): subsidyRelevance keeps its answer per applicant, event kind, office and right
// type. It must answer as the reference (no answer kept) for any events, in any order.

const APPLICANTS = ["Shenzhen Co", "Suzhou Co", "Tokyo KK", "Nowhere Ltd", "Beijing Co"];
const PLACES = ["Shenzhen", "深圳", "Suzhou", "Tokyo", "Japan", "Beijing", "Hangzhou", "US"];

const event: fc.Arbitrary<SubsidyEvent> = fc.record({
  rightId: fc.constantFrom("CN1", "CN2", "US1"),
  applicant: fc.constantFrom(...APPLICANTS),
  event: fc.constantFrom(...EVENT_KINDS),
  jurisdiction: fc.constantFrom("CN", "US", "JP", "EP", "KR", "PCT", "MADRID", "EM"),
  rightType: fc.constantFrom(...(RIGHT_TYPES.filter((type) => type !== "any") as EventRightType[])),
  date: fc.integer({ min: 17000, max: 21000 }),
  costBase: fc.constantFrom(undefined, new Money("900"), new Money("0")),
});

describe("subsidyRelevance", () => {
  it("answers as before for any events and applicant locations", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...APPLICANTS), fc.constantFrom(...PLACES)), {
          maxLength: 5,
        }),
        fc.array(event, { maxLength: 80 }),
        (placed, events) => {
          const locations = new Map(placed);
          const relevance = subsidyRelevance(BUILT_IN_PROGRAMMES, locations);
          const before = subsidyRelevanceBefore(BUILT_IN_PROGRAMMES, locations);
          // Runs of events alike but for the right, as a portfolio gives them.
          // and events alike but for one field.
          const runs = events.flatMap((one, index) => {
            const other = events[(index + 1) % events.length];
            return [
              one,
              { ...one, rightId: "X" },
              { ...one, rightType: other.rightType },
              { ...one, jurisdiction: other.jurisdiction },
              { ...one, event: other.event },
              { ...one, applicant: other.applicant },
              one,
            ];
          });
          expect(runs.map(relevance)).toEqual(runs.map(before));
        }
      ),
      { numRuns: 1000 }
    );
  });
});
