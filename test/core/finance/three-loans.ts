import { SourceGrid } from "../../../src/core/table/grid";
import { LOAN_COLUMNS } from "../../../src/core/finance/loans-table";

/**
 * The three-loan example of docs/finance.md §9 as a loans table (sheet "Loans", header on row 1), plus a
 * fourth loan in default under the Zhongshan scheme. Columns in LOAN_COLUMNS order.
 */
export function threeLoanGrid(): SourceGrid {
  const header = LOAN_COLUMNS.map((c) => c.header);
  const row = (values: Partial<Record<(typeof LOAN_COLUMNS)[number]["key"], unknown>>) =>
    LOAN_COLUMNS.map((c) => values[c.key] ?? "");
  return {
    sheet: "Loans",
    top: 1,
    left: 0,
    values: [
      header,
      row({
        loanId: "L1",
        firm: "Firm A",
        programme: "CN-BJ-2024",
        principal: 5000000,
        rate: 0.042,
        start: "2023-12-15",
        end: "2024-12-14",
        valuation: 30000,
        receipt: "2025-06-30",
      }),
      row({
        loanId: "L2",
        firm: "Firm B",
        programme: "CN-QD-2025",
        principal: 3000000,
        rate: 0.036,
        contract: "2025-06-10",
        start: "2025-06-12",
        end: "2026-06-11",
        valuation: 15000,
      }),
      row({
        loanId: "L3",
        firm: "Firm C",
        programme: "CN-SZ-NANSHAN",
        principal: 10000000,
        rate: 0.035,
        start: "2025-01-10",
        end: "2026-01-10",
        guarantee: 150000,
        valuation: 30000,
      }),
      row({
        loanId: "L4",
        firm: "Firm D",
        principal: 4000000,
        rate: 0.04,
        start: "2024-01-01",
        end: "2025-01-01",
        scheme: "CN-ZHONGSHAN",
        outstanding: 4000000,
        recovered: 1000000,
      }),
    ],
  };
}
