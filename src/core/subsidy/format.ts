import { Money } from "../money/money";
import { CostBase } from "./vocabulary";

/**
 * An exact amount for a reason text, with thousands separators and no rounding, so that the figures a
 * reason quotes add up: 200000 → "200,000", 1234.5 → "1,234.5". The same in every locale.
 * @example formatAmount(new Money("150000")) //=> "150,000"
 * @example formatAmount(new Money("1234.5")) //=> "1,234.5"
 */
export function formatAmount(amount: Money): string {
  const [whole, fraction] = amount.abs().toFixed().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${amount.isNegative() ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/**
 * A rate held as a fraction, shown as a percentage: 0.5 → "50%".
 * @example formatRate(new Money("0.5")) //=> "50%"
 */
export function formatRate(rate: Money): string {
  return `${rate.times(100).toFixed()}%`;
}

/**
 * A cost base in words, for reasons and notes.
 * @example costBaseWords("official-fees") //=> "official fees"
 */
export function costBaseWords(base: CostBase | undefined): string {
  return (base ?? "cost base").replace(/-/g, " ");
}
