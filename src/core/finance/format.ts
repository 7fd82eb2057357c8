import { Money } from "../money/money";

/**
 * An amount with thousands separators, for messages and reasons, the same on every machine.
 * @example grouped(new Money("300000")) //=> "300,000"
 */
export function grouped(amount: Money): string {
  const [whole, fraction] = amount.toFixed(amount.decimalPlaces() > 0 ? 2 : 0).split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + digits + (fraction ? `.${fraction}` : "");
}

/** A rate as a percentage for messages: 0.0483 → "4.83%". */
export function percent(rate: Money): string {
  return `${rate.times(100).toString()}%`;
}
