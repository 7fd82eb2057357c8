/* IP finance what-ifs (namespace IP): the LPR, loan interest, pledge-loan interest and fee subsidies,
 * default-risk sharing, pledge capacity and value scores. Each function reads its arguments, calls
 * src/core/finance and maps errors; the data are src/data/finance/*.json, as documented in docs/finance.md. */
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

/**
 * The 1-year or over-5-year Loan Prime Rate (LPR) of China for a date, from the add-in's table of NIFC fixings since 2019-08-20. After the last known fixing it returns the last value, assumed unchanged.
 * @customfunction LPR LPR
 * @helpurl https://localhost:3000/help/en/LPR.html
 * @param date The date whose LPR you need.
 * @param [tenor] "1Y" (default) or "5Y" (over 5 years).
 * @param [rule] "in_force" (default: the fixing in force on the date), "prev_month" (in force on the last day of the month before) or "december" (in force on 31 December of the date's year).
 * @param [strict] TRUE to get #N/A instead of a value assumed unchanged after the last known fixing; default FALSE.
 * @returns The rate as a fraction (0.0345 is 3.45%).
 */
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

/**
 * Simple interest on a bullet loan: principal × annualRate × days / 360 (ACT/360, the default) or / 365 (ACT/365); days = endDate − startDate.
 * @customfunction LOAN_INTEREST LOAN_INTEREST
 * @helpurl https://localhost:3000/help/en/LOAN_INTEREST.html
 * @param principal The loan amount, 0 or more.
 * @param annualRate The annual rate as a fraction, between 0 and 1 (0.042 for 4.2%).
 * @param startDate The day the loan starts (counted).
 * @param endDate The day the loan is repaid (not counted).
 * @param [dayCount] "ACT/360" (default) or "ACT/365".
 * @returns The interest, rounded to the fen.
 */
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

/**
 * The interest subsidy a Chinese IP pledge-loan programme pays on one loan, after its rate rule, the IP-pledged share and the firm's annual or lifetime cap; 0 when the loan is not eligible (the IP Finance sheet gives the reason).
 * @customfunction LOAN_INTEREST_SUBSIDY LOAN_INTEREST_SUBSIDY
 * @helpurl https://localhost:3000/help/en/LOAN_INTEREST_SUBSIDY.html
 * @param principal The loan amount, 0 or more.
 * @param annualRate The loan's annual rate as a fraction, between 0 and 1.
 * @param startDate The day the loan starts (disbursement).
 * @param endDate The day the loan is repaid (settlement).
 * @param programme Programme id, e.g. "CN-BJ-2024", "CN-QD-2025", "CN-GZ-NANSHA-2024".
 * @param [ipShare] The IP-pledged share of the loan, 0 to 1; default 1.
 * @param [contractDate] The contract-signing date; default startDate.
 * @param [usedThisYear] Subsidy the firm already received under the programme's cap (the annual cap; for Fujian, the lifetime cap); default 0.
 * @param [dayCount] "ACT/360" (default) or "ACT/365".
 * @param [ratio] The approved share when lower than the programme's maximum; default the maximum.
 * @param [fees] Guarantee, insurance and valuation fees, for programmes that subsidise interest and fees on one base (CN-SZ-NANSHAN, CN-SZ-FUTIAN, CN-GZ-2023); default 0.
 * @param [insured] TRUE when guarantee insurance or a policy guarantor covers the loan (Fujian's higher tier); default FALSE.
 * @returns The subsidy, rounded to the fen.
 */
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

/**
 * The subsidy a Chinese IP pledge-loan programme pays on one fee (valuation, guarantee, insurance, other), within its per-fee and yearly fee caps; 0 when the programme has no rule for that fee.
 * @customfunction FEE_SUBSIDY FEE_SUBSIDY
 * @helpurl https://localhost:3000/help/en/FEE_SUBSIDY.html
 * @param fee The fee paid, 0 or more.
 * @param feeType "valuation", "guarantee", "insurance" or "other".
 * @param programme Programme id, e.g. "CN-BJ-2024", "CN-GZ-NANSHA-2024", "CN-SH-JINSHAN".
 * @param [principal] The loan amount, for fee caps set as a share of principal; default none.
 * @param [usedThisYear] Fee subsidy the firm already received this year under the programme's yearly fee cap; default 0.
 * @param [ratio] The approved share when lower than the programme's maximum; default the maximum.
 * @returns The subsidy, rounded to the fen.
 */
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

/**
 * One party's part of the principal loss on a defaulted IP pledge loan under a risk-sharing scheme: loss = outstanding − recovered (at least 0), split by the scheme's percentages. With party "all", a 2-column table of every party and its share.
 * @customfunction RISK_SHARE RISK_SHARE
 * @helpurl https://localhost:3000/help/en/RISK_SHARE.html
 * @param outstanding Principal outstanding at default, 0 or more.
 * @param recovered Amount recovered (collateral, guarantor), 0 or more.
 * @param party "fund", "bank", "insurer" or "valuer" (only the parties the scheme has), or "all" for every party.
 * @param [scheme] "CN-ZHONGSHAN" (default), "CN-GD-JETRO", "CN-ZHUHAI", "CN-JS-SUZHIDAI" or "CN-GZ-2023".
 * @param [balance] The loan balance that selects the scheme's tier (CN-JS-SUZHIDAI); default outstanding.
 * @returns The party's share of the loss, rounded to the fen; for "all", one row per party: name, share.
 */
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

/**
 * What an IP right could secure as a pledge loan: appraised value × loan-to-value ratio, the LTV given or taken from a named lender profile. There is no default LTV.
 * @customfunction PLEDGE_CAPACITY PLEDGE_CAPACITY
 * @helpurl https://localhost:3000/help/en/PLEDGE_CAPACITY.html
 * @param appraisedValue The appraised value of the right, 0 or more.
 * @param kind "invention", "utility", "design", "trademark" or "copyright".
 * @param [ltv] Loan-to-value ratio above 0 and at most 1 (0.25 for 25%); give this or a profile.
 * @param [profile] A named lender profile: "BOCOM-2006" (invention 25%, utility 15%) or "KR-SBC-50".
 * @returns The loan amount, rounded to the fen.
 */
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

/**
 * A patent's value score: the weighted mean of 0-100 scores for legal, technical and economic value (the first-level heads of GB/T 42748-2023). Default weights are equal thirds, a product default, not the standard's.
 * @customfunction VALUE_SCORE VALUE_SCORE
 * @helpurl https://localhost:3000/help/en/VALUE_SCORE.html
 * @param legal Legal-value score, 0 to 100.
 * @param technical Technical-value score, 0 to 100.
 * @param economic Economic-value score, 0 to 100.
 * @param [wLegal] Weight of the legal score, 0 or more; default 1 (weights are normalised).
 * @param [wTechnical] Weight of the technical score, 0 or more; default 1.
 * @param [wEconomic] Weight of the economic score, 0 or more; default 1.
 * @returns The score from 0 to 100, rounded to 2 decimals.
 */
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
