import { DayNumber, dayFromCivil, dayToIso } from "../dates/civil";
import { serialFromDay } from "../dates/excel-serial";
import { ALL_YEARS, LoanBook, LoanResult } from "../finance/loan-book";
import { LprTable } from "../finance/lpr";
import { BUILT_IN_PROGRAMME_TEXTS } from "../finance/programme-texts";
import { PARTIES, Party } from "../finance/risk-share";
import { FINANCE_STRINGS, FinanceMessageKey, financeText } from "../i18n/finance-strings";
import { CodedMessage } from "../i18n/issue-words-en";
import { Language } from "../i18n/strings";
import { Money, roundToFen, yuanToCell } from "../money/money";
import { fiscalYearLabel, fiscalYearOf } from "../projection/fiscal-year";
import { OutputSheet } from "./output-model";
import { CellValue, OutputColumn } from "../table/table-schema";

/**
 * The IP Finance sheet as data: one row per loan, totals by fiscal year and firm, and the assumptions the
 * figures rest on (day count, LPR as-of, each programme's document, confidence and verification).
 */

export interface FinanceSheetInput {
  book: LoanBook;
  lpr: LprTable;
  fiscalYearStartMonth: number;
  language: Language;
}

export interface FinanceTotal {
  fiscalYear: number;
  firm: string;
  interest: Money;
  fees: Money;
  subsidies: Money;
  net: Money;
}

/**
 * Splits an amount already rounded to the fen over fiscal years by days (start counted, end not); the
 * parts are rounded to the fen and the last takes the remainder, so they sum to the amount shown.
 */
export function allocateByDays(
  amount: Money,
  start: DayNumber,
  end: DayNumber,
  startMonth: number
): { fiscalYear: number; amount: Money }[] {
  const total = end - start;
  if (total <= 0) return [{ fiscalYear: fiscalYearOf(start, startMonth), amount }];
  const parts: { fiscalYear: number; amount: Money }[] = [];
  let from = start;
  let allocated = new Money(0);
  while (from < end) {
    const year = fiscalYearOf(from, startMonth);
    const nextStart = dayFromCivil(year + 1, startMonth, 1);
    const to = Math.min(end, nextStart);
    const last = to === end;
    const share = last
      ? amount.minus(allocated)
      : roundToFen(amount.times(to - from).dividedBy(total));
    parts.push({ fiscalYear: year, amount: share });
    allocated = allocated.plus(share);
    from = to;
  }
  return parts;
}

/** Totals by fiscal year and firm, sorted by year then firm. */
export function financeTotals(results: readonly LoanResult[], startMonth: number): FinanceTotal[] {
  const totals = new Map<string, FinanceTotal>();
  const add = (
    fiscalYear: number,
    firm: string,
    field: "interest" | "fees" | "subsidies",
    amount: Money
  ) => {
    if (amount.isZero()) return;
    const key = `${fiscalYear}\u0000${firm}`;
    const zero = new Money(0);
    const total = totals.get(key) ?? {
      fiscalYear,
      firm,
      interest: zero,
      fees: zero,
      subsidies: zero,
      net: zero,
    };
    total[field] = total[field].plus(amount);
    total.net = total.interest.plus(total.fees).minus(total.subsidies);
    totals.set(key, total);
  };
  for (const result of results) {
    const firm = result.loan.firm;
    for (const part of allocateByDays(
      result.interest,
      result.loan.start,
      result.loan.end,
      startMonth
    ))
      add(part.fiscalYear, firm, "interest", part.amount);
    add(fiscalYearOf(result.loan.start, startMonth), firm, "fees", result.fees);
    add(fiscalYearOf(result.receipt, startMonth), firm, "subsidies", result.subsidies);
  }
  return [...totals.values()].sort(
    (a, b) => a.fiscalYear - b.fiscalYear || (a.firm < b.firm ? -1 : a.firm > b.firm ? 1 : 0)
  );
}

const money = (amount: Money | undefined): CellValue =>
  amount === undefined ? "" : yuanToCell(amount);
const rate = (value: Money | undefined): CellValue =>
  value === undefined ? "" : value.toDecimalPlaces(6).toNumber();

