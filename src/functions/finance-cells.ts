/* The finance functions' code (finance.ts declares them to Excel and documents them): each reads its
 * arguments, calls src/core/finance and maps errors; the data are src/data/finance/*.json (docs/finance.md).
 * A module of its own so that the bundle fetches it, with the finance data, on the first finance call. */
import { DomainError } from "../core/errors/domain-error";
import { Money, moneyFromCell, yuanToCell } from "../core/money/money";
import {
  BUILT_IN_FINANCE_PROGRAMMES,
  BUILT_IN_LPR,
  BUILT_IN_LTV_PROFILES,
  BUILT_IN_RISK_SCHEMES,
} from "../core/finance/built-in";
import { dayCountFrom, loanDays, simpleInterest } from "../core/finance/day-count";
import { feeSubsidy, feeTypeFrom } from "../core/finance/fee-subsidy";
import { loanInterestSubsidy as subsidyForLoan } from "../core/finance/interest-subsidy";
import { LPR_RULES, LPR_TENORS, LprRule, LprTenor, lprOn } from "../core/finance/lpr";
import { findFinanceProgramme } from "../core/finance/programmes";
import { findProfile, pledgeCapacity, pledgeKindFrom } from "../core/finance/pledge";
import { DEFAULT_SCHEME, findScheme, partyFrom, splitLoss } from "../core/finance/risk-share";
import { valueScore } from "../core/finance/value-score";
import {
  isBlank,
  readDate,
  readFlag,
  readNumber,
  readOptionalDate,
  single,
} from "../core/table/cell-readers";
import { forCell } from "./cell-errors";

function readText(value: unknown, field: string, help: string): string {
  const one = single(value, field);
  if (typeof one !== "string" || one.trim() === "")
    throw new DomainError("invalid-kind", field, `${field} is missing or not text: give ${help}.`, {
      key: "textMissing",
      params: { help },
    });
  return one.trim();
}

function readOptionalText(value: unknown, field: string, help: string): string | undefined {
  return isBlank(value) ? undefined : readText(value, field, help);
}

/** An amount of 0 or more. */
function readAmount(value: unknown, field: string): Money {
  const amount = readNumber(value, field, "an amount, 0 or more");
  if (amount < 0)
    throw new DomainError(
      "negative-amount",
      field,
      `${field} ${amount} is negative: give an amount of 0 or more.`,
      { key: "loanNegative", params: { value: amount } }
    );
  return moneyFromCell(amount);
}

function readOptionalAmount(value: unknown, field: string): Money | undefined {
  return isBlank(value) ? undefined : readAmount(value, field);
}

/** An annual rate strictly between 0 and 1 (0.042 for 4.2%). */
function readRate(value: unknown, field: string): Money {
  const rate = readNumber(value, field, "an annual rate as a fraction, e.g. 0.042 for 4.2%");
  if (!(rate > 0 && rate < 1))
    throw new DomainError(
      "out-of-range",
      field,
      `${field} ${rate} is outside (0, 1): give the annual rate as a fraction, e.g. 0.042 for 4.2%.`,
      { key: "loanRateRange", params: { value: rate } }
    );
  return moneyFromCell(rate);
}

/** A share from 0 to 1; blank gives undefined. */
function readOptionalShare(value: unknown, field: string): Money | undefined {
  if (isBlank(value)) return undefined;
  const share = readNumber(value, field, "a share from 0 to 1, e.g. 0.6");
  if (!(share >= 0 && share <= 1))
    throw new DomainError(
      "out-of-range",
      field,
      `${field} ${share} is outside 0…1: give a share such as 0.6.`,
      { key: "loanShareRange", params: { value: share } }
    );
  return moneyFromCell(share);
}

function readDayCount(value: unknown) {
  if (isBlank(value)) return dayCountFrom(undefined);
  const one = single(value, "dayCount");
  if (typeof one !== "string" && typeof one !== "number")
    throw new DomainError("invalid-kind", "dayCount", 'dayCount must be "ACT/360" or "ACT/365".', {
      key: "dayCountInvalid",
    });
  return dayCountFrom(one);
}

/** LPR: the cell function of finance.ts, which documents it. */
export function lpr(date: unknown, tenor?: unknown, rule?: unknown, strict?: unknown): number {
  return forCell(() => {
    const day = readDate(date, "date");
    const tenorText = (readOptionalText(tenor, "tenor", '"1Y" or "5Y"') ?? "1Y").toUpperCase();
    if (!LPR_TENORS.includes(tenorText as LprTenor))
      throw new DomainError(
        "invalid-kind",
        "tenor",
        `tenor "${tenorText}" is unknown: give "1Y" or "5Y".`,
        { key: "lprTenorUnknown", params: { value: tenorText } }
      );
    const ruleText = (
      readOptionalText(rule, "rule", '"in_force", "prev_month" or "december"') ?? "in_force"
    ).toLowerCase();
    if (!LPR_RULES.includes(ruleText as LprRule))
      throw new DomainError(
        "invalid-kind",
        "rule",
        `rule "${ruleText}" is unknown: give "in_force", "prev_month" or "december".`,
        { key: "lprRuleUnknown", params: { value: ruleText } }
      );
    const reading = lprOn(
      BUILT_IN_LPR,
      day,
      tenorText as LprTenor,
      ruleText as LprRule,
      readFlag(strict, "strict")
    );
    return reading.rate.toNumber();
  });
}

/** LOAN_INTEREST: the cell function of finance.ts, which documents it. */
export function loanInterest(
  principal: unknown,
  annualRate: unknown,
  startDate: unknown,
  endDate: unknown,
  dayCount?: unknown
): number {
  return forCell(() => {
    const amount = readAmount(principal, "principal");
    const rate = readRate(annualRate, "annualRate");
    const days = loanDays(readDate(startDate, "startDate"), readDate(endDate, "endDate"));
    return yuanToCell(simpleInterest(amount, rate, days, readDayCount(dayCount)));
  });
}

