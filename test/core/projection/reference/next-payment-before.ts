// nextPayment as it was before session 8 (commit d93958d): the oracle of standing-equality.test.ts.
import { DayNumber, addMonthsClamped, addYearsClamped } from "../../../../src/core/dates/civil";
import { DomainError, isDomainError } from "../../../../src/core/errors/domain-error";
import { Money } from "../../../../src/core/money/money";
import { annuityYearOf } from "../../../../src/core/offices/cn/annuity-year";
import { graceMonths, presumedReceipt } from "../../../../src/core/offices/cn/deadlines";
import { shiftToWorkingDay } from "../../../../src/core/offices/cn/holiday-calendar";
import { lateFee, lateFeeBandOn } from "../../../../src/core/offices/cn/late-fee";
import { RightKind } from "../../../../src/core/offices/cn/right-kind";
import { CN_RULES, CnRules } from "../../../../src/core/offices/cn/rules";
import { annuityScheduleBefore, ScheduleRow } from "./schedule-before";
import { termEnd, termYears } from "../../../../src/core/offices/cn/term";

/**
 * Where the earliest unpaid fee of a right stands on a date. Codes stay English (formulas compare them):
 * - `upcoming`: an annual fee after the grant year, not yet legally due;
 * - `grace`: past its due date, payable with a surcharge until the last day (实施细则 2023 Art. 115);
 * - `lapsed`: the six months have passed; the right ended as of the due date (restorable, Art. 6);
 * - `registration-due`: the grant year's fee, payable with the registration formalities (Art. 60, 114);
 * - `registration-missed`: the registration deadline has passed: no grace period, no surcharge route,
 *   the registration counts as not done; only restoration (Art. 6 ¶2) brings it back;
 * - `paid-to-term-end`: nothing left to pay; `expired`: the term is over (wins over everything).
 */
export type PaymentStatus =
  | "upcoming"
  | "grace"
  | "lapsed"
  | "registration-due"
  | "registration-missed"
  | "paid-to-term-end"
  | "expired";

export interface NextPaymentRequest {
  kind: RightKind;
  filing: DayNumber;
  /** The last annuity year paid; 0 when none. */
  lastYearPaid: number;
  asOf: DayNumber;
  /** The date of the notice to grant and register (办理登记手续通知书); without it the right is taken as
   * granted before the year after `lastYearPaid`. */
  grant?: DayNumber;
  reduction?: Money;
  /** The date of CNIPA's notice that the right lapsed, when known: it starts the 2-month restoration period. */
  lapseNotice?: DayNumber;
}

/** What restoring a lapsed right (or a missed registration) costs and until when it may be requested. */
export interface Restoration {
  /** Request fee + the fee (after reduction) + for an annual fee after the grant year 25% of the full fee. */
  cost: Money;
  /** The ordinary limit: 2 months after the presumed receipt of CNIPA's notice (formal date), when known. */
  byNotice?: DayNumber;
  /** Force majeure: 2 years after the end of the missed period (formal date). */
  forceMajeureBy: DayNumber;
}

/**
 * One payment as the law sees it. Every period counts from the formal date; only a last day moves off a
 * rest day (Art. 5). `due` and `lastDay` are the formal dates (the docketing convention); `legalDue` and
 * `legalLastDay` are the days the law actually ends the periods, which decide the status and surcharge.
 */
export interface NextPayment {
  status: PaymentStatus;
  year?: number;
  due?: DayNumber;
  legalDue?: DayNumber;
  /** The full (unreduced) annual fee. */
  fee?: Money;
  /** What is paid after the reduction, or why the data cannot say. */
  payable?: Money | DomainError;
  /** The surcharge if paid on the as-of date: a share of the full fee; 0 when none. */
  surcharge: Money;
  surchargeRate: Money;
  /** The last day a payment is accepted: the grace end, or the registration deadline for the grant year. */
  lastDay?: DayNumber;
  legalLastDay?: DayNumber;
  restoration?: Restoration;
}

const ZERO = new Money(0);

/**
 * Shows the legal date (moved off a rest day) or the formal one: the flag changes what is displayed,
 * never the status or the surcharge.
 * @example dayToIso(shiftedIf(dayFromCivil(2022, 1, 9), true)!) //=> "2022-01-10"
 */
