import fc from "fast-check";
import { urgencyOrderInSteps } from "../../../src/core/projection/deadlines";
import { compareText } from "../../../src/core/projection/project";
import { drain } from "../drain";

// The Deadlines list is ordered by a counting sort on (urgency, day) with runs ordered by id: it must give
// exactly the order of the comparison sort it replaced (urgency, day with no day last, id, given order).
// A run makes the rows in ID order and gives no IDs: the stable sort on (urgency, day) alone must then
// give that order too.
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
    id: fc.constantFrom("A", "B", "C", "D", "E", "CN1", "CN10", "CN2"), // few ids: ties are common
  });

/**
 * As a run makes them: the rows put in ID order (stable) first, then sorted without their IDs (the
 * counting sort's stability keeps ties in ID order); and the comparison sort's order of those rows.
 */
function orderWithoutIds(drawn: { urgency: number; day: number | undefined; id: string }[]) {
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

function orderOf(rows: { urgency: number; day: number | undefined; id: string }[], perStep = 7) {
  const urgency = rows.map((r) => r.urgency);
  const days = rows.map((r) => r.day);
  const ids = rows.map((r) => r.id);
  return {
    expected: comparisonOrder(urgency, days, ids),
    actual: drain(urgencyOrderInSteps(urgency, days, ids, perStep)).result,
  };
}

describe("the Deadlines urgency order", () => {
  it("equals the comparison sort on random rows, with and without days", () => {
    const dayArb = fc.option(fc.integer({ min: 20_000, max: 20_030 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(rowArb(dayArb), { maxLength: 120 }), (rows) => {
        const { expected, actual } = orderOf(rows);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 200, seed: 6 }
    );
  });

  it("equals it when runs of the same urgency and day are long (sorted in steps, not moved one by one)", () => {
    // Two days and no day only: runs of dozens of rows, past the one-by-one limit.
    const dayArb = fc.option(fc.constantFrom(30_000, 30_001), { nil: undefined });
    fc.assert(
      fc.property(fc.array(rowArb(dayArb), { minLength: 100, maxLength: 400 }), (rows) => {
        const { expected, actual } = orderOf(rows);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 40, seed: 7 }
    );
  });

  it("falls back to comparisons for days too far apart to count, with the same order", () => {
    const dayArb = fc.option(fc.constantFrom(-1_000_000, 0, 2_000_000), { nil: undefined });
    fc.assert(
      fc.property(fc.array(rowArb(dayArb), { maxLength: 60 }), (rows) => {
        const { expected, actual } = orderOf(rows);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 60, seed: 8 }
    );
  });

  it("needs no IDs for rows made in ID order, as a run makes them, counted or compared", () => {
    for (const [dayArb, seed] of [
      [fc.option(fc.integer({ min: 20_000, max: 20_010 }), { nil: undefined }), 11],
      [fc.option(fc.constantFrom(-1_000_000, 0, 2_000_000), { nil: undefined }), 12],
    ] as const) {
      fc.assert(
        fc.property(fc.array(rowArb(dayArb), { maxLength: 150 }), (drawn) => {
          const { expected, actual } = orderWithoutIds(drawn);
          expect(actual).toEqual(expected);
        }),
        { numRuns: 150, seed }
      );
    }
  });

  it("pauses while it places rows: 120,000 rows pause at least four times", () => {
    const n = 120_000;
    const urgency = Array.from({ length: n }, (_, i) => i % 3);
    const days = Array.from({ length: n }, (_, i) => 40_000 + (i % 500));
    const ids = Array.from({ length: n }, (_, i) => `CN${(i * 7919) % n}`);
    const { yields, result } = drain(urgencyOrderInSteps(urgency, days, ids));
    // 120,000 rows placed, then 120,000 visited in runs: a pause every 50,000 rows.
    expect(yields.length).toBeGreaterThanOrEqual(4);
    expect(result).toEqual(comparisonOrder(urgency, days, ids));
  });
});
