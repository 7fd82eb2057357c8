import { DayNumber, addMonthsClamped, addYearsClamped } from "../../dates/civil";
import { DomainError, isDomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { annuityYearOf } from "./annuity-year";
import { graceMonths, presumedReceipt } from "./deadlines";
import { shiftToWorkingDay } from "./holiday-calendar";
import { lateFee, lateFeeBandOn } from "./late-fee";
import { RightKind } from "./right-kind";
import { CN_RULES, CnRules } from "./rules";
import { annuitySchedule, ScheduleRow } from "./schedule";
import { termEnd, termYears } from "./term";

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
export function nextPayment(request: NextPaymentRequest, rules: CnRules = CN_RULES): NextPayment {
  const settled = paymentWithoutSchedule(request, rules);
  if (settled) return settled;
  const { kind, filing, grant } = request;
  const rows = annuitySchedule({ kind, filing, grant, reduction: request.reduction }, rules, {
    fromYear: request.lastYearPaid + 1,
  });
  return paymentOfRow(rows[0], request, rules);
}

/**
 * nextPayment for a caller that already holds the right's whole schedule (the request's grant and
 * reduction, formal dates): the same payment, without making the schedule again.
 */
export function nextPaymentInSchedule(
  request: NextPaymentRequest,
  schedule: readonly ScheduleRow[],
  rules: CnRules = CN_RULES
): NextPayment {
  const settled = paymentWithoutSchedule(request, rules);
  if (settled) return settled;
  const fromYear = request.lastYearPaid + 1;
  let index = 0;
  while (index < schedule.length && schedule[index].year < fromYear) index += 1;
  return paymentOfRow(schedule[index], request, rules);
}

/** The checks nextPayment makes before it needs a schedule: a bad year, or nothing left to pay. */
function paymentWithoutSchedule(
  request: NextPaymentRequest,
  rules: CnRules
): NextPayment | undefined {
  const { kind, filing } = request;
  if (!Number.isInteger(request.lastYearPaid) || request.lastYearPaid < 0) {
    throw new DomainError(
      "invalid-number",
      "lastYearPaid",
      `lastYearPaid ${request.lastYearPaid} must be a whole annuity year, 0 if none is paid.`
    );
  }
  if (request.asOf > termEnd(kind, filing, rules))
    return { status: "expired", surcharge: ZERO, surchargeRate: ZERO };
  if (request.lastYearPaid >= termYears(kind, filing, rules))
    return { status: "paid-to-term-end", surcharge: ZERO, surchargeRate: ZERO };
  return undefined;
}

/** Where the fee of `row` (the first year after lastYearPaid, if any) stands on the as-of date. */
function paymentOfRow(
  row: ScheduleRow | undefined,
  request: NextPaymentRequest,
  rules: CnRules
): NextPayment {
  const { filing, asOf, grant } = request;
  if (!row) return { status: "paid-to-term-end", surcharge: ZERO, surchargeRate: ZERO };
  // The schedule starts at the grant year when a grant date is given.
  const grantYearFee =
    grant !== undefined && row.year === annuityYearOf(filing, grant, "grantDate");
  const legalDue = shiftToWorkingDay(rules.holidays, row.due);
  const { year, due, fee, payable } = row;
  // Each result written out (no spread of a shared base), keys in the order they always had.
  if (grantYearFee) {
    // No grace period: the registration deadline is the last day (Art. 60, 114).
    if (asOf <= legalDue) {
      return {
        year,
        due,
        legalDue,
        fee,
        payable,
        lastDay: due,
        legalLastDay: legalDue,
        surcharge: ZERO,
        surchargeRate: ZERO,
        status: "registration-due",
      };
    }
    return {
      year,
      due,
      legalDue,
      fee,
      payable,
      lastDay: due,
      legalLastDay: legalDue,
      surcharge: ZERO,
      surchargeRate: ZERO,
      status: "registration-missed",
      restoration: restorationOf(row, true, due, request, rules),
    };
  }
  const lastDay = addMonthsClamped(due, graceMonths(rules, due));
  const legalLastDay = shiftToWorkingDay(rules.holidays, lastDay);
  if (asOf <= legalDue) {
    return {
      year,
      due,
      legalDue,
      fee,
      payable,
      lastDay,
      legalLastDay,
      status: "upcoming",
      surcharge: ZERO,
      surchargeRate: ZERO,
    };
  }
  if (asOf <= legalLastDay) {
    const rate = lateFeeBandOn(due, asOf, rules).rate;
    return {
      year,
      due,
      legalDue,
      fee,
      payable,
      lastDay,
      legalLastDay,
      status: "grace",
      surcharge: lateFee(fee, rate),
      surchargeRate: rate,
    };
  }
  return {
    year,
    due,
    legalDue,
    fee,
    payable,
    lastDay,
    legalLastDay,
    status: "lapsed",
    surcharge: ZERO,
    surchargeRate: ZERO,
    restoration: restorationOf(row, false, lastDay, request, rules),
  };
}
