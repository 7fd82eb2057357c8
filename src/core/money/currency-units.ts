import { Money } from "./money";

/**
 * Minor units of the currencies the add-in charges and budgets in (ISO 4217): yen and won have none, the
 * others two. A currency not listed here is taken with two.
 */
const MINOR_UNITS: Readonly<Record<string, number>> = {
  CNY: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  JPY: 0,
  KRW: 0,
  TWD: 2,
  USD: 2,
};

/** @example minorUnits("JPY") //=> 0 */
export function minorUnits(code: string): number {
  return MINOR_UNITS[code] ?? 2;
}

/**
 * An amount rounded once to its currency's smallest unit, half away from zero: 12.345 EUR → 12.35,
 * 1,234.5 JPY → 1,235.
 * @example roundToUnit(new Money("998.745"), "EUR").toString() //=> "998.75"
 */
export function roundToUnit(amount: Money, currency: string): Money {
  return amount.toDecimalPlaces(minorUnits(currency), Money.ROUND_HALF_UP);
}
