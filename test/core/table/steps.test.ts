import fc from "fast-check";
import { countedSteps, mapSteps, runSteps } from "../../../src/core/table/steps";

// A reader of 2,500 rows pausing after every 1,000 and returning how many it read.
function* reader(rows: number): Generator<number, string, void> {
  for (let row = 1; row <= rows; row += 1) if (row % 1_000 === 0) yield row;
  return `${rows} rows`;
}

describe("stepwise functions", () => {
  it("runSteps runs one to its end without pausing and gives its result", () => {
    expect(runSteps(reader(2_500))).toBe("2500 rows");
  });

  it("mapSteps reports each pause in the caller's terms and gives the same result", () => {
    const shares: number[] = [];
    const result = runSteps(
      (function* () {
        return yield* mapSteps(reader(2_500), (row) => {
          shares.push(row / 2_500);
          return row;
        });
      })()
    );
    expect(shares).toEqual([0.4, 0.8]);
    expect(result).toBe("2500 rows");
  });
});

describe("countedSteps", () => {
  it("pauses where a loop counting every item would, and runs every item once, in order", () => {
    fc.assert(
      fc.property(
        fc.nat(60),
        fc.nat(30),
        fc.integer({ min: 1, max: 9 }),
        (count, visited, perStep) => {
          // The loop it stands for: count each item, pause before one whose count is a multiple.
          const expected: number[] = [];
          let seen = visited;
          for (let i = 0; i < count; i += 1) if (++seen % perStep === 0) expected.push(seen);
          const ran: number[] = [];
          const steps = countedSteps(count, visited, perStep, (from, to) => {
            for (let i = from; i < to; i += 1) ran.push(i);
          });
          const paused: number[] = [];
          let step = steps.next();
          while (!step.done) {
            paused.push(step.value);
            step = steps.next();
          }
          expect(paused).toEqual(expected);
          expect(ran).toEqual(Array.from({ length: count }, (_, i) => i));
          expect(step.value).toBe(visited + count);
        }
      ),
      { numRuns: 300 }
    );
  });
});
