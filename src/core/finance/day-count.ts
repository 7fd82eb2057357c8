import { DayNumber } from "../dates/civil";
import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";

/**
 * Simple interest on a bullet loan: principal × rate × days / basis, days = end − start (the start day
 * counts, the end day does not). ACT/360 is the default: the usual money-market basis, assumed for RMB loans
 * (not confirmed from a PBOC text); ACT/365 on request. A bank statement's interest, where known, wins.
 */
export type DayCount = "ACT/360" | "ACT/365";
export const DAY_COUNTS: readonly DayCount[] = ["ACT/360", "ACT/365"];
export const DEFAULT_DAY_COUNT: DayCount = "ACT/360";

export function basisDays(dayCount: DayCount): number {
  return dayCount === "ACT/365" ? 365 : 360;
}

/** Days from start to end; an end before the start is an error naming both fields. */
export function loanDays(start: DayNumber, end: DayNumber, endField = "endDate"): number {
  if (end < start)
    throw new DomainError(
      "date-order",
      endField,
      `${endField} is before startDate: give an end date on or after the start.`,
      { key: "dateOrderEnd" }
    );
  return end - start;
}

/**
 * @example simpleInterest(new Money(5000000), new Money("0.042"), 365, "ACT/365").toString() //=> "210000"
 */
export function simpleInterest(
  principal: Money,
  rate: Money,
  days: number,
  dayCount: DayCount
): Money {
  return principal.times(rate).times(days).dividedBy(basisDays(dayCount));
}

/** A day count from text: "ACT/360" (default when blank), "ACT/365"; also 360 or 365. */
export function dayCountFrom(value: string | number | undefined, field = "dayCount"): DayCount {
  if (value === undefined) return DEFAULT_DAY_COUNT;
  const text = String(value).trim().toUpperCase().replace(/\s+/g, "");
  if (text === "ACT/360" || text === "360" || text === "A/360") return "ACT/360";
  if (text === "ACT/365" || text === "365" || text === "A/365" || text === "ACT/365F")
    return "ACT/365";
  throw new DomainError(
    "invalid-kind",
    field,
    `${field} "${value}" is unknown: give "ACT/360" or "ACT/365".`,
    { key: "dayCountUnknown", params: { value: String(value) } }
  );
}
