import {
  BUILT_IN_FINANCE_PROGRAMMES,
  BUILT_IN_RISK_SCHEMES,
} from "../../../src/core/finance/built-in";
import { readLoansTable } from "../../../src/core/finance/loans-table";
import { threeLoanGrid } from "./three-loans";

// The loans table is validated row by row: each problem names its row, column and reason.
describe("reading the loans table", () => {
  const read = (mutate: (values: unknown[][]) => void) => {
    const grid = threeLoanGrid();
    mutate(grid.values);
    return readLoansTable(grid, BUILT_IN_FINANCE_PROGRAMMES, BUILT_IN_RISK_SCHEMES);
  };

  it("reports a negative principal, a rate outside (0, 1) and an unknown programme on their cells", () => {
    const result = read((v) => {
      v[1][3] = -5;
      v[2][5] = 3.6;
      v[3][2] = "CN-SZ-NANSHA-2024";
    });
    expect(result.loans.map((l) => l.loanId)).toEqual(["L4"]);
    expect(result.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, "D", "Principal -5 is negative: give an amount of 0 or more."],
      [
        3,
        "F",
        "Annual rate 3.6 is outside (0, 1): give the annual rate as a fraction, e.g. 0.042 for 4.2%.",
      ],
      [4, "C", expect.stringContaining('programme "CN-SZ-NANSHA-2024" is unknown')],
    ]);
  });

  it("reports an end before the start, and an unknown risk scheme", () => {
    const result = read((v) => {
      v[1][8] = "2023-01-01";
      v[4][18] = "CN-NOWHERE";
    });
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([
      [2, "I"],
      [5, "S"],
    ]);
    expect(result.issues[0].message).toBe(
      "End 2023-01-01 is before Start 2023-12-15: give the repayment date."
    );
  });

  it("names the missing required columns", () => {
    const result = read((v) => {
      v[0][3] = "Amount";
    });
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0].message).toBe(
      'The loans table has no "Principal" column: add it to the header row.'
    );
  });

  it("skips blank rows", () => {
    const result = read((v) => v.push(v[0].map(() => "")));
    expect(result.loans).toHaveLength(4);
  });
});
