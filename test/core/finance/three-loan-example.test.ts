import {
  BUILT_IN_FINANCE_PROGRAMMES,
  BUILT_IN_LPR,
  BUILT_IN_RISK_SCHEMES,
} from "../../../src/core/finance/built-in";
import { computeLoanBook } from "../../../src/core/finance/loan-book";
import { readLoansTable } from "../../../src/core/finance/loans-table";
import { yuanToCell } from "../../../src/core/money/money";
import { threeLoanGrid } from "./three-loans";

// The IP Finance sheet's worked example, docs/finance.md §9 (ACT/360).
describe("the three-loan example", () => {
  const read = readLoansTable(threeLoanGrid(), BUILT_IN_FINANCE_PROGRAMMES, BUILT_IN_RISK_SCHEMES);
  const book = computeLoanBook(read.loans, BUILT_IN_LPR, { sheet: "Loans" });
  const [l1, l2, l3, l4] = book.results;
  const shown = (r: (typeof book.results)[number]) => ({
    days: r.days,
    interest: yuanToCell(r.interest),
    interestSubsidy: yuanToCell(r.interestSubsidy),
    feeSubsidy: yuanToCell(r.feeSubsidy),
    subsidies: yuanToCell(r.subsidies),
    gross: yuanToCell(r.gross),
    net: yuanToCell(r.net),
    grossRate: r.grossRate!.toDecimalPlaces(6).toNumber(),
    netRate: r.netRate!.toDecimalPlaces(6).toNumber(),
  });

  it("reads all four rows without issues", () => {
    expect(read.issues).toEqual([]);
    expect(book.issues).toEqual([]);
    expect(book.results.map((r) => r.loan.loanId)).toEqual(["L1", "L2", "L3", "L4"]);
  });

  it("loan 1, Beijing 2024: net cost 121,458.34 = displayed 242,916.67 − 106,458.33 − 15,000.00", () => {
    // gross 212,916.67 + 30,000; eff. 242,916.67 / 5,000,000 × 365/365 = 4.8583%
    expect(shown(l1)).toEqual({
      days: 365,
      interest: 212916.67,
      interestSubsidy: 106458.33,
      feeSubsidy: 15000,
      subsidies: 121458.33,
      gross: 242916.67,
      net: 121458.34,
      grossRate: 0.048583,
      netRate: 0.024292,
    });
    expect(l1.lpr!.rate.toString()).toBe("0.0345");
    expect(l1.status.message).toBe("verified rule (HIGH)");
  });

  it("loan 2, Qingdao: 54,600 on the May 2025 LPR; no fee rule for the valuation fee", () => {
    // gross 109,200 + 15,000 = 124,200; eff. 124,200 / 3,000,000 × 365/364 = 4.1514%
    expect(shown(l2)).toEqual({
      days: 364,
      interest: 109200,
      interestSubsidy: 54600,
      feeSubsidy: 0,
      subsidies: 54600,
      gross: 124200,
      net: 69600,
      grossRate: 0.041514,
      netRate: 0.023264,
    });
    expect(l2.reasons.map((r) => r.message)).toContain("no fee rule found for CN-QD-2025");
  });

  it("loan 3, Shenzhen Nanshan: 70% of interest and fees on one base, flagged MED", () => {
    // 70% × (354,861.11 + 180,000) = 374,402.78; net 534,861.11 − 374,402.78 = 160,458.33
    expect(shown(l3)).toEqual({
      days: 365,
      interest: 354861.11,
      interestSubsidy: 374402.78,
      feeSubsidy: 0,
      subsidies: 374402.78,
      gross: 534861.11,
      net: 160458.33,
      grossRate: 0.053486,
      netRate: 0.016046,
    });
    expect(l3.status.message).toBe('MED: "up to 70%": enter the approved ratio');
  });

  it("loan 4 in default under Zhongshan: the 3,000,000 loss split 54:26:16:4", () => {
    expect(l4.split!.loss.toNumber()).toBe(3000000);
    expect(
      Object.fromEntries(Object.entries(l4.split!.shares).map(([p, m]) => [p, m!.toNumber()]))
    ).toEqual({
      fund: 1620000,
      bank: 780000,
      insurer: 480000,
      valuer: 120000,
    });
  });
});
