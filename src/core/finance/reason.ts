import { financeEnglish, FinanceReasonKey } from "../i18n/finance-words-en";
import { CodedMessage } from "../i18n/issue-words-en";

/**
 * A loan's reason, flag or status as a code with parameters, its English text beside it: the IP Finance
 * sheet renders the code in the user's language, the engine's callers may read the English.
 * @example financeReason("fin_perFeeCap", { cap: "5,000" }).message //=> "per-fee cap 5,000 reached"
 */
export function financeReason(
  code: FinanceReasonKey,
  params: Record<string, string | number> = {}
): CodedMessage {
  return { code, params, message: financeEnglish({ code, params, message: "" }) };
}
