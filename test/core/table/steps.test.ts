import { mapSteps, runSteps } from "../../../src/core/table/steps";

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
