import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { CodedMessage } from "../i18n/issue-words-en";
import { grouped } from "./format";
import { FEE_TYPES, FeeType, FinanceProgramme } from "./programmes";
import { financeReason } from "./reason";

export interface FeeSubsidy {
  amount: Money;
  reasons: CodedMessage[];
}

const ZERO = new Money(0);

/** A fee type from text; "valuation", "guarantee", "insurance" or "other". */
export function feeTypeFrom(text: string, field = "feeType"): FeeType {
  const wanted = text.trim().toLowerCase();
  const found = FEE_TYPES.find((type) => type === wanted);
  if (!found)
    throw new DomainError(
      "invalid-kind",
      field,
      `${field} "${text}" is unknown: give ${FEE_TYPES.map((t) => `"${t}"`).join(", ")}.`,
      {
        key: "feeTypeUnknown",
        params: { value: text, known: FEE_TYPES.map((t) => `"${t}"`).join(", ") },
      }
    );
  return found;
}

/**
 * The subsidy a programme's fee rule pays on one fee: share × fee, within the per-fee cap and what is
 * left of the firm's yearly fee cap. A programme that subsidises fees on one base with interest is an
 * error (use the interest subsidy with fees); a programme with no fee rule pays 0, with the reason.
 */
export function feeSubsidy(
  programme: FinanceProgramme,
  type: FeeType,
  fee: Money,
  usedThisYear: Money,
  ratio?: Money,
  principal?: Money
): FeeSubsidy {
  void principal; // no built-in separate fee rule caps by principal; the argument is there for one that does
  const ruleType = programme.interest.ruleType;
  if (ruleType === "share-of-interest-and-fees" || ruleType === "share-of-principal")
    throw new DomainError(
      "fees-with-interest",
      "programme",
      `${programme.id} subsidises fees together with interest: use IP.LOAN_INTEREST_SUBSIDY with the fees argument.`,
      { key: "feesWithInterest", params: { programme: programme.id } }
    );
  if (!programme.fees)
    return {
      amount: ZERO,
      reasons: [financeReason("fin_noFeeRule", { programme: programme.id })],
    };
  const rule = programme.fees.types[type];
  if (!rule)
    return {
      amount: ZERO,
      reasons: [financeReason("fin_noFeeTypeRule", { programme: programme.id, feeType: type })],
    };
  if (ratio !== undefined && (ratio.isNegative() || ratio.greaterThan(rule.share)))
    throw new DomainError(
      "out-of-range",
      "ratio",
      `ratio ${ratio.toString()} is outside 0…${rule.share.toString()}: give the approved share, at most ${programme.id}'s maximum.`,
      {
        key: "ratioAboveMax",
        params: { value: ratio.toString(), max: rule.share.toString(), programme: programme.id },
      }
    );
  const reasons: CodedMessage[] = [];
  let amount = fee.times(ratio ?? rule.share);
  if (rule.perFeeCap && amount.greaterThan(rule.perFeeCap)) {
    amount = rule.perFeeCap;
    reasons.push(financeReason("fin_perFeeCap", { cap: grouped(rule.perFeeCap) }));
  }
  const yearly = programme.fees.perYearCap;
  if (yearly) {
    const left = Money.max(ZERO, yearly.minus(usedThisYear));
    if (amount.greaterThan(left)) {
      amount = left;
      reasons.push(
        financeReason(left.isZero() ? "fin_feeCapUsed" : "fin_feeCapReached", {
          cap: grouped(yearly),
        })
      );
    }
  }
  return { amount, reasons };
}
