import Decimal from "decimal.js";

/**
 * Money arithmetic for the whole core: a Decimal clone with its own settings, so that no other code's
 * `Decimal.set` can change ours. 40 significant digits is far beyond any fee total; amounts are exact
 * until they are rounded to the fen once, at output.
 */
export const Money = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -20,
  toExpPos: 30,
});
export type Money = InstanceType<typeof Money>;

/** Commercial rounding of a yuan amount to the fen (0.01), half away from zero: 12.345 → 12.35. */
export const FEN_ROUNDING = Decimal.ROUND_HALF_UP;

/**
 * Rounds a yuan amount to the fen with the named mode. Called once, at the edge (cell, sheet, report).
 * @example roundToFen(new Money("120.005")).toString() //=> "120.01"
 */
export function roundToFen(amount: Money): Money {
  return amount.toDecimalPlaces(2, FEN_ROUNDING);
}

/**
 * The number a cell shows for an amount: rounded to the fen, then converted once. Every fen value below
 * 2^53 / 100 converts to the double nearest to it, so the cell shows exactly the rounded amount.
 * @example yuanToCell(new Money("134.999")) //=> 135
 */
export function yuanToCell(amount: Money): number {
  return roundToFen(amount).toNumber();
}

/**
 * A Money from a number typed in a cell. Doubles such as 0.1 are taken at their shortest decimal form
 * (what Excel displays), not at their binary expansion.
 * @example moneyFromCell(1200).toString() //=> "1200"
 */
export function moneyFromCell(value: number): Money {
  return new Money(String(value));
}

/**
 * A pool of amounts, one Money per value: the first instance given for a value is returned for every
 * later equal one (-0 kept apart from 0, as its sign can show). Decimals are immutable, so sharing is
 * safe; it spares a Decimal per row where hundreds of thousands of rows hold a few thousand amounts.
 * @example const same = moneyPool(); same(new Money("1.50")) === same(new Money("1.5")) //=> true
 */
export function moneyPool(): (amount: Money) => Money {
  const amounts = new Map<string, Money>();
  return (amount) => {
    const key = amount.isZero() && amount.isNegative() ? "-0" : amount.toString();
    let one = amounts.get(key);
    if (one === undefined) amounts.set(key, (one = amount));
    return one;
  };
}
