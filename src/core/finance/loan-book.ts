import { DayNumber, civilFromDay } from "../dates/civil";
import { isDomainError } from "../errors/domain-error";
import { Money, roundToFen } from "../money/money";
import { RowIssue } from "../table/grid";
import { DayCount, DEFAULT_DAY_COUNT, simpleInterest } from "./day-count";
import { feeSubsidy } from "./fee-subsidy";
import { capped, interestSubsidyBeforeCaps } from "./interest-subsidy";
import { LprReading, LprTable } from "./lpr";
import { LoanRow } from "./loans-table";
import { FEE_TYPES, FeeType, FinanceProgramme } from "./programmes";
import { LossSplit, splitLoss } from "./risk-share";
import { percent } from "./format";
import { CodedMessage } from "../i18n/issue-words-en";
import { financeReason } from "./reason";

/**
 * The IP Finance sheet's arithmetic for a book of loans: per loan, interest, subsidies (caps applied
 * across the loans of one firm, programme and cap year, in table order), gross and net cost, effective
 * rates and the default split. Amounts shown are rounded to the fen, and the net cost is the displayed
 * gross cost minus the displayed subsidies, so each row adds up as shown.
 */
export interface LoanResult {
  loan: LoanRow;
  days: number;
  lpr?: LprReading;
  rateCounted?: Money;
  /** Rounded to the fen, as displayed. */
  interest: Money;
  fees: Money;
  interestSubsidy: Money;
  feeSubsidy: Money;
  subsidies: Money;
  gross: Money;
  net: Money;
  /** cost / principal × 365 / days; undefined for a 0-day or 0-principal loan. */
  grossRate?: Money;
  netRate?: Money;
  /** The cap year the subsidies count in, as "2024", or ALL_YEARS for a lifetime cap. */
  capYear?: string;
  /** When the subsidies are expected: the receipt date given, else the settlement date. */
  receipt: DayNumber;
  status: CodedMessage;
  reasons: CodedMessage[];
  flags: CodedMessage[];
  split?: LossSplit;
}

export interface LoanBook {
  results: LoanResult[];
  issues: RowIssue[];
  dayCount: DayCount;
}

const ZERO = new Money(0);

/** The cap year of a lifetime cap (a grouping key; the sheet shows it in the user's language). */
export const ALL_YEARS = "all years";

function capYearOf(programme: FinanceProgramme, loan: LoanRow): string {
  if (!programme.caps.perYear) return ALL_YEARS;
  const day =
    programme.caps.perYear.basis === "application-year" ? (loan.receipt ?? loan.end) : loan.end;
  return String(civilFromDay(day).year);
}

function statusOf(programme: FinanceProgramme | undefined, loan: LoanRow): CodedMessage {
  if (!programme) return financeReason("fin_statusNone");
  const confidence = programme.confidence;
  if (programme.verified) return financeReason("fin_statusVerified", { confidence });
  if (loan.ratio !== undefined) return financeReason("fin_statusRatio", { confidence });
  return financeReason("fin_statusEnterRatio", {
    confidence,
    share: percent(programme.interest.share),
  });
}

function effectiveRate(cost: Money, principal: Money, days: number): Money | undefined {
  if (days === 0 || principal.isZero()) return undefined;
  return cost.dividedBy(principal).times(365).dividedBy(days);
}

/**
 * Computes every loan of the table. A loan whose programme rejects an input (e.g. an approved ratio above
 * the programme's maximum) gets an issue naming its row and is left out.
 */