/** LOAN_INTEREST_SUBSIDY: the cell function of finance.ts, which documents it. */
export function loanInterestSubsidy(
  principal: unknown,
  annualRate: unknown,
  startDate: unknown,
  endDate: unknown,
  programme: unknown,
  ipShare?: unknown,
  contractDate?: unknown,
  usedThisYear?: unknown,
  dayCount?: unknown,
  ratio?: unknown,
  fees?: unknown,
  insured?: unknown
): number {
  return forCell(() => {
    const loan = {
      principal: readAmount(principal, "principal"),
      rate: readRate(annualRate, "annualRate"),
      start: readDate(startDate, "startDate"),
      end: readDate(endDate, "endDate"),
      contract: readOptionalDate(contractDate, "contractDate"),
      ipShare: readOptionalShare(ipShare, "ipShare"),
      dayCount: readDayCount(dayCount),
      ratio: readOptionalShare(ratio, "ratio"),
      fees: readOptionalAmount(fees, "fees"),
      insured: readFlag(insured, "insured"),
    };
    const found = findFinanceProgramme(
      readText(programme, "programme", 'a programme id such as "CN-BJ-2024"'),
      BUILT_IN_FINANCE_PROGRAMMES
    );
    const used = readOptionalAmount(usedThisYear, "usedThisYear") ?? new Money(0);
    return yuanToCell(subsidyForLoan(found, loan, used, BUILT_IN_LPR).amount);
  });
}

/** FEE_SUBSIDY: the cell function of finance.ts, which documents it. */
export function feeSubsidyCell(
  fee: unknown,
  feeType: unknown,
  programme: unknown,
  principal?: unknown,
  usedThisYear?: unknown,
  ratio?: unknown
): number {
  return forCell(() => {
    const amount = readAmount(fee, "fee");
    const type = feeTypeFrom(
      readText(feeType, "feeType", '"valuation", "guarantee", "insurance" or "other"')
    );
    const found = findFinanceProgramme(
      readText(programme, "programme", 'a programme id such as "CN-BJ-2024"'),
      BUILT_IN_FINANCE_PROGRAMMES
    );
    const loanAmount = readOptionalAmount(principal, "principal");
    const used = readOptionalAmount(usedThisYear, "usedThisYear") ?? new Money(0);
    const share = readOptionalShare(ratio, "ratio");
    return yuanToCell(feeSubsidy(found, type, amount, used, share, loanAmount).amount);
  });
}

/** RISK_SHARE: the cell function of finance.ts, which documents it. */
export function riskShare(
  outstanding: unknown,
  recovered: unknown,
  party: unknown,
  scheme?: unknown,
  balance?: unknown
): any[][] {
  return forCell(() => {
    const owed = readAmount(outstanding, "outstanding");
    const back = readAmount(recovered, "recovered");
    const found = findScheme(
      readOptionalText(scheme, "scheme", 'a scheme id such as "CN-ZHONGSHAN"') ?? DEFAULT_SCHEME,
      BUILT_IN_RISK_SCHEMES
    );
    const partyText = readText(party, "party", '"fund", "bank", "insurer", "valuer" or "all"');
    if (partyText.toLowerCase() === "all") {
      const split = splitLoss(found, owed, back, readOptionalAmount(balance, "balance"));
      return (Object.keys(found.tiers[0].shares) as (keyof typeof split.shares)[]).map((who) => [
        who,
        yuanToCell(split.shares[who] ?? new Money(0)),
      ]);
    }
    const who = partyFrom(partyText, found);
    const split = splitLoss(found, owed, back, readOptionalAmount(balance, "balance"));
    return [[yuanToCell(split.shares[who] ?? new Money(0))]];
  });
}

/** PLEDGE_CAPACITY: the cell function of finance.ts, which documents it. */
export function pledgeCapacityCell(
  appraisedValue: unknown,
  kind: unknown,
  ltv?: unknown,
  profile?: unknown
): number {
  return forCell(() => {
    const value = readAmount(appraisedValue, "appraisedValue");
    const rightKind = pledgeKindFrom(
      readText(kind, "kind", '"invention", "utility", "design", "trademark" or "copyright"')
    );
    const ratio = isBlank(ltv)
      ? undefined
      : moneyFromCell(readNumber(ltv, "ltv", "a ratio such as 0.25"));
    const profileId = readOptionalText(profile, "profile", 'a profile id such as "BOCOM-2006"');
    const found =
      profileId === undefined ? undefined : findProfile(profileId, BUILT_IN_LTV_PROFILES);
    return yuanToCell(pledgeCapacity(value, rightKind, ratio, found));
  });
}

/** VALUE_SCORE: the cell function of finance.ts, which documents it. */
export function valueScoreCell(
  legal: unknown,
  technical: unknown,
  economic: unknown,
  wLegal?: unknown,
  wTechnical?: unknown,
  wEconomic?: unknown
): number {
  return forCell(() => {
    const score = (value: unknown, field: string) =>
      readNumber(value, field, "a score from 0 to 100");
    const weight = (value: unknown, field: string) =>
      isBlank(value) ? 1 : readNumber(value, field, "a weight of 0 or more");
    const result = valueScore(
      [score(legal, "legal"), score(technical, "technical"), score(economic, "economic")],
      [weight(wLegal, "wLegal"), weight(wTechnical, "wTechnical"), weight(wEconomic, "wEconomic")]
    );
    return yuanToCell(result);
  });
}
