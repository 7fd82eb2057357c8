import fc from "fast-check";
import { urgencyOrderInSteps } from "../../../src/core/projection/deadlines";
import { compareText } from "../../../src/core/projection/project";
import { drain } from "../drain";

// A run makes the Deadlines rows in the ID order the projection sorted, so the urgency sort is given no
// IDs: a stable sort on (urgency, day) alone must then give the full order (urgency, day, id, given order).
function comparisonOrder(urgency: number[], days: (number | undefined)[], ids: string[]): number[] {
  const key = (i: number) => days[i] ?? Number.MAX_SAFE_INTEGER;
  return urgency
    .map((_, i) => i)
    .sort(
      (a, b) => urgency[a] - urgency[b] || key(a) - key(b) || compareText(ids[a], ids[b]) || a - b
    );
}

const rowArb = (dayArb: fc.Arbitrary<number | undefined>) =>
  fc.record({
    urgency: fc.integer({ min: 0, max: 5 }),
    day: dayArb,
    id: fc.constantFrom("A", "B", "C", "CN1", "CN10", "CN2"),
  });

/** The rows put in ID order (stable) first, as a run makes them; then both orders of those rows. */
function ordersOf(drawn: { urgency: number; day: number | undefined; id: string }[]) {
  const rows = drawn
    .map((row, given) => ({ ...row, given }))
    .sort((a, b) => compareText(a.id, b.id) || a.given - b.given);
  const urgency = rows.map((r) => r.urgency);
  const days = rows.map((r) => r.day);
  return {
    expected: comparisonOrder(
      urgency,
      days,
      rows.map((r) => r.id)
    ),
    actual: drain(urgencyOrderInSteps(urgency, days, undefined, 7)).result,
  };
}

describe("the urgency order of Deadlines rows made in ID order", () => {
  it("needs no IDs: the counting sort keeps rows of the same urgency and day in ID order", () => {
    const dayArb = fc.option(fc.integer({ min: 20_000, max: 20_010 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(rowArb(dayArb), { maxLength: 150 }), (drawn) => {
        const { expected, actual } = ordersOf(drawn);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 200, seed: 11 }
    );
  });

  it("needs none either when days are too far apart to count (the comparison fallback)", () => {
    const dayArb = fc.option(fc.constantFrom(-1_000_000, 0, 2_000_000), { nil: undefined });
    fc.assert(
      fc.property(fc.array(rowArb(dayArb), { maxLength: 80 }), (drawn) => {
        const { expected, actual } = ordersOf(drawn);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 60, seed: 12 }
    );
  });
});
