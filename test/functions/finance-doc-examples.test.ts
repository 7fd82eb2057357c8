import { financeDocRows, parseArguments } from "./finance-doc-rows";
import * as functions from "../../src/functions";

// docs/finance.md carries the worked examples with their public sources; this test runs every
// `=IP.…(…)` call of its tables and compares the result column, so the document cannot drift from the
// functions. Arguments are parsed (quoted text, numbers, TRUE/FALSE, empty = omitted); nothing is evaluated.
const BY_ID: Record<string, (...args: unknown[]) => unknown> = {
  LPR: functions.lpr,
  LOAN_INTEREST: functions.loanInterest,
  LOAN_INTEREST_SUBSIDY: functions.loanInterestSubsidy,
  FEE_SUBSIDY: functions.feeSubsidyCell,
  RISK_SHARE: functions.riskShare,
  PLEDGE_CAPACITY: functions.pledgeCapacityCell,
  VALUE_SCORE: functions.valueScoreCell,
};

function shown(call: () => unknown): string {
  try {
    return String(call());
  } catch (error) {
    return (error as { code: string }).code;
  }
}

const rows = financeDocRows();

describe("docs/finance.md examples", () => {
  it("has the examples of every finance function", () => {
    expect(new Set(rows.map(([id]) => id))).toEqual(new Set(Object.keys(BY_ID)));
    expect(rows.length).toBeGreaterThanOrEqual(50);
  });

  it.each(rows)("IP.%s(%s) → %s", (id, args, result) => {
    expect(shown(() => BY_ID[id](...parseArguments(args)))).toBe(result);
  });
});