export function buildFinanceSheet(input: FinanceSheetInput): OutputSheet {
  const h = FINANCE_STRINGS[input.language];
  const text = (message: CodedMessage) => financeText(input.language, message);
  const say = (code: FinanceMessageKey, params: Record<string, string | number> = {}) =>
    text({ code, params, message: "" });
  const startMonth = input.fiscalYearStartMonth;
  const columns: OutputColumn[] = [
    { header: h.loanId, format: "text" },
    { header: h.firm, format: "text" },
    { header: h.programme, format: "text" },
    { header: h.principal, format: "money" },
    { header: h.start, format: "date" },
    { header: h.end, format: "date" },
    { header: h.days, format: "integer" },
    { header: h.lpr, format: "percent" },
    { header: h.lprRule, format: "text" },
    { header: h.lprDate, format: "date" },
    { header: h.rate, format: "percent" },
    { header: h.rateCounted, format: "percent" },
    { header: h.interest, format: "money" },
    { header: h.fees, format: "money" },
    { header: h.interestSubsidy, format: "money" },
    { header: h.feeSubsidy, format: "money" },
    { header: h.subsidies, format: "money" },
    { header: h.gross, format: "money" },
    { header: h.net, format: "money" },
    { header: h.grossRate, format: "percent" },
    { header: h.netRate, format: "percent" },
    { header: h.capYear, format: "text" },
    { header: h.receipt, format: "date" },
    { header: h.status, format: "text" },
    { header: h.reason, format: "text" },
    { header: h.scheme, format: "text" },
    { header: h.loss, format: "money" },
    ...PARTIES.map((party) => ({ header: h[party], format: "money" as const })),
  ];
  const results = input.book.results;
  const rows: CellValue[][] = results.map((r) => [
    r.loan.loanId,
    r.loan.firm,
    r.loan.programme?.id ?? "",
    money(r.loan.principal),
    serialFromDay(r.loan.start),
    serialFromDay(r.loan.end),
    r.days,
    rate(r.lpr?.rate),
    r.lpr
      ? say(r.lpr.assumed ? "fin_lprRuleAssumed" : "fin_lprRule", {
          tenor: r.lpr.tenor,
          rule: r.lpr.rule,
          date: dayToIso(r.lpr.referenceDay),
        })
      : "",
    r.lpr ? serialFromDay(r.lpr.fixingDay) : "",
    rate(r.loan.rate),
    rate(r.rateCounted),
    money(r.interest),
    money(r.fees),
    money(r.interestSubsidy),
    money(r.feeSubsidy),
    money(r.subsidies),
    money(r.gross),
    money(r.net),
    rate(r.grossRate),
    rate(r.netRate),
    r.capYear === ALL_YEARS ? say("fin_allYears") : (r.capYear ?? ""),
    serialFromDay(r.receipt),
    text(r.status),
    [...r.reasons, ...r.flags].map(text).join(input.language === "en" ? "; " : "；"),
    r.loan.scheme?.id
      ? say("fin_scheme", {
          scheme: r.loan.scheme.id,
          confidence: r.loan.scheme.confidence,
        })
      : "",
    money(r.split?.loss),
    ...PARTIES.map((party: Party) => (r.split ? money(r.split.shares[party] ?? new Money(0)) : "")),
  ]);
  const totals = financeTotals(results, startMonth);
  const totalRows: CellValue[][] = totals.map((t) => [
    fiscalYearLabel(t.fiscalYear, startMonth),
    t.firm,
    money(t.interest),
    money(t.fees),
    money(t.subsidies),
    money(t.net),
  ]);
  if (totals.length > 0) {
    const sum = (field: "interest" | "fees" | "subsidies" | "net") =>
      money(totals.reduce((total, t) => total.plus(roundToFen(t[field])), new Money(0)));
    totalRows.push([h.total, "", sum("interest"), sum("fees"), sum("subsidies"), sum("net")]);
  }
  const used = new Map(
    results.filter((r) => r.loan.programme).map((r) => [r.loan.programme!.id, r.loan.programme!])
  );
  const assumptionRows: CellValue[][] = [
    [
      say("fin_dayCount"),
      say("fin_dayCountValue", {
        dayCount: input.book.dayCount,
        divisor: input.book.dayCount === "ACT/365" ? 365 : 360,
      }),
    ],
    [
      say("fin_lprAsOf"),
      say("fin_lprAsOfValue", {
        date: dayToIso(input.lpr.confirmedThrough),
      }),
    ],
    [say("fin_netCost"), say("fin_netCostValue")],
    ...[...used.values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(
        (p) =>
          [
            p.id,
            [
              say(p.verified ? "fin_programmeVerified" : "fin_programmeUnverified", {
                // Every programme a loan names is a built-in one, whose texts are all there.
                ...(BUILT_IN_PROGRAMME_TEXTS.get(p.id) ?? { document: p.id, issuer: p.id }),
                confidence: p.confidence,
              }),
              ...(p.excludes.length
                ? [
                    say("fin_notCombinable", {
                      programmes: p.excludes.join(", "),
                    }),
                  ]
                : []),
            ].join(input.language === "en" ? "; " : "；"),
          ] as CellValue[]
      ),
  ];
  const totalsTop = rows.length + 3;
  const assumptionsTop = totalsTop + totalRows.length + 3;
  return {
    role: "finance",
    name: h.sheet,
    blocks: [
      { top: 1, title: h.loans, columns, rows },
      {
        top: totalsTop + 1,
        title: h.totals,
        columns: [
          { header: h.year, format: "text" },
          { header: h.firm, format: "text" },
          { header: h.interest, format: "money" },
          { header: h.fees, format: "money" },
          { header: h.subsidies, format: "money" },
          { header: h.net, format: "money" },
        ],
        rows: totalRows,
      },
      {
        top: assumptionsTop + 1,
        title: h.assumptions,
        columns: [
          { header: h.item, format: "text" },
          { header: h.value, format: "text" },
        ],
        rows: assumptionRows,
      },
    ],
    charts: [],
    freezeHeaderRows: 2,
  };
}
