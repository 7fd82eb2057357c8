import { isoToDay } from "../dates/civil";
import { serialFromDay } from "../dates/excel-serial";
import { LOAN_COLUMNS, LoanColumnKey } from "../finance/loans-table";
import { CellValue, OutputColumn } from "../table/table-schema";

const FORMATS: Record<string, OutputColumn["format"]> = {
  text: "text",
  amount: "money",
  share: "percent",
  rate: "percent",
  date: "date",
  flag: "general",
};

/** The loans table's columns as the pane creates them (IPLoans). */
export const LOAN_TABLE_COLUMNS: OutputColumn[] = LOAN_COLUMNS.map((column) => ({
  header: column.header,
  format: FORMATS[column.kind],
}));

/**
 * A sample loans table: the three-loan example of docs/finance.md §9 (Beijing 2024, Qingdao, Shenzhen
 * Nanshan) and a loan in default under the Zhongshan risk scheme, for the preview and a first try.
 */
export function sampleLoans(): CellValue[][] {
  const date = (iso: string) => serialFromDay(isoToDay(iso));
  const row = (values: Partial<Record<LoanColumnKey, CellValue>>) =>
    LOAN_COLUMNS.map((column) => values[column.key] ?? "");
  return [
    row({
      loanId: "L1",
      firm: "Sample Firm A",
      programme: "CN-BJ-2024",
      principal: 5000000,
      rate: 0.042,
      start: date("2023-12-15"),
      end: date("2024-12-14"),
      valuation: 30000,
      receipt: date("2025-06-30"),
    }),
    row({
      loanId: "L2",
      firm: "Sample Firm B",
      programme: "CN-QD-2025",
      principal: 3000000,
      rate: 0.036,
      contract: date("2025-06-10"),
      start: date("2025-06-12"),
      end: date("2026-06-11"),
      valuation: 15000,
    }),
    row({
      loanId: "L3",
      firm: "Sample Firm C",
      programme: "CN-SZ-NANSHAN",
      principal: 10000000,
      rate: 0.035,
      start: date("2025-01-10"),
      end: date("2026-01-10"),
      guarantee: 150000,
      valuation: 30000,
    }),
    row({
      loanId: "L4",
      firm: "Sample Firm D",
      principal: 4000000,
      rate: 0.04,
      start: date("2024-01-01"),
      end: date("2025-01-01"),
      scheme: "CN-ZHONGSHAN",
      outstanding: 4000000,
      recovered: 1000000,
    }),
  ];
}
