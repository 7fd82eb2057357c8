import fc from "fast-check";
import { sortInSteps } from "../../../src/core/table/sort-in-steps";
import { drain } from "../drain";

// Issue 14: the deadlines of 100,000 rights were sorted in one go (~85 ms in Node, several times that in
// a busy browser); sortInSteps sorts the same way, stable, with yields between.
describe("sortInSteps", () => {
  it("sorts as Array.prototype.sort does (stable), whatever the run length and step", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), at: fc.nat() }), {
          maxLength: 300,
        }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 50 }),
        (items, runLength, perStep) => {
          const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
          const before = JSON.stringify(items);
          const { result } = drain(sortInSteps(items, compare, perStep, runLength));
          expect(result).toEqual([...items].sort(compare));
          expect(JSON.stringify(items)).toBe(before);
        }
      ),
      { numRuns: 300, seed: 14 }
    );
  });

  it("yields about every perStep items placed: 5 items, runs of 2, steps of 4", () => {
    // Runs [5,4] [3,2] [1]: 2, 4 (yield 4), 5; merges of width 2: 4 (yield 9), 5; width 4: 5 (yield 15).
    const { yields, result } = drain(sortInSteps([5, 4, 3, 2, 1], (a, b) => a - b, 4, 2));
    expect(result).toEqual([1, 2, 3, 4, 5]);
    expect(yields).toEqual([4, 9, 15]);
  });

  it("sorts an empty list and a single item without yielding", () => {
    expect(drain(sortInSteps([], (a: number, b: number) => a - b))).toEqual({
      yields: [],
      result: [],
    });
    expect(drain(sortInSteps([7], (a, b) => a - b)).result).toEqual([7]);
  });
});
