import { DayNumber, addMonthsClamped, civilFromDay, dayToIso } from "../dates/civil";
import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { DayCount, DEFAULT_DAY_COUNT, loanDays, simpleInterest } from "./day-count";
import { LprReading, LprRule, LprTable, lprOn } from "./lpr";
import { FinanceProgramme, LprRef } from "./programmes";
import { grouped, percent } from "./format";
import { CodedMessage } from "../i18n/issue-words-en";
import { financeReason } from "./reason";

/** One loan as a subsidy rule sees it. Amounts in the loan currency; rates as fractions. */
export interface LoanInput {
  principal: Money;
  rate: Money;
  start: DayNumber;
  end: DayNumber;
  /** Contract-signing date; defaults to start. */
  contract?: DayNumber;
  /** IP-pledged share of the loan, 0 to 1; default 1. */
  ipShare?: Money;
  dayCount?: DayCount;
  /** Fees that join the base of a share-of-interest-and-fees or share-of-principal rule. */
  fees?: Money;
  /** Covered by guarantee insurance or a policy guarantor (Fujian's higher tier). */
  insured?: boolean;
  /** The approved share when lower than the programme's maximum. */
  ratio?: Money;
  /** The bank's figure for the interest actually paid; wins over the computed interest. */
  actualInterest?: Money;
}

/** The subsidy of one loan before the firm's annual or lifetime cap, and what it rests on. */
export interface InterestSubsidy {
  days: number;
  /** Interest of the whole loan (the bank's figure when given). */
  interest: Money;
  /** Days whose interest the programme counts (e.g. the first 6 months). */
  subsidisedDays: number;
  rateCounted?: Money;
  lpr?: LprReading;
  share: Money;
  amount: Money;
  /** Why the amount is 0 or reduced. */
  reasons: CodedMessage[];
  /** Assumptions the amount rests on (window not stated, LPR assumed unchanged). */
  flags: CodedMessage[];
  /** The calendar year the loan settles in (its end date). */
  settlementYear: number;
  /** False when the loan fails a condition of the programme (window, rate gate, minimum IP share). */
  eligible: boolean;
}

const ZERO = new Money(0);
const ONE = new Money(1);

function lprReference(ref: LprRef, loan: LoanInput): { day: DayNumber; rule: LprRule } {
  const contract = loan.contract ?? loan.start;
  if (ref === "contract") return { day: contract, rule: "in_force" };
  if (ref === "prev-month-of-contract") return { day: contract, rule: "prev_month" };
  if (ref === "december-of-settlement-year") return { day: loan.end, rule: "december" };
  return { day: loan.start, rule: "in_force" };
}

function windowBasisDay(programme: FinanceProgramme, loan: LoanInput): DayNumber {
  const basis = programme.period.basis;
  if (basis === "start") return loan.start;
  if (basis === "contract") return loan.contract ?? loan.start;
  return loan.end;
}

// The English of word_settlementDate, word_startDate and word_contractDate (finance-words-en.ts): the
// sheet finds the word by this text and says it in the user's language.
const BASIS_WORD = {
  settlement: "settlement date",
  start: "start date",
  contract: "contract date",
};

/** The maximum share that applies, and the approved ratio checked against it. */
export function shareFor(programme: FinanceProgramme, insured: boolean, ratio?: Money): Money {
  const rule = programme.interest;
  const maximum = insured && rule.insuredShare ? rule.insuredShare : rule.share;
  if (ratio === undefined) return maximum;
  if (ratio.isNegative() || ratio.greaterThan(maximum))
    throw new DomainError(
      "out-of-range",
      "ratio",
      `ratio ${ratio.toString()} is outside 0…${maximum.toString()}: give the approved share, at most ${programme.id}'s maximum.`,
      {
        key: "ratioAboveMax",
        params: { value: ratio.toString(), max: maximum.toString(), programme: programme.id },
      }
    );
  return ratio;
}

/**
 * The interest subsidy a programme's rule gives one loan, before the firm's annual or lifetime cap.
 * Never above the loan's interest on its IP-pledged share (for rules on interest). A 0 comes with reasons.
 */