export function shiftedIf(
  day: DayNumber | undefined,
  shiftToWorkday: boolean,
  rules: CnRules = CN_RULES
): DayNumber | undefined {
  return day === undefined || !shiftToWorkday ? day : shiftToWorkingDay(rules.holidays, day);
}

function restorationOf(
  row: ScheduleRow,
  grantYearFee: boolean,
  missedPeriodEnd: DayNumber,
  request: NextPaymentRequest,
  rules: CnRules
): Restoration {
  const payable = isDomainError(row.payable) ? row.fee : row.payable;
  const last = rules.lateFeeBands[rules.lateFeeBands.length - 1].value;
  const surcharge = grantYearFee ? ZERO : lateFee(row.fee, last[last.length - 1].rate);
  return {
    cost: rules.restorationRequestFee.plus(payable).plus(surcharge),
    byNotice:
      request.lapseNotice === undefined
        ? undefined
        : addMonthsClamped(presumedReceipt(request.lapseNotice, rules), rules.restorationMonths),
    forceMajeureBy: addYearsClamped(missedPeriodEnd, rules.restorationOuterYears),
  };
}

/**
 * The earliest unpaid fee of a right and where it stands on `asOf`. Invention filed 2017-10-01, year 9
 * due 2025-10-01 (National Day): as of 2025-11-05 it is in grace with 5% of 2,000 = 100; the last day is
 * 2026-04-01 (six months from the formal date, a Wednesday), and as of 2026-04-05 it has lapsed.
 * @example nextPayment({ kind: "invention", filing: dayFromCivil(2017, 10, 1), lastYearPaid: 8, asOf: dayFromCivil(2025, 11, 5) }).surcharge.toString() //=> "100"
 */
export function nextPaymentBefore(
  request: NextPaymentRequest,
  rules: CnRules = CN_RULES
): NextPayment {
  const { kind, filing, asOf, grant } = request;
  if (!Number.isInteger(request.lastYearPaid) || request.lastYearPaid < 0) {
    throw new DomainError(
      "invalid-number",
      "lastYearPaid",
      `lastYearPaid ${request.lastYearPaid} must be a whole annuity year, 0 if none is paid.`
    );
  }
  if (asOf > termEnd(kind, filing, rules))
    return { status: "expired", surcharge: ZERO, surchargeRate: ZERO };
  if (request.lastYearPaid >= termYears(kind, filing, rules))
    return { status: "paid-to-term-end", surcharge: ZERO, surchargeRate: ZERO };
  const rows = annuityScheduleBefore({ kind, filing, grant, reduction: request.reduction }, rules, {
    fromYear: request.lastYearPaid + 1,
  });
  const row = rows[0];
  if (!row) return { status: "paid-to-term-end", surcharge: ZERO, surchargeRate: ZERO };
  // The schedule starts at the grant year when a grant date is given.
  const grantYearFee =
    grant !== undefined && row.year === annuityYearOf(filing, grant, "grantDate");
  const legalDue = shiftToWorkingDay(rules.holidays, row.due);
  const base = { year: row.year, due: row.due, legalDue, fee: row.fee, payable: row.payable };
  if (grantYearFee) {
    // No grace period: the registration deadline is the last day (Art. 60, 114).
    const payment = {
      ...base,
      lastDay: row.due,
      legalLastDay: legalDue,
      surcharge: ZERO,
      surchargeRate: ZERO,
    };
    if (asOf <= legalDue) return { ...payment, status: "registration-due" };
    return {
      ...payment,
      status: "registration-missed",
      restoration: restorationOf(row, true, row.due, request, rules),
    };
  }
  const lastDay = addMonthsClamped(row.due, graceMonths(rules, row.due));
  const legalLastDay = shiftToWorkingDay(rules.holidays, lastDay);
  const payment = { ...base, lastDay, legalLastDay };
  if (asOf <= legalDue)
    return { ...payment, status: "upcoming", surcharge: ZERO, surchargeRate: ZERO };
  if (asOf <= legalLastDay) {
    const rate = lateFeeBandOn(row.due, asOf, rules).rate;
    return { ...payment, status: "grace", surcharge: lateFee(row.fee, rate), surchargeRate: rate };
  }
  return {
    ...payment,
    status: "lapsed",
    surcharge: ZERO,
    surchargeRate: ZERO,
    restoration: restorationOf(row, false, lastDay, request, rules),
  };
}