export function computeLoanBook(
  loans: readonly LoanRow[],
  lprTable: LprTable,
  options: { sheet: string; dayCount?: DayCount }
): LoanBook {
  const dayCount = options.dayCount ?? DEFAULT_DAY_COUNT;
  const interestUsed = new Map<string, Money>();
  const feesUsed = new Map<string, Money>();
  const loansClaimed = new Map<string, number>();
  const results: LoanResult[] = [];
  const issues: RowIssue[] = [];
  for (const loan of loans) {
    try {
      results.push(computeLoan(loan));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      issues.push({
        sheet: options.sheet,
        row: loan.row,
        column: "",
        header: error.field,
        message: error.message,
        // the key lets the run render the message in the user's language
        ...(error.key ? { code: error.key, params: { field: error.field, ...error.params } } : {}),
        kind: "error",
      });
    }
  }
  return { results, issues, dayCount };

  function computeLoan(loan: LoanRow): LoanResult {
    const programme = loan.programme;
    const days = loan.end - loan.start;
    const exactInterest =
      loan.actualInterest ?? simpleInterest(loan.principal, loan.rate, days, dayCount);
    const interest = roundToFen(exactInterest);
    const feeTotal = FEE_TYPES.reduce((sum, type) => sum.plus(loan.fees[type]), ZERO);
    const reasons: CodedMessage[] = [];
    const flags: CodedMessage[] = [];
    let interestSubsidy = ZERO;
    let feeSubsidyTotal = ZERO;
    let lpr: LprReading | undefined;
    let rateCounted: Money | undefined;
    let capYear: string | undefined;
    if (programme) {
      const ruleType = programme.interest.ruleType;
      const combined =
        ruleType === "share-of-interest-and-fees" || ruleType === "share-of-principal";
      const feesInBase =
        ruleType === "share-of-principal"
          ? feeTotal
          : (programme.interest.feeTypes ?? []).reduce(
              (sum, type) => sum.plus(loan.fees[type]),
              ZERO
            );
      const before = interestSubsidyBeforeCaps(
        programme,
        {
          principal: loan.principal,
          rate: loan.rate,
          start: loan.start,
          end: loan.end,
          contract: loan.contract,
          ipShare: loan.ipShare,
          dayCount,
          fees: combined ? feesInBase : undefined,
          insured: loan.insured,
          ratio: loan.ratio,
          actualInterest: loan.actualInterest,
        },
        lprTable
      );
      lpr = before.lpr;
      rateCounted = before.rateCounted;
      reasons.push(...before.reasons);
      flags.push(...before.flags);
      capYear = capYearOf(programme, loan);
      const group = `${loan.firm}\u0000${programme.id}\u0000${capYear}`;
      const eligible = before.eligible;
      let amount = before.amount;
      const claimed = loansClaimed.get(group) ?? 0;
      if (programme.loansPerYear !== undefined && eligible && claimed >= programme.loansPerYear) {
        amount = ZERO;
        reasons.push(
          financeReason("fin_oneLoanPerYear", {
            programme: programme.id,
            count: programme.loansPerYear,
            firm: loan.firm,
          })
        );
      } else if (eligible) loansClaimed.set(group, claimed + 1);
      const used = Money.max(interestUsed.get(group) ?? ZERO, loan.usedThisYear);
      const after = capped(programme, amount, used);
      if (after.reason) reasons.push(after.reason);
      interestSubsidy = roundToFen(after.amount);
      interestUsed.set(group, used.plus(after.amount));

      if (combined) {
        if (feeTotal.greaterThan(0)) reasons.push(financeReason("fin_feesInInterest"));
      } else if (feeTotal.greaterThan(0) && eligible) {
        feeSubsidyTotal = feeSubsidiesFor(programme, loan, group, reasons);
      }
    }
    const gross = interest.plus(feeTotal);
    const subsidies = interestSubsidy.plus(feeSubsidyTotal);
    const net = gross.minus(subsidies);
    let split: LossSplit | undefined;
    if (loan.scheme && loan.outstanding !== undefined)
      split = splitLoss(loan.scheme, loan.outstanding, loan.recovered ?? ZERO);
    if (!loan.receipt && subsidies.greaterThan(0)) flags.push(financeReason("fin_noReceipt"));
    return {
      loan,
      days,
      lpr,
      rateCounted,
      interest,
      fees: roundToFen(feeTotal),
      interestSubsidy,
      feeSubsidy: feeSubsidyTotal,
      subsidies,
      gross,
      net,
      grossRate: effectiveRate(gross, loan.principal, days),
      netRate: effectiveRate(net, loan.principal, days),
      capYear,
      receipt: loan.receipt ?? loan.end,
      status: statusOf(programme, loan),
      reasons,
      flags,
      split,
    };
  }

  function feeSubsidiesFor(
    programme: FinanceProgramme,
    loan: LoanRow,
    group: string,
    reasons: CodedMessage[]
  ): Money {
    if (!programme.fees) {
      reasons.push(financeReason("fin_noFeeRule", { programme: programme.id }));
      return ZERO;
    }
    let total = ZERO;
    const excluded = new Set<FeeType>();
    for (const exclusive of programme.fees.exclusive) {
      const claimed = exclusive.filter((type) => loan.fees[type].greaterThan(0));
      if (claimed.length > 1) {
        // keep the fee that pays most; the others of the group are left out
        const best = claimed.reduce((a, b) => (loan.fees[b].greaterThan(loan.fees[a]) ? b : a));
        for (const type of claimed) if (type !== best) excluded.add(type);
        reasons.push(
          financeReason("fin_notBoth", {
            first: claimed[0],
            second: claimed.slice(1).join(", "),
            excluded: [...excluded].join(", "),
          })
        );
      }
    }
    for (const type of FEE_TYPES) {
      const fee = loan.fees[type];
      if (fee.isZero() || excluded.has(type)) continue;
      const used = feesUsed.get(group) ?? ZERO;
      const result = feeSubsidy(programme, type, fee, used, undefined);
      reasons.push(...result.reasons);
      const amount = roundToFen(result.amount);
      feesUsed.set(group, used.plus(amount));
      total = total.plus(amount);
    }
    return total;
  }
}