export function interestSubsidyBeforeCaps(
  programme: FinanceProgramme,
  loan: LoanInput,
  lprTable: LprTable
): InterestSubsidy {
  const rule = programme.interest;
  const dayCount = loan.dayCount ?? DEFAULT_DAY_COUNT;
  const ipShare = loan.ipShare ?? ONE;
  const days = loanDays(loan.start, loan.end);
  const interest = loan.actualInterest ?? simpleInterest(loan.principal, loan.rate, days, dayCount);
  const share = shareFor(programme, loan.insured === true, loan.ratio);
  const reasons: CodedMessage[] = [];
  const flags: CodedMessage[] = [];
  const settlementYear = civilFromDay(loan.end).year;
  let subsidisedDays = days;
  if (rule.interestMonths !== undefined) {
    const periodEnd = Math.min(loan.end, addMonthsClamped(loan.start, rule.interestMonths));
    subsidisedDays = periodEnd - loan.start;
  }
  const result: InterestSubsidy = {
    days,
    interest,
    subsidisedDays,
    share,
    amount: ZERO,
    reasons,
    flags,
    settlementYear,
    eligible: false,
  };

  const { from, to } = programme.period;
  const basisDay = windowBasisDay(programme, loan);
  const word = BASIS_WORD[programme.period.basis];
  if ((from !== null && basisDay < from) || (to !== null && basisDay > to)) {
    reasons.push(
      financeReason("fin_outsideWindow", {
        basis: word,
        date: dayToIso(basisDay),
        programme: programme.id,
        from: from === null ? "…" : dayToIso(from),
        to: to === null ? "…" : dayToIso(to),
      })
    );
    return result;
  }
  if (from === null || to === null) {
    const code =
      from === null && to === null
        ? "fin_windowUnstated"
        : from === null
          ? "fin_windowStartUnstated"
          : "fin_windowEndUnstated";
    flags.push(financeReason(code, { programme: programme.id }));
  }
  if (programme.minIpShare && ipShare.lessThan(programme.minIpShare)) {
    reasons.push(
      financeReason("fin_ipShareLow", {
        share: ipShare.toString(),
        programme: programme.id,
        min: programme.minIpShare.toString(),
      })
    );
    return result;
  }
  result.eligible = true;

  // Interest on the IP-pledged share over the subsidised days, at a given annual rate.
  const pledgedAt = (rate: Money) =>
    simpleInterest(loan.principal.times(ipShare), rate, subsidisedDays, dayCount);
  // The actual interest of the pledged share over the same days (the ceiling of interest rules).
  const actualPledged = interest
    .times(ipShare)
    .times(days === 0 ? 0 : subsidisedDays)
    .dividedBy(days === 0 ? 1 : days);

  if (rule.ruleType === "share-of-principal") {
    const base = loan.principal.times(ipShare).times(share);
    const costs = interest.times(ipShare).plus(loan.fees ?? ZERO);
    result.amount = Money.min(base, costs);
    if (costs.lessThan(base)) reasons.push(financeReason("fin_limitedToCosts"));
    return result;
  }
  if (rule.ruleType === "share-of-interest-and-fees") {
    let fees = loan.fees ?? ZERO;
    if (rule.feeCapOfPrincipal) {
      const feeCap = loan.principal.times(rule.feeCapOfPrincipal);
      if (fees.greaterThan(feeCap)) {
        reasons.push(financeReason("fin_feesCounted", { rate: percent(rule.feeCapOfPrincipal) }));
        fees = feeCap;
      }
    }
    result.amount = actualPledged.plus(fees).times(share);
    return result;
  }

  const reference = lprReference(rule.lprRef!, loan);
  const lpr = lprOn(lprTable, reference.day, rule.lprTenor!, reference.rule);
  result.lpr = lpr;
  if (lpr.assumed)
    flags.push(
      financeReason("fin_lprAssumed", {
        date: dayToIso(lpr.referenceDay),
        fixing: dayToIso(lprTable.confirmedThrough),
      })
    );
  if (rule.ruleType === "share-of-capped-rate") {
    const cap = lpr.rate.times(rule.lprMultiplier!);
    result.rateCounted = Money.min(loan.rate, cap);
    if (loan.rate.greaterThan(cap))
      reasons.push(
        financeReason("fin_rateCounted", {
          rate: percent(cap),
          multiplier: rule.lprMultiplier!.toString(),
        })
      );
    result.amount = Money.min(pledgedAt(result.rateCounted), actualPledged).times(share);
    return result;
  }
  if (rule.ruleType === "share-of-gated-rate") {
    const gate = lpr.rate.times(rule.lprMultiplier!);
    if (loan.rate.greaterThan(gate)) {
      reasons.push(
        financeReason("fin_rateAboveLimit", {
          rate: percent(loan.rate),
          programme: programme.id,
          limit: percent(gate),
          multiplier: rule.lprMultiplier!.toString(),
        })
      );
      result.eligible = false;
      return result;
    }
    result.rateCounted = loan.rate;
    result.amount = actualPledged.times(share);
    return result;
  }
  // share-of-lpr
  result.rateCounted = rule.lprCapsActualRate ? Money.min(loan.rate, lpr.rate) : lpr.rate;
  const byLpr = pledgedAt(result.rateCounted).times(share);
  if (byLpr.greaterThan(actualPledged)) {
    reasons.push(financeReason("fin_limitedToInterest"));
    result.amount = actualPledged;
  } else result.amount = byLpr;
  return result;
}

/** The cap left for a firm: the annual cap (or the lifetime cap) minus what it has already received. */
export function remainingCap(
  programme: FinanceProgramme,
  used: Money
): { cap?: Money; left?: Money } {
  const cap = programme.caps.perYear?.amount ?? programme.caps.lifetime;
  if (cap === undefined) return {};
  return { cap, left: Money.max(ZERO, cap.minus(used)) };
}

/** Applies the firm's cap to an amount; the reason says which cap bit. */
export function capped(
  programme: FinanceProgramme,
  amount: Money,
  used: Money
): { amount: Money; reason?: CodedMessage } {
  const { cap, left } = remainingCap(programme, used);
  if (cap === undefined || left === undefined || amount.lessThanOrEqualTo(left)) return { amount };
  const annual = programme.caps.perYear !== undefined;
  const code = left.isZero()
    ? annual
      ? "fin_annualCapUsed"
      : "fin_lifetimeCapUsed"
    : annual
      ? "fin_annualCapReached"
      : "fin_lifetimeCapReached";
  return { amount: left, reason: financeReason(code, { cap: grouped(cap) }) };
}

/** The interest subsidy after the firm's cap, as IP.LOAN_INTEREST_SUBSIDY returns it (unrounded). */
export function loanInterestSubsidy(
  programme: FinanceProgramme,
  loan: LoanInput,
  usedThisYear: Money,
  lprTable: LprTable
): InterestSubsidy {
  const before = interestSubsidyBeforeCaps(programme, loan, lprTable);
  const after = capped(programme, before.amount, usedThisYear);
  if (after.reason) before.reasons.push(after.reason);
  return { ...before, amount: after.amount };
}
