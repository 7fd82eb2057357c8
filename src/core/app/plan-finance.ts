import {
  BUILT_IN_FINANCE_PROGRAMMES,
  BUILT_IN_LPR,
  BUILT_IN_RISK_SCHEMES,
} from "../finance/built-in";
import { LoanBook, computeLoanBook } from "../finance/loan-book";
import { readLoansTable } from "../finance/loans-table";
import { mergeUserLpr } from "../finance/lpr-user-table";
import { FINANCE_MESSAGES, FINANCE_STRINGS, financeText } from "../i18n/finance-strings";
import { Language } from "../i18n/strings";
import { Money, yuanToCell } from "../money/money";
import { fiscalYearLabel } from "../projection/fiscal-year";
import { ProjectionSettings } from "../projection/settings";
import { buildFinanceSheet, financeTotals } from "../report/finance-sheet";
import { OutputSheet } from "../report/output-model";
import { RowIssue, SourceGrid } from "../table/grid";
import { CellValue } from "../table/table-schema";

/** What a run computed from the loans table. */
export interface FinancePlan {
  sheet: OutputSheet;
  issues: RowIssue[];
  book: LoanBook;
  /** Net financing cost (gross − subsidies, CNY) over all loans. */
  net: Money;
}

/**
 * The IP Finance sheet for a run whose workbook has a loans table, with the table's issues; undefined
 * without a table. addFinancingLine then adds the Summary block when the setting asks for it.
 */
export function planFinance(
  sources: { loansTable?: SourceGrid; lprTable?: SourceGrid },
  settings: ProjectionSettings,
  language: Language
): FinancePlan | undefined {
  if (!sources.loansTable) return undefined;
  const lpr = sources.lprTable
    ? mergeUserLpr(BUILT_IN_LPR, sources.lprTable)
    : { table: BUILT_IN_LPR, issues: [] };
  const read = readLoansTable(
    sources.loansTable,
    BUILT_IN_FINANCE_PROGRAMMES,
    BUILT_IN_RISK_SCHEMES
  );
  const book = computeLoanBook(read.loans, lpr.table, { sheet: sources.loansTable.sheet });
  const startMonth = settings.fiscalYearStartMonth;
  const sheet = buildFinanceSheet({
    book,
    lpr: lpr.table,
    fiscalYearStartMonth: startMonth,
    language,
  });
  const net = book.results.reduce((sum, r) => sum.plus(r.net), new Money(0));
  // The LPR table's own issues are worded in finance-strings.ts (loaded with the run, not the functions).
  const lprIssues = lpr.issues.map((issue) =>
    issue.code !== undefined &&
    Object.prototype.hasOwnProperty.call(FINANCE_MESSAGES.en, issue.code)
      ? { ...issue, message: financeText(language, issue) }
      : issue
  );
  return { sheet, issues: [...read.issues, ...book.issues, ...lprIssues], book, net };
}

const LINE_HEADERS = ["year", "lineFees", "lineFinancing", "lineNet"] as const;

/** With `includeFinancing`, adds the financing block to the Summary sheet among `sheets`. */
export function addFinancingLine(
  sheets: OutputSheet[],
  finance: FinancePlan,
  settings: ProjectionSettings,
  language: Language
) {
  if (!settings.includeFinancing) return;
  const { book } = finance;
  const startMonth = settings.fiscalYearStartMonth;
  const summary = sheets.find((sheet) => sheet.role === "summary");
  const feeBlock = summary?.blocks.find(
    (block) => block.rows.length > 0 && /^(FY)?\d{4}$/.test(String(block.rows[0][0]))
  );
  if (!summary || !feeBlock) return;
  const byYear = new Map<string, Money>();
  for (const total of financeTotals(book.results, startMonth)) {
    const label = fiscalYearLabel(total.fiscalYear, startMonth);
    byYear.set(label, (byYear.get(label) ?? new Money(0)).plus(total.net));
  }
  // The Summary's fiscal-year block: label, fees, subsidies, net (CNY), then converted amounts and counts.
  const netColumn = 3;
  const rows: CellValue[][] = feeBlock.rows
    .filter((row) => /^(FY)?\d{4}$/.test(String(row[0])))
    .map((row) => {
      const fees = typeof row[netColumn] === "number" ? (row[netColumn] as number) : 0;
      const financing = yuanToCell(byYear.get(String(row[0])) ?? new Money(0));
      return [row[0], fees, financing, Math.round((fees + financing) * 100) / 100];
    });
  const bottom = Math.max(...summary.blocks.map((block) => block.top + block.rows.length));
  summary.blocks.push({
    top: bottom + 3,
    title: FINANCE_STRINGS[language].lineTitle,
    columns: LINE_HEADERS.map((key, index) => ({
      header: FINANCE_STRINGS[language][key],
      format: index === 0 ? "text" : "money",
    })),
    rows,
  });
}
