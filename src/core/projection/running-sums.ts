import { Money } from "../money/money";

/** Pairs remembered; past this, sums are made without being kept (a run has a few thousand). */
const SUMS_KEPT = 100_000;

/**
 * Adds amounts as `sum.plus(amount)` does, remembering each result per pair of instances (the sum so
 * far, the amount added): the rights of a portfolio add the same shared fee amounts in the same few
 * sequences, so most additions are a lookup instead of a Decimal addition and a new Decimal. Decimals
 * are immutable and `plus` depends on values only, so a remembered sum is the sum it stands for.
 * @example const add = runningSums(); const fee = new Money(900); add(add(new Money(0), fee), fee).toString() //=> "1800"
 */
export function runningSums(): (sum: Money, amount: Money) => Money {
  const sums = new Map<Money, Map<Money, Money>>();
  let kept = 0;
  return (sum, amount) => {
    let byAmount = sums.get(sum);
    let result = byAmount?.get(amount);
    if (result !== undefined) return result;
    result = sum.plus(amount);
    if (kept < SUMS_KEPT) {
      if (byAmount === undefined) sums.set(sum, (byAmount = new Map()));
      byAmount.set(amount, result);
      kept += 1;
    }
    return result;
  };
}
