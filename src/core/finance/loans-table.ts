import { DayNumber, dayToIso } from "../dates/civil";
import { DomainError, isDomainError } from "../errors/domain-error";
import { Money, moneyFromCell } from "../money/money";
import { columnLetter } from "../table/a1";
import { isBlank, readDate, readFlag, readNumber } from "../table/cell-readers";
import { RowIssue, SourceGrid } from "../table/grid";
import { normalizeHeader } from "../table/headers";
import { FinanceProgramme, findFinanceProgramme } from "./programmes";
import { RiskScheme, findScheme } from "./risk-share";

/**
 * The user's loans table (IPLoans): one row per IP pledge loan. Read row by row; a row with a problem is
 * left out and each problem is a RowIssue naming row, column and reason.
 */
export type LoanColumnKey =
  | "loanId"
  | "firm"
  | "programme"
  | "principal"
  | "ipShare"
  | "rate"
  | "contract"
  | "start"
  | "end"
  | "actualInterest"
  | "guarantee"
  | "insurance"
  | "valuation"
  | "other"
  | "usedThisYear"
  | "ratio"
  | "insured"
  | "receipt"
  | "scheme"
  | "outstanding"
  | "recovered";

type CellKind = "text" | "amount" | "share" | "rate" | "date" | "flag";

interface LoanColumn {
  key: LoanColumnKey;
  header: string;
  kind: CellKind;
  required?: boolean;
  aliases?: string[];
}

/** The columns, in the order the pane creates them; headers match case- and space-insensitively. */
export const LOAN_COLUMNS: readonly LoanColumn[] = [
  { key: "loanId", header: "Loan ID", kind: "text", required: true, aliases: ["Loan"] },
  { key: "firm", header: "Firm", kind: "text", required: true, aliases: ["Borrower"] },
  { key: "programme", header: "Programme", kind: "text", aliases: ["Program"] },
  { key: "principal", header: "Principal", kind: "amount", required: true },
  { key: "ipShare", header: "IP share", kind: "share" },
  { key: "rate", header: "Annual rate", kind: "rate", required: true, aliases: ["Rate"] },
  { key: "contract", header: "Contract date", kind: "date" },
  { key: "start", header: "Start", kind: "date", required: true, aliases: ["Start date"] },
  { key: "end", header: "End", kind: "date", required: true, aliases: ["End date", "Repaid"] },
  { key: "actualInterest", header: "Actual interest", kind: "amount" },
  { key: "guarantee", header: "Guarantee fee", kind: "amount" },
  { key: "insurance", header: "Insurance premium", kind: "amount" },
  { key: "valuation", header: "Valuation fee", kind: "amount" },
  { key: "other", header: "Other fees", kind: "amount" },
  { key: "usedThisYear", header: "Subsidy used this year", kind: "amount" },
  { key: "ratio", header: "Approved ratio", kind: "share" },
  { key: "insured", header: "Insured", kind: "flag" },
  { key: "receipt", header: "Expected receipt", kind: "date" },
  { key: "scheme", header: "Risk scheme", kind: "text" },
  { key: "outstanding", header: "Outstanding at default", kind: "amount" },
  { key: "recovered", header: "Recovered", kind: "amount" },
];

export const LOANS_TABLE_NAME = "IPLoans";

export interface LoanRow {
  /** Sheet row number (1-based). */
  row: number;
  loanId: string;
  firm: string;
  programme?: FinanceProgramme;
  principal: Money;
  ipShare?: Money;
  rate: Money;
  contract?: DayNumber;
  start: DayNumber;
  end: DayNumber;
  actualInterest?: Money;
  fees: { guarantee: Money; insurance: Money; valuation: Money; other: Money };
  usedThisYear: Money;
  ratio?: Money;
  insured: boolean;
  receipt?: DayNumber;
  scheme?: RiskScheme;
  outstanding?: Money;
  recovered?: Money;
}

export interface LoansRead {
  sheet: string;
  loans: LoanRow[];
  issues: RowIssue[];
}

const ZERO = new Money(0);

function readCell(kind: CellKind, value: unknown, header: string): unknown {
  if (kind === "date") return readDate(value, header);
  if (kind === "flag") return readFlag(value, header);
  if (kind === "text") {
    if (typeof value === "number" || typeof value === "string") return String(value).trim();
    throw new DomainError("invalid-kind", header, `${header}: give text.`, { key: "loanNotText" });
  }
  const number = readNumber(
    value,
    header,
    kind === "amount" ? "an amount, 0 or more" : "a fraction such as 0.042"
  );
  const params = { value: number };
  if (kind === "amount" && number < 0)
    throw new DomainError(
      "out-of-range",
      header,
      `${header} ${number} is negative: give an amount of 0 or more.`,
      { key: "loanNegative", params }
    );
  if (kind === "share" && !(number >= 0 && number <= 1))
    throw new DomainError(
      "out-of-range",
      header,
      `${header} ${number} is outside 0…1: give a share such as 0.6.`,
      { key: "loanShareRange", params }
    );
  if (kind === "rate" && !(number > 0 && number < 1))
    throw new DomainError(
      "out-of-range",
      header,
      `${header} ${number} is outside (0, 1): give the annual rate as a fraction, e.g. 0.042 for 4.2%.`,
      { key: "loanRateRange", params }
    );
  return moneyFromCell(number);
}

