import {
  BUILT_IN_FINANCE_PROGRAMMES,
  BUILT_IN_LPR,
  BUILT_IN_RISK_SCHEMES,
} from "../../../src/core/finance/built-in";
import { computeLoanBook } from "../../../src/core/finance/loan-book";
import { LOAN_COLUMNS, readLoansTable } from "../../../src/core/finance/loans-table";
import { SourceGrid } from "../../../src/core/table/grid";
import { yuanToCell } from "../../../src/core/money/money";

// Caps apply across the loans of one firm, programme and cap year, in table order.
type Key = (typeof LOAN_COLUMNS)[number]["key"];
function book(rows: Partial<Record<Key, unknown>>[]) {
  const grid: SourceGrid = {
    sheet: "Loans",
    top: 1,
    left: 0,
    values: [
      LOAN_COLUMNS.map((c) => c.header),
      ...rows.map((r) => LOAN_COLUMNS.map((c) => r[c.key] ?? "")),
    ],
  };
  const read = readLoansTable(grid, BUILT_IN_FINANCE_PROGRAMMES, BUILT_IN_RISK_SCHEMES);
  expect(read.issues).toEqual([]);
  return computeLoanBook(read.loans, BUILT_IN_LPR, { sheet: "Loans" }).results;
}
const beijing = { programme: "CN-BJ-2024", rate: 0.04, start: "2024-01-05", end: "2024-12-30" };

describe("caps across several loans of one firm and year", () => {
  it("shares Beijing's 300,000 between two loans of one firm settled in 2024", () => {
    // each: 50% × 10,000,000 × 4.00% × 360/360 = 200,000; the second gets what is left, 100,000
    const [first, second] = book([
      { loanId: "A1", firm: "A", principal: 10000000, ...beijing },
      { loanId: "A2", firm: "A", principal: 10000000, ...beijing },
    ]);
    expect([yuanToCell(first.interestSubsidy), yuanToCell(second.interestSubsidy)]).toEqual([
      200000, 100000,
    ]);
    expect(second.reasons.map((r) => r.message)).toContain("annual cap 300,000 reached");
  });

  it("keeps the caps of different firms and different cap years apart", () => {
    const results = book([
      { loanId: "A1", firm: "A", principal: 10000000, ...beijing },
      { loanId: "B1", firm: "B", principal: 10000000, ...beijing },
      {
        loanId: "A2",
        firm: "A",
        principal: 10000000,
        programme: "CN-BJ-2024",
        rate: 0.04,
        start: "2023-01-05",
        end: "2023-12-31",
      },
    ]);
    // A2 settles in 2023: outside the 2024 window, so 0 for that reason, not the cap
    expect(results.map((r) => yuanToCell(r.interestSubsidy))).toEqual([200000, 200000, 0]);
    expect(results[2].reasons[0].message).toContain("outside CN-BJ-2024's window");
  });

  it("starts from the subsidy the firm already received this year", () => {
    const [only] = book([
      { loanId: "A1", firm: "A", principal: 10000000, usedThisYear: 250000, ...beijing },
    ]);
    expect(yuanToCell(only.interestSubsidy)).toBe(50000);
  });

  it("shares Beijing's 20,000 yearly fee cap between the loans' fees", () => {
    // 50% × 30,000 = 15,000; then 50% × 30,000 = 15,000 → 5,000 left
    const [first, second] = book([
      { loanId: "A1", firm: "A", principal: 1000000, valuation: 30000, ...beijing },
      { loanId: "A2", firm: "A", principal: 1000000, valuation: 30000, ...beijing },
    ]);
    expect([yuanToCell(first.feeSubsidy), yuanToCell(second.feeSubsidy)]).toEqual([15000, 5000]);
  });

  it("counts Fujian's 200,000 lifetime cap across years", () => {
    // 50% (insured) × 3.00% × 20,000,000 × 365/360 = 304,166.67 → 200,000; the next year's loan: 0
    const fujian = { programme: "CN-FJ", rate: 0.038, insured: true, principal: 20000000 };
    const results = book([
      { loanId: "F1", firm: "F", start: "2024-03-01", end: "2025-03-01", ...fujian },
      { loanId: "F2", firm: "F", start: "2025-03-01", end: "2026-03-01", ...fujian },
    ]);
    expect(results.map((r) => yuanToCell(r.interestSubsidy))).toEqual([200000, 0]);
    expect(results[1].reasons.map((r) => r.message)).toContain("lifetime cap 200,000 already used");
  });

  it("subsidises one Nansha loan per firm and year, and guarantee or insurance, not both", () => {
    const nansha = {
      programme: "CN-GZ-NANSHA-2024",
      rate: 0.04,
      principal: 2000000,
      start: "2024-11-01",
      end: "2025-11-01",
    };
    const results = book([
      { loanId: "N1", firm: "N", guarantee: 40000, insurance: 10000, ...nansha },
      { loanId: "N2", firm: "N", ...nansha },
    ]);
    expect(results.map((r) => yuanToCell(r.interestSubsidy))).toEqual([31430.56, 0]);
    expect(yuanToCell(results[0].feeSubsidy)).toBe(20000); // 50% × guarantee 40,000; insurance left out
    expect(results[0].reasons.map((r) => r.message)).toContain(
      "guarantee and insurance not both on one loan: insurance left out"
    );
  });
});
