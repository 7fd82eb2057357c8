import fc from "fast-check";
import * as functions from "../../src/functions";

// With plausible arguments (real programme ids, dates around the LPR table, rates and shares in and out of
// range), every finance function returns a finite number or throws a CustomFunctions.Error: never NaN.
const blankOr = <T>(arb: fc.Arbitrary<T>) => fc.oneof(fc.constant(null), arb);
const date = fc.integer({ min: 43000, max: 48000 }); // 2017-09 … 2031-05, across the LPR table's ends
const amount = fc.oneof(
  fc.integer({ min: -10, max: 100_000_000 }),
  fc.double({ min: -1, max: 1e9, noNaN: true })
);
const rate = fc.oneof(
  fc.double({ min: -0.1, max: 1.2, noNaN: true }),
  fc.constantFrom(0.03, 0.042, 0.055)
);
const share = fc.oneof(
  fc.double({ min: -0.2, max: 1.2, noNaN: true }),
  fc.constantFrom(0.3, 0.6, 1)
);
const programme = fc.constantFrom(
  "CN-BJ-2024",
  "CN-ZGC-2021",
  "CN-QD-2025",
  "CN-GZ-NANSHA-2024",
  "CN-GZ-2023",
  "CN-HZ-FUYANG",
  "CN-FJ",
  "CN-SH-JINSHAN",
  "CN-SZ-NANSHAN",
  "CN-SZ-FUTIAN",
  "CN-NONE"
);

function finiteOrCellError(call: () => unknown): boolean {
  try {
    const result = call();
    // IP.RISK_SHARE answers a 1×1 matrix for one party
    const value = Array.isArray(result) ? result[0][0] : result;
    return typeof value === "number" && Number.isFinite(value);
  } catch (error) {
    return error instanceof CustomFunctions.Error;
  }
}

describe("finance functions with plausible arguments", () => {
  it("IP.LPR", () => {
    fc.assert(
      fc.property(
        date,
        blankOr(fc.constantFrom("1Y", "5Y", "2Y")),
        blankOr(fc.constantFrom("in_force", "prev_month", "december", "x")),
        blankOr(fc.boolean()),
        (d, t, r, s) => finiteOrCellError(() => functions.lpr(d, t, r, s))
      )
    );
  });

  it("IP.LOAN_INTEREST_SUBSIDY", () => {
    fc.assert(
      fc.property(
        amount,
        rate,
        date,
        fc.integer({ min: -30, max: 800 }),
        programme,
        blankOr(share),
        blankOr(date),
        blankOr(amount),
        blankOr(fc.constantFrom("ACT/360", "ACT/365")),
        blankOr(share),
        blankOr(amount),
        blankOr(fc.boolean()),
        (p, r, s, len, id, ip, c, used, dc, ratio, fees, insured) =>
          finiteOrCellError(() =>
            functions.loanInterestSubsidy(
              p,
              r,
              s,
              s + len,
              id,
              ip,
              c,
              used,
              dc,
              ratio,
              fees,
              insured
            )
          )
      ),
      { numRuns: 500 }
    );
  });

  it("IP.FEE_SUBSIDY, IP.RISK_SHARE, IP.PLEDGE_CAPACITY, IP.VALUE_SCORE", () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        share,
        programme,
        fc.constantFrom("valuation", "guarantee", "insurance", "other", "x"),
        fc.constantFrom("CN-ZHONGSHAN", "CN-GD-JETRO", "CN-ZHUHAI", "CN-JS-SUZHIDAI", "CN-GZ-2023"),
        fc.constantFrom("fund", "bank", "insurer", "valuer"),
        fc.constantFrom("invention", "utility", "design"),
        fc.double({ min: -10, max: 110, noNaN: true }),
        (a, b, s, id, fee, scheme, party, kind, score) =>
          finiteOrCellError(() => functions.feeSubsidyCell(a, fee, id, b, null, s)) &&
          finiteOrCellError(() => functions.riskShare(a, b, party, scheme, null)) &&
          finiteOrCellError(() => functions.pledgeCapacityCell(a, kind, s, null)) &&
          finiteOrCellError(() => functions.pledgeCapacityCell(a, kind, null, "BOCOM-2006")) &&
          finiteOrCellError(() => functions.valueScoreCell(score, 50, 50, s, s, null))
      )
    );
  });
});
