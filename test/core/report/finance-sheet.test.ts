import {
  BUILT_IN_FINANCE_PROGRAMMES,
  BUILT_IN_LPR,
  BUILT_IN_RISK_SCHEMES,
} from "../../../src/core/finance/built-in";
import { computeLoanBook } from "../../../src/core/finance/loan-book";
import { readLoansTable } from "../../../src/core/finance/loans-table";
import { allocateByDays, buildFinanceSheet } from "../../../src/core/report/finance-sheet";
import { isoToDay } from "../../../src/core/dates/civil";
import { Money } from "../../../src/core/money/money";
import { threeLoanGrid } from "../finance/three-loans";

// The IP Finance sheet of the three-loan example (docs/finance.md §9): rows, totals, assumptions.
describe("the IP Finance sheet", () => {
  const read = readLoansTable(threeLoanGrid(), BUILT_IN_FINANCE_PROGRAMMES, BUILT_IN_RISK_SCHEMES);
  const book = computeLoanBook(read.loans, BUILT_IN_LPR, { sheet: "Loans" });
  const sheet = buildFinanceSheet({
    book,
    lpr: BUILT_IN_LPR,
    fiscalYearStartMonth: 1,
    language: "en",
  });
  const [loans, totals, assumptions] = sheet.blocks;
  const column = (header: string) => loans.columns.findIndex((c) => c.header === header);

  it("shows each loan's subsidies and net cost as displayed", () => {
    expect(loans.rows.map((r) => r[column("Total subsidies")])).toEqual([
      121458.33, 54600, 374402.78, 0,
    ]);
    expect(loans.rows.map((r) => r[column("Net cost")])).toEqual([
      121458.34, 69600, 160458.33, 162666.67,
    ]);
  });

  it("totals by fiscal year and firm: interest by days, subsidies at the receipt date", () => {
    // Loan 1: 2023-12-15 → 2024-12-14, 17 days in 2023: 212,916.67 × 17/365 = 9,916.67; 2024: 203,000.00
    // its subsidies (121,458.33) arrive 2025-06-30; loan 2's and 3's on their settlement dates in 2026
    expect(totals.rows.filter((r) => r[1] === "Firm A")).toEqual([
      ["2023", "Firm A", 9916.67, 30000, 0, 39916.67],
      ["2024", "Firm A", 203000, 0, 0, 203000],
      ["2025", "Firm A", 0, 0, 121458.33, -121458.33],
    ]);
    const sum = (index: number) =>
      Math.round(
        totals.rows
          .filter((r) => r[0] !== "Total")
          .reduce((s, r) => s + (r[index] as number) * 100, 0)
      ) / 100;
    // interest 212,916.67 + 109,200 + 354,861.11 + 162,666.67 (loan 4: 4,000,000 × 4% × 366/360)
    expect(sum(2)).toBe(839644.45);
    expect(sum(4)).toBe(550461.11);
    expect(totals.rows[totals.rows.length - 1]).toEqual([
      "Total",
      "",
      839644.45,
      225000,
      550461.11,
      514183.34,
    ]);
  });

  it("states the day count, the LPR as-of date and each programme's document and confidence", () => {
    const text = assumptions.rows.map((r) => r.join(": ")).join("\n");
    expect(text).toContain("ACT/360");
    expect(text).toContain("NIFC fixings through 2026-05-20");
    expect(text).toContain("CN-SZ-NANSHAN: 《南山区企业融资扶持措施》");
    expect(text).toContain("confidence MED, not verified");
  });

  it("splits an amount over fiscal years by days, summing to the amount shown", () => {
    // April fiscal years: 2024-01-01 → 2025-01-01, 91 days in FY2023, 275 in FY2024
    const parts = allocateByDays(
      new Money("1000.00"),
      isoToDay("2024-01-01"),
      isoToDay("2025-01-01"),
      4
    );
    expect(parts.map((p) => [p.fiscalYear, p.amount.toNumber()])).toEqual([
      [2023, 248.63],
      [2024, 751.37],
    ]);
  });
});
