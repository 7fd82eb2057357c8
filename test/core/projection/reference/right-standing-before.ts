// standingOf as it was before session 8 (commit d93958d): the oracle of standing-equality.test.ts.
import { shiftToWorkingDay } from "../../../../src/core/offices/cn/holiday-calendar";
import { NextPayment, nextPaymentBefore } from "./next-payment-before";
import { CN_RULES, CnRules } from "../../../../src/core/offices/cn/rules";
import { annuityScheduleBefore } from "./schedule-before";
import { termEnd, termYears } from "../../../../src/core/offices/cn/term";
import { DayNumber } from "../../../../src/core/dates/civil";
import { PortfolioRight } from "../../../../src/core/portfolio/read-portfolio";
import { ScheduleBasis } from "../../../../src/core/projection/right-schedule";

/** Where a right of the portfolio stands: the one truth the Deadlines sheet and the budget share. */
export interface RightStanding {
  payment: NextPayment;
  /** The last year taken as paid: the ledger's, or (without one) every fee legally due before the as-of date. */
  lastYearPaid: number;
  /** The grant date used: the ledger's, or for a pending application the assumed one. */
  grant?: DayNumber;
  basis: ScheduleBasis;
  /**
   * While the grant-year fee waits for its registration deadline, the next anniversary may fall before
   * that deadline: that fee is then due first and listed too.
   */
  alsoDue?: NextPayment;
}

/**
 * The standing of a pending or granted right on `asOf` (rights the ledger marks lapsed or abandoned have
 * none). A pending application is assumed granted on the as-of date, as in the projection.
 * @example standingOf(right, dayFromCivil(2026, 1, 1)).payment.status //=> "grace"
 */
export function standingOfBefore(
  right: PortfolioRight,
  asOf: DayNumber,
  rules: CnRules = CN_RULES
): RightStanding {
  const assumeGrant = right.status === "pending" && right.grant === undefined;
  const basis: ScheduleBasis = assumeGrant ? "pending-assumed-grant" : "granted";
  const end = termEnd(right.kind, right.filing, rules);
  const grant = assumeGrant ? Math.max(asOf, right.filing) : right.grant;
  let lastYearPaid = right.lastPaidYear;
  if (lastYearPaid === undefined) {
    // Without a "last year paid" column the ledger is taken as paid up: the next fee is the first one
    // not yet legally due.
    lastYearPaid = termYears(right.kind, right.filing, rules);
    if (asOf <= end && !(assumeGrant && grant! > end)) {
      const rows = annuityScheduleBefore({ kind: right.kind, filing: right.filing, grant }, rules);
      const next = rows.find((row) => shiftToWorkingDay(rules.holidays, row.due) >= asOf);
      if (next) lastYearPaid = next.year - 1;
    }
  }
  const request = {
    kind: right.kind,
    filing: right.filing,
    lastYearPaid,
    asOf,
    grant,
    reduction: right.reduction,
    lapseNotice: right.lapseNotice,
  };
  const payment = nextPaymentBefore(request, rules);
  let alsoDue: NextPayment | undefined;
  if (payment.status === "registration-due" && payment.year !== undefined) {
    const after = nextPaymentBefore({ ...request, lastYearPaid: payment.year }, rules);
    if (after.due !== undefined && after.due < payment.due!) alsoDue = after;
  }
  return { payment, lastYearPaid, grant, basis, alsoDue };
}