/**
 * Reads a loans grid (header row first). Unknown programme or scheme ids, bad numbers and dates, an end
 * before the start: an issue on that cell, and the row is left out. Blank rows are skipped.
 * @example readLoansTable(grid, BUILT_IN_FINANCE_PROGRAMMES, BUILT_IN_RISK_SCHEMES).loans.length //=> 3
 */
export function readLoansTable(
  grid: SourceGrid,
  programmes: readonly FinanceProgramme[],
  schemes: readonly RiskScheme[]
): LoansRead {
  const issues: RowIssue[] = [];
  const header = grid.values[0] ?? [];
  const index = new Map<LoanColumnKey, number>();
  header.forEach((cell, column) => {
    const name = normalizeHeader(String(cell ?? ""));
    const found = LOAN_COLUMNS.find((c) =>
      [c.header, ...(c.aliases ?? [])].some((h) => normalizeHeader(h) === name)
    );
    if (found && !index.has(found.key)) index.set(found.key, column);
  });
  const issue = (
    row: number,
    column: number | undefined,
    head: string,
    message: string,
    code?: string,
    params: Record<string, string | number> = {}
  ): RowIssue => ({
    sheet: grid.sheet,
    row,
    column: column === undefined ? "" : columnLetter(grid.left + column),
    header: head,
    message,
    // the code and parameters let the run render the issue in the user's language
    ...(code ? { code, params: { field: head, ...params } } : {}),
    kind: "error",
  });
  const missing = LOAN_COLUMNS.filter((c) => c.required && !index.has(c.key));
  if (missing.length > 0) {
    const columns = missing.map((c) => `"${c.header}"`).join(", ");
    issues.push(
      issue(
        grid.top,
        undefined,
        "",
        `The loans table has no ${columns} column: add it to the header row.`,
        "loanNoColumns",
        { columns }
      )
    );
    return { sheet: grid.sheet, loans: [], issues };
  }
  const loans: LoanRow[] = [];
  grid.values.slice(1).forEach((cells, offset) => {
    const row = grid.top + 1 + offset;
    const used = [...index.values()];
    if (used.every((column) => isBlank(cells[column]))) return;
    const values: Partial<Record<LoanColumnKey, unknown>> = {};
    let ok = true;
    for (const column of LOAN_COLUMNS) {
      const at = index.get(column.key);
      if (at === undefined) continue;
      const value = cells[at];
      const head = String(header[at] ?? column.header);
      if (grid.valueTypes?.[offset + 1]?.[at] === "Error") {
        issues.push(
          issue(row, at, head, `${head} holds an error value: fix the cell.`, "loanErrorValue")
        );
        ok = false;
        continue;
      }
      if (isBlank(value)) {
        if (column.required) {
          issues.push(issue(row, at, head, `${head} is empty: give a value.`, "loanEmpty"));
          ok = false;
        }
        continue;
      }
      try {
        let read = readCell(column.kind, value, head);
        if (column.key === "programme") read = findFinanceProgramme(read as string, programmes);
        if (column.key === "scheme") read = findScheme(read as string, schemes);
        values[column.key] = read;
      } catch (error) {
        if (!isDomainError(error)) throw error;
        issues.push(issue(row, at, head, error.message, error.key, { ...error.params }));
        ok = false;
      }
    }
    if (!ok) return;
    const start = values.start as DayNumber;
    const end = values.end as DayNumber;
    if (end < start) {
      const at = index.get("end")!;
      issues.push(
        issue(
          row,
          at,
          String(header[at]),
          `End ${dayToIso(end)} is before Start ${dayToIso(start)}: give the repayment date.`,
          "loanEndBeforeStart",
          { end: dayToIso(end), start: dayToIso(start) }
        )
      );
      return;
    }
    const amount = (key: LoanColumnKey) => values[key] as Money | undefined;
    loans.push({
      row,
      loanId: values.loanId as string,
      firm: values.firm as string,
      programme: values.programme as FinanceProgramme | undefined,
      principal: amount("principal")!,
      ipShare: amount("ipShare"),
      rate: amount("rate")!,
      contract: values.contract as DayNumber | undefined,
      start,
      end,
      actualInterest: amount("actualInterest"),
      fees: {
        guarantee: amount("guarantee") ?? ZERO,
        insurance: amount("insurance") ?? ZERO,
        valuation: amount("valuation") ?? ZERO,
        other: amount("other") ?? ZERO,
      },
      usedThisYear: amount("usedThisYear") ?? ZERO,
      ratio: amount("ratio"),
      insured: values.insured === true,
      receipt: values.receipt as DayNumber | undefined,
      scheme: values.scheme as RiskScheme | undefined,
      outstanding: amount("outstanding"),
      recovered: amount("recovered"),
    });
  });
  return { sheet: grid.sheet, loans, issues };
}
