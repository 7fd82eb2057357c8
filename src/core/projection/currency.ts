import { DomainError } from "../errors/domain-error";
import { minorUnits } from "../money/currency-units";
import { Money } from "../money/money";

export { minorUnits };

/**
 * A currency code and a rate per CNY, validated: a 3-letter code, and a rate > 0 (exactly 1 for CNY).
 * @example parseCurrency("jpy", 19).ratePerCny.toString() //=> "19"
 */
export function parseCurrency(
  code: string,
  ratePerCny: number | string
): { code: string; ratePerCny: Money } {
  const normalized = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(normalized)) {
    throw new DomainError(
      "invalid-number",
      "currency",
      `Currency "${code}" is not a 3-letter code such as CNY, JPY or USD.`
    );
  }
  if (normalized === "CNY") return { code: normalized, ratePerCny: new Money(1) };
  const text = String(ratePerCny).trim();
  if (!/^\d+(\.\d+)?$/.test(text) || new Money(text).isZero()) {
    throw new DomainError(
      "invalid-number",
      "rate",
      `Rate "${ratePerCny}" is not a positive number of ${normalized} per CNY (e.g. 19 for JPY).`
    );
  }
  return { code: normalized, ratePerCny: new Money(text) };
}

/**
 * An amount in CNY converted at the user's rate and rounded to the currency's minor unit (half up).
 * 180 CNY at 19 JPY per CNY → 3,420 JPY.
 * @example convert(new Money(180), { code: "JPY", ratePerCny: new Money(19) }).toString() //=> "3420"
 */
export function convert(amountCny: Money, currency: { code: string; ratePerCny: Money }): Money {
  return amountCny
    .times(currency.ratePerCny)
    .toDecimalPlaces(minorUnits(currency.code), Money.ROUND_HALF_UP);
}
