import { DayNumber, addMonthsClamped, dayToIso } from "../../dates/civil";
import { DomainError } from "../../errors/domain-error";
import { anniversaryMonthEnd } from "../europe/month-end";
import { checkYear } from "../europe/pricing";
import { EP_FIRST_YEAR, EP_LAST_YEAR } from "./data";

/** An EPO renewal due date and whether the Euro-PCT 31-month period deferred it. */
export interface EpDue {
  due: DayNumber;
  deferred: boolean;
}

/**
 * The end of the 31-month period of a Euro-PCT application, counted from the priority date (or the
 * international filing date where there is no priority): the day with the same number 31 months later,
 * or the last day of that month when it has none (Rule 131(4) EPC).
 * @example dayToIso(euroPctPeriodEnd(isoToDay("2023-09-28"))) //=> "2026-04-28"
 */
export function euroPctPeriodEnd(priority: DayNumber): DayNumber {
  return addMonthsClamped(priority, 31);
}

/**
 * The due date of the EPO renewal fee for `year` (3 to 20): the last day of the month containing the
 * anniversary of the filing date (Rule 51(1) EPC); for a Euro-PCT application the filing date is the
 * international filing date and a due date inside the 31-month period from `priority` moves to its end
 * (worked example E2 in docs/offices/ep.md). Formal dates: a due date on a closed day does not move.
 */
export function epDueDate(filing: DayNumber, year: number, priority?: DayNumber): EpDue {
  checkYear(year, EP_FIRST_YEAR, EP_LAST_YEAR, "EPO");
  const nominal = anniversaryMonthEnd(filing, year);
  if (priority === undefined) return { due: nominal, deferred: false };
  if (priority > filing)
    throw new DomainError(
      "date-order",
      "priorityDate",
      `priorityDate ${dayToIso(priority)} is after the filing date ${dayToIso(filing)}: give the priority date (or the international filing date) that starts the 31-month period.`
    );
  const periodEnd = euroPctPeriodEnd(priority);
  return nominal < periodEnd
    ? { due: periodEnd, deferred: true }
    : { due: nominal, deferred: false };
}
