/* IP finance what-ifs (namespace IP): the LPR, loan interest, pledge-loan interest and fee subsidies,
 * default-risk sharing, pledge capacity and value scores. Each function hands its arguments to its twin in
 * finance-cells.ts, which the bundle fetches on the first finance call (finance-family-on-demand.ts): until
 * it arrives a call returns a Promise, which Excel awaits (#BUSY! meanwhile); afterwards calls are
 * synchronous again. Tests and tsc see finance-family.ts, where the code is always there. */
import { financeCells } from "./finance-family";

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
  return financeCells((cells) => cells.lpr(date, tenor, rule, strict));
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
  return financeCells((cells) =>
    cells.loanInterest(principal, annualRate, startDate, endDate, dayCount)
  );
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
  return financeCells((cells) =>
    cells.loanInterestSubsidy(
      principal,
      annualRate,
      startDate,
      endDate,
      programme,
      ipShare,
      contractDate,
      usedThisYear,
      dayCount,
      ratio,
      fees,
      insured
    )
  );
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
  return financeCells((cells) =>
    cells.feeSubsidyCell(fee, feeType, programme, principal, usedThisYear, ratio)
  );
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
  return financeCells((cells) => cells.riskShare(outstanding, recovered, party, scheme, balance));
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
  return financeCells((cells) => cells.pledgeCapacityCell(appraisedValue, kind, ltv, profile));
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
  return financeCells((cells) =>
    cells.valueScoreCell(legal, technical, economic, wLegal, wTechnical, wEconomic)
  );
}
