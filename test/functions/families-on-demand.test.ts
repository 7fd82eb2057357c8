import { financeDocRows, parseArguments } from "./finance-doc-rows";
import * as atOnce from "../../src/functions/finance";
import { subsidy as subsidyAtOnce } from "../../src/functions/functions";

// The bundles' finance functions and SUBSIDY (webpack.config.js swaps finance-family-on-demand.ts and
// subsidy-family-on-demand.ts in): the code is fetched on the family's first call, which returns a Promise
// until it arrives; then calls answer at once. Both must give the values and errors of the functions tests
// see: every example of docs/finance.md, and SUBSIDY's cases.
type Finance = typeof import("../../src/functions/finance");
type Functions = typeof import("../../src/functions/functions");

/** finance.ts as bundled: a fresh module registry, as a page starts with nothing fetched. */
function onDemandFinance(): Finance {
  let finance!: Finance;
  jest.isolateModules(() => {
    jest.doMock("../../src/functions/finance-family", () =>
      jest.requireActual("../../src/functions/finance-family-on-demand")
    );
    finance = require("../../src/functions/finance");
  });
  return finance;
}

/** functions.ts as bundled (SUBSIDY fetched on demand), from a fresh module registry. */
function onDemandFunctions(): Functions {
  let functions!: Functions;
  jest.isolateModules(() => {
    jest.doMock("../../src/functions/subsidy-family", () =>
      jest.requireActual("../../src/functions/subsidy-family-on-demand")
    );
    functions = require("../../src/functions/functions");
  });
  return functions;
}

const BY_ID: Record<string, keyof Finance> = {
  LPR: "lpr",
  LOAN_INTEREST: "loanInterest",
  LOAN_INTEREST_SUBSIDY: "loanInterestSubsidy",
  FEE_SUBSIDY: "feeSubsidyCell",
  RISK_SHARE: "riskShare",
  PLEDGE_CAPACITY: "pledgeCapacityCell",
  VALUE_SCORE: "valueScoreCell",
};

const examples = financeDocRows().map(([id, args]) => [id, parseArguments(args)] as const);

type Outcome = { value: unknown } | { code: string; message: string };
const outcomeOf = (error: unknown): Outcome => {
  expect(error).toBeInstanceOf(CustomFunctions.Error);
  const { code, message } = error as { code: string; message: string };
  return { code, message };
};
const call = (finance: Finance, id: string, args: unknown[]) =>
  (finance[BY_ID[id]] as (...values: unknown[]) => unknown)(...args);

function atOnceOutcome(id: string, args: unknown[]): Outcome {
  try {
    return { value: call(atOnce, id, args) };
  } catch (error) {
    return outcomeOf(error);
  }
}

describe("the finance functions fetched on demand", () => {
  it("cover every finance function, with values and errors", () => {
    expect(new Set(examples.map(([id]) => id))).toEqual(new Set(Object.keys(BY_ID)));
    const outcomes = examples.map(([id, args]) => atOnceOutcome(id, args));
    expect(outcomes.some((o) => "code" in o)).toBe(true);
    expect(outcomes.some((o) => "value" in o)).toBe(true);
  });

  it("answer a first call with a Promise of the same value", async () => {
    const finance = onDemandFinance();
    const first = finance.lpr(45658, "5Y");
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe(atOnce.lpr(45658, "5Y"));
    expect(await first).toBe(0.036);
  });

  it("reject a first call that fails with the same cell error", async () => {
    const finance = onDemandFinance();
    const first = finance.valueScoreCell(101, 50, 50) as unknown as Promise<number>;
    expect(first).toBeInstanceOf(Promise);
    const error = await first.then(
      () => undefined,
      (reason: unknown) => reason
    );
    expect(outcomeOf(error)).toEqual(atOnceOutcome("VALUE_SCORE", [101, 50, 50]));
    expect(outcomeOf(error)).toMatchObject({ code: "#VALUE!" });
  });

  it.each(examples)(
    "IP.%s(%j): the same outcome first (awaited) and once loaded (at once)",
    async (id, args) => {
      const finance = onDemandFinance();
      const expected = atOnceOutcome(id, args);
      const first = call(finance, id, args);
      expect(first).toBeInstanceOf(Promise);
      const awaited = await (first as Promise<unknown>).then(
        (value) => ({ value }),
        (error: unknown) => outcomeOf(error)
      );
      expect(awaited).toEqual(expected);
      // Loaded now: the same call answers synchronously, as before the split.
      let again: Outcome;
      try {
        again = { value: call(finance, id, args) };
      } catch (error) {
        again = outcomeOf(error);
      }
      expect(again).toEqual(expected);
      if ("value" in again) expect(again.value).not.toBeInstanceOf(Promise);
    }
  );

  it("turn a failed fetch into #VALUE! with its reason, and fetch again on the next call", async () => {
    const { onDemand } = jest.requireActual("../../src/functions/on-demand");
    let attempts = 0;
    const run = onDemand(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error("Loading chunk fn-finance failed.");
      return { twice: (x: number) => 2 * x };
    });
    const failed = await run((code: { twice: (x: number) => number }) => code.twice(2)).then(
      () => undefined,
      (reason: unknown) => reason
    );
    expect(outcomeOf(failed)).toEqual({
      code: "#VALUE!",
      message: "Unexpected error: Loading chunk fn-finance failed.",
    });
    expect(await run((code: { twice: (x: number) => number }) => code.twice(2))).toBe(4);
    expect(run((code: { twice: (x: number) => number }) => code.twice(3))).toBe(6);
    expect(attempts).toBe(2);
  });
});

describe("SUBSIDY fetched on demand", () => {
  const cases: unknown[][] = [
    ["SZ-2021", "grant", "US", "2021-05-01"],
    ["SZ-2021", "grant", null, 44317],
    ["SZ-2021", "publication", "PCT", "2021-05-01"],
    ["SZ-2021", "grant", "US", "2022-05-01"],
    ["SZ-1999", "grant", "US", "2021-05-01"],
    ["SZ-2021", "coffee", "US", "2021-05-01"],
    [null, "grant"],
  ];
  const atOnceSubsidy = (args: unknown[]): Outcome => {
    try {
      return { value: (subsidyAtOnce as (...values: unknown[]) => unknown)(...args) };
    } catch (error) {
      return outcomeOf(error);
    }
  };

  it("gives real amounts and errors here", () => {
    expect(atOnceSubsidy(cases[0])).toEqual({ value: 40000 });
    expect(atOnceSubsidy(cases[1])).toEqual({ value: 2500 });
    expect(atOnceSubsidy(cases[4])).toMatchObject({ code: "#VALUE!" });
  });

  it.each(cases)(
    "SUBSIDY(%j, %j, …): the same outcome first (awaited) and once loaded",
    async (...args) => {
      const functions = onDemandFunctions();
      const run = () => (functions.subsidy as (...values: unknown[]) => unknown)(...args);
      const first = run();
      expect(first).toBeInstanceOf(Promise);
      const awaited = await (first as Promise<unknown>).then(
        (value) => ({ value }),
        (error: unknown) => outcomeOf(error)
      );
      expect(awaited).toEqual(atOnceSubsidy(args));
      let again: Outcome;
      try {
        again = { value: run() };
      } catch (error) {
        again = outcomeOf(error);
      }
      expect(again).toEqual(atOnceSubsidy(args));
    }
  );

  it("leaves the other functions of functions.ts synchronous", () => {
    const functions = onDemandFunctions();
    expect(functions.cnAnnuity("2020-01-01", 4)).toBe(1200);
  });
});
