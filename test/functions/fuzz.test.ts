import fc from "fast-check";
import * as functions from "../../src/functions";

// Whatever a user types, every custom function answers with a finite number, a valid date serial, a 2-D
// array of those (errors allowed in cells; CN_NEXT_PAYMENT's status code and blank cells as text), or throws a CustomFunctions.Error: never a raw exception,
// never NaN or Infinity.
const scalar = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1e308, -1e308, 60, 61, 2958465, 2958466),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.string(),
  fc.constantFrom(
    "",
    " ",
    "2018-07-09",
    "2018/7/9",
    "2018年7月9日",
    "2020-02-29",
    "85%",
    "70",
    "TRUE",
    "发明",
    "意匠",
    "PCT",
    "SZ-2021",
    "grant",
    "DE",
    "GB",
    "EP",
    "JP",
    "US",
    "KR",
    "UP",
    "micro",
    "2026-04-01",
    "CN-BJ-2024",
    "CN-QD-2025",
    "CN-SZ-NANSHAN",
    "CN-ZHONGSHAN",
    "CN-JS-SUZHIDAI",
    "fund",
    "valuation",
    "invention",
    "BOCOM-2006",
    "ACT/365",
    "prev_month",
    "5Y",
    "0.042"
  ),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined)
);
const argument = fc.oneof(
  { weight: 5, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(fc.array(scalar, { maxLength: 3 }), { maxLength: 3 }) }
);

function acceptable(result: unknown): boolean {
  if (typeof result === "number") return Number.isFinite(result);
  if (Array.isArray(result)) {
    return result.every(
      (row) =>
        Array.isArray(row) &&
        row.every((cell) =>
          typeof cell === "number"
            ? Number.isFinite(cell)
            : typeof cell === "string" || cell instanceof CustomFunctions.Error
        )
    );
  }
  return false;
}

function callSafely(call: () => unknown): boolean {
  try {
    return acceptable(call());
  } catch (error) {
    return (
      error instanceof CustomFunctions.Error &&
      typeof (error as { message?: string }).message === "string" &&
      (error as { message: string }).message.length > 0
    );
  }
}

const EXPORTED = Object.entries(functions).filter(([, value]) => typeof value === "function") as [
  string,
  (...args: unknown[]) => unknown,
][];

describe("every custom function survives arbitrary arguments", () => {
  it("covers every function", () => {
    expect(EXPORTED.map(([name]) => name).sort()).toEqual(
      [
        "cnAnnuity",
        "cnAnnuityYear",
        "cnCostToExpiry",
        "cnDueDate",
        "cnGraceEnd",
        "cnLateFee",
        "cnLateFeeOn",
        "cnNextPayment",
        "cnSchedule",
        "cnTermEnd",
        "subsidy",
        "epRenewal",
        "epDueDate",
        "upRenewal",
        "renewal",
        "jpAnnuity",
        "jpDueDateCell",
        "usMaintenance",
        "usDueDateCell",
        "krAnnuity",
        "lpr",
        "loanInterest",
        "loanInterestSubsidy",
        "feeSubsidyCell",
        "riskShare",
        "pledgeCapacityCell",
        "valueScoreCell",
        "schedule",
        "lateFeeAnyOffice",
      ].sort()
    );
  });

  it.each(EXPORTED)("%s returns a finite value or a CustomFunctions.Error", (_name, fn) => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: 0, maxLength: 12 }), (args) =>
        callSafely(() => fn(...args))
      ),
      { numRuns: 400 }
    );
  });

  it("returns valid date serials from the date functions for valid dates", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 33970, max: 73000 }),
        fc.integer({ min: 1, max: 20 }),
        (serial, year) => {
          const due = functions.cnDueDate(serial, year);
          const grace = functions.cnGraceEnd(serial, year, true);
          return Number.isInteger(due) && due >= serial && grace > due && grace <= 2958465;
        }
      )
    );
  });
});
