import { DomainError } from "../core/errors/domain-error";
import { LedgerStringKey, ledgerText } from "../core/i18n/ledger-strings";
import { Language } from "../core/i18n/strings";

const KEY_BY_FIELD: Record<string, LedgerStringKey> = {
  asOf: "settingsAsOf",
  horizonYears: "settingsHorizon",
  fiscalYearStartMonth: "settingsFyStart",
  currency: "settingsCurrency",
  rate: "settingsRate",
};

/**
 * A settings error in the pane's language, from its field and parameters (the values the user typed); an
 * error from elsewhere keeps its own message.
 * @example settingsErrorText("zh", horizonError) //=> "预测期 0 须为 1 到 50 之间的整数（年）。"
 */
export function settingsErrorText(language: Language, error: DomainError): string {
  const key = KEY_BY_FIELD[error.field];
  return key && "value" in error.params ? ledgerText(language, key, error.params) : error.message;
}
