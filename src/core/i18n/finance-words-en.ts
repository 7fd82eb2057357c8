import { CodedMessage, renderMessage } from "./issue-words-en";

/**
 * The English of the IP Finance engine's reasons, flags and statuses: the engine (which the custom
 * functions load) carries only these words; finance-strings.ts holds them in every language for the sheet.
 */
export const EN_FINANCE = {
  // The IP Finance sheet: why a loan's subsidy is lower than its rule's amount, and what it assumes.
  fin_outsideWindow: "{basis} {date} is outside {programme}'s window {from} to {to}",
  fin_windowUnstated:
    "{programme}: window start and end not stated in the source seen; applied without that check",
  fin_windowStartUnstated:
    "{programme}: window start not stated in the source seen; applied without that check",
  fin_windowEndUnstated:
    "{programme}: window end not stated in the source seen; applied without that check",
  fin_ipShareLow: "IP share {share} is below {programme}'s minimum {min}",
  fin_limitedToCosts: "limited to the interest and fees paid",
  fin_feesCounted: "fees counted at {rate} of principal",
  fin_rateCounted: "rate counted at {rate} (LPR × {multiplier})",
  fin_rateAboveLimit: "rate {rate} is above {programme}'s limit {limit} (LPR × {multiplier})",
  fin_limitedToInterest: "limited to the interest actually paid",
  fin_lprAssumed: "LPR for {date} assumed unchanged since the {fixing} fixing (the last one known)",
  fin_annualCapReached: "annual cap {cap} reached",
  fin_annualCapUsed: "annual cap {cap} already used",
  fin_lifetimeCapReached: "lifetime cap {cap} reached",
  fin_lifetimeCapUsed: "lifetime cap {cap} already used",
  fin_oneLoanPerYear:
    "{programme} subsidises {count} loan per firm per year: an earlier loan of {firm} claims it",
  fin_feesInInterest: "fees subsidised in the interest subsidy",
  fin_noFeeRule: "no fee rule found for {programme}",
  fin_noFeeTypeRule: "{programme} does not subsidise {feeType} fees",
  fin_notBoth: "{first} and {second} not both on one loan: {excluded} left out",
  fin_perFeeCap: "per-fee cap {cap} reached",
  fin_feeCapReached: "annual fee cap {cap} reached",
  fin_feeCapUsed: "annual fee cap {cap} already used",
  fin_noReceipt: "no expected receipt date: subsidies placed on the settlement date",
  // A loan's status: how far its subsidy can be trusted.
  fin_statusNone: "no programme",
  fin_statusVerified: "verified rule ({confidence})",
  fin_statusRatio: "{confidence}: approved ratio used",
  fin_statusEnterRatio: '{confidence}: "up to {share}": enter the approved ratio',
  word_settlementDate: "settlement date",
  word_startDate: "start date",
  word_contractDate: "contract date",
};

/** The key of a finance reason, flag or status. */
export type FinanceReasonKey = keyof typeof EN_FINANCE;

/**
 * A finance message in English, without the other languages' tables.
 * @example financeEnglish({ code: "fin_perFeeCap", params: { cap: "5,000" }, message: "" }) //=> "per-fee cap 5,000 reached"
 */
export function financeEnglish(message: CodedMessage): string {
  return renderMessage(EN_FINANCE, EN_FINANCE, message, "; ");
}
