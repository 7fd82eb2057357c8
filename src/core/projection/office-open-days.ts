import { DayNumber } from "../dates/civil";
import { calendarOf, openDayFound, openDayOf } from "../offices/closures/office-closures";
import { FeeLine, OfficeCode } from "../offices/office-pack";

/** A fee's last days to pay once the office's closed days are taken into account. */
export interface OpenLastDays {
  /** The last day to pay without surcharge: the formal one, or the office's next open day after it. */
  free: DayNumber;
  /** The last day to pay with surcharge, moved the same way; undefined where there is no grace period. */
  last: DayNumber | undefined;
  /**
   * "applied": the office's closing days are in our data for every year the move crossed; "partial": a
   * year on the way has weekends (and announced closures) only; "none": no closure calendar of this office
   * is in our data (DE, FR, NL, GB), so the dates are formal.
   */
  calendar: "applied" | "partial" | "none";
}

/**
 * Where a fee's formal last days land at its office: a payment on the office's next open day after a
 * closed last day is in time (JP 特許法 Art. 3(2), US 35 U.S.C. 21(b), KR 특허법 Art. 14(4), EPO and UP
 * Rule 134(1) EPC). The due date that selects the table and that a surcharge counts from stays formal.
 * @example openLastDays("US", usLine).last // a grace period ending Sunday 2027-03-14 → Monday 2027-03-15
 */
export function openLastDays(office: OfficeCode, line: FeeLine): OpenLastDays {
  const formalFree = line.freeUntil ?? line.due;
  const calendar = calendarOf(office);
  if (!calendar) return { free: formalFree, last: line.lastDay, calendar: "none" };
  const free = openDayOf(calendar, formalFree);
  const last = line.lastDay === undefined ? undefined : openDayOf(calendar, line.lastDay);
  return {
    free: openDayFound(free),
    last: last === undefined ? undefined : openDayFound(last),
    calendar: (free & 1) === 1 && (last === undefined || (last & 1) === 1) ? "applied" : "partial",
  };
}

/**
 * openLastDays(office, line).free alone, with no object made: whether a fee is still payable without
 * surcharge is asked of every fee of every right, its other days only of a fee found overdue.
 * @example openFreeDay("US", usLine) //=> openLastDays("US", usLine).free
 */
export function openFreeDay(office: OfficeCode, line: FeeLine): DayNumber {
  const formalFree = line.freeUntil ?? line.due;
  const calendar = calendarOf(office);
  return calendar ? openDayFound(openDayOf(calendar, formalFree)) : formalFree;
}
