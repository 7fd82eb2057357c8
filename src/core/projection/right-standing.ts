import { shiftToWorkingDay } from "../offices/cn/holiday-calendar";
import { NextPayment, nextPayment, nextPaymentInSchedule } from "../offices/cn/next-payment";
import { CN_RULES, CnRules } from "../offices/cn/rules";
import {
  annuitySchedule,
  annuityScheduleInto,
  ScheduleRow,
  ScheduleRowSink,
} from "../offices/cn/schedule";
import { DomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { termEnd, termYears } from "../offices/cn/term";
import { DayNumber } from "../dates/civil";
import { PortfolioRight } from "../portfolio/read-portfolio";
import { ScheduleBasis } from "./right-schedule";

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
 * A right's standing and, when a schedule was made, what is payable each year from the year after the
 * last paid to the end of the term (after the reduction, or why not): the payables of the rows
 * scheduleOfRight makes from there.
 */
export interface StandingWithSchedule {
  standing: RightStanding;
  payables?: readonly (Money | DomainError)[];
  /** A schedule was made: its payables are in `payables`, or went to the caller's sink. */
  scheduled: boolean;
}

/** Takes the payables of a standing's schedule, year by year (a caller adding them up as they come). */
export interface PayableSink {
  add(payable: Money | DomainError): void;
}

/** The payables as a list. */
class PayableList implements PayableSink {
  readonly payables: (Money | DomainError)[] = [];
  add(payable: Money | DomainError) {
    this.payables.push(payable);
  }
}

/** The rows a standing reads (the next fee and the one after) and every year's payable. */
class NextRows implements ScheduleRowSink {
  // Two fields, not a growing array: an array's first push reserves room for 17 rows, for every right.
  private first: ScheduleRow | undefined = undefined;
  private second: ScheduleRow | undefined = undefined;
  constructor(private readonly payables: PayableSink) {}
  add(year: number, due: DayNumber, fee: Money, payable: Money | DomainError, reduced: boolean) {
    if (this.first === undefined) this.first = { year, due, fee, payable, reduced };
    else if (this.second === undefined) this.second = { year, due, fee, payable, reduced };
    this.payables.add(payable);
  }
  /** The first two rows, in order. */
  rows(): ScheduleRow[] {
    if (this.first === undefined) return [];
    return this.second === undefined ? [this.first] : [this.first, this.second];
  }
}

/**
 * The standing of a pending or granted right on `asOf` (rights the ledger marks lapsed or abandoned have
 * none). A pending application is assumed granted on the as-of date, as in the projection.
 * @example standingOf(right, dayFromCivil(2026, 1, 1)).payment.status //=> "grace"
 */
export function standingOf(
  right: PortfolioRight,
  asOf: DayNumber,
  rules: CnRules = CN_RULES
): RightStanding {
  return standingWithSchedule(right, asOf, rules).standing;
}

/**
 * How a right's standing is found: from one schedule (its grant date, and the years from the next fee on:
 * those after the ledger's last year paid, or without a ledger year those from the first fee not yet
 * legally due), or step by step (no schedule to read: the term is over, the ledger year is out of range,
 * or a reduction has no grant date, which fails only once a payment is looked up).
 */
export type StandingPlan =
  | {
      bySchedule: true;
      grant: DayNumber | undefined;
      /** The ledger's last year paid, when it has one. */
      ledgerYear: number | undefined;
      /** The last year of the term. */
      lastYear: number;
      basis: ScheduleBasis;
    }
  | { bySchedule: false };

/** A standing plan that reads a schedule. */
export type SchedulePlan = Extract<StandingPlan, { bySchedule: true }>;

/** How standingWithSchedule finds the standing of `right` on `asOf` (see StandingPlan). */
export function standingPlanOf(
  right: PortfolioRight,
  asOf: DayNumber,
  rules: CnRules = CN_RULES
): StandingPlan {
  const { kind, filing, reduction } = right;
  const assumeGrant = right.status === "pending" && right.grant === undefined;
  const grant = assumeGrant ? Math.max(asOf, filing) : right.grant;
  const lastYear = termYears(kind, filing, rules);
  const end = termEnd(kind, filing, rules);
  const ledgerYear = right.lastPaidYear;
  const needsSchedule =
    asOf <= end &&
    !(assumeGrant && grant! > end) &&
    (ledgerYear === undefined ||
      (Number.isInteger(ledgerYear) && ledgerYear >= 0 && ledgerYear < lastYear));
  // A reduction without a grant date fails only once a payment is looked up; the steps keep that.
  const reductionWithoutGrant =
    reduction !== undefined && !reduction.isZero() && grant === undefined;
  if (!needsSchedule || reductionWithoutGrant) return { bySchedule: false };
  const basis: ScheduleBasis = assumeGrant ? "pending-assumed-grant" : "granted";
  return { bySchedule: true, grant, ledgerYear, lastYear, basis };
}

/**
 * The standing of a right planned `bySchedule`, from the first two rows of its schedule from the next fee
 * on (`rows`, in year order; fewer when the term has fewer years left).
 */
export function standingFromRows(
  right: PortfolioRight,
  asOf: DayNumber,
  rules: CnRules,
  plan: SchedulePlan,
  rows: readonly ScheduleRow[]
): RightStanding {
  const { kind, filing, reduction, lapseNotice } = right;
  const { grant, ledgerYear, lastYear, basis } = plan;
  const lastYearPaid = ledgerYear ?? (rows.length > 0 ? rows[0].year - 1 : lastYear);
  const payment = nextPaymentInSchedule(
    { kind, filing, lastYearPaid, asOf, grant, reduction, lapseNotice },
    rows,
    rules
  );
  let alsoDue: NextPayment | undefined;
  if (payment.status === "registration-due" && payment.year !== undefined) {
    const after = nextPaymentInSchedule(
      { kind, filing, lastYearPaid: payment.year, asOf, grant, reduction, lapseNotice },
      rows,
      rules
    );
    if (after.due !== undefined && after.due < payment.due!) alsoDue = after;
  }
  return { payment, lastYearPaid, grant, basis, alsoDue };
}

/**
 * standingOf, with the schedule it read (for the cost to the end of the term). The schedule is made once
 * per right, not once to find the next fee and again for each payment. `payablesInto`, when given, takes
 * the payables instead of a list (a caller summing them makes no list per right).
 */
export function standingWithSchedule(
  right: PortfolioRight,
  asOf: DayNumber,
  rules: CnRules = CN_RULES,
  payablesInto?: PayableSink
): StandingWithSchedule {
  const plan = standingPlanOf(right, asOf, rules);
  if (!plan.bySchedule)
    return {
      standing: standingStepByStep(right, asOf, rules),
      payables: undefined,
      scheduled: false,
    };
  // With or without the reduction the schedule has the same years, dates and failures; every year is
  // priced, only the rows from the next fee on are made.
  const list = payablesInto ? undefined : new PayableList();
  const next = new NextRows(payablesInto ?? list!);
  const { kind, filing, reduction } = right;
  annuityScheduleInto(
    next,
    { kind, filing, grant: plan.grant, reduction },
    rules,
    // Without a "last year paid" column the ledger is taken as paid up: the next fee is the first one
    // not yet legally due.
    plan.ledgerYear === undefined ? { legallyDueFrom: asOf } : { fromYear: plan.ledgerYear + 1 }
  );
  // The rows run year by year from the next fee: the one after it is the second.
  return {
    standing: standingFromRows(right, asOf, rules, plan, next.rows()),
    payables: list?.payables,
    scheduled: true,
  };
}

/** The standing by a schedule per question: for the rights that need none, or fail only later. */
function standingStepByStep(right: PortfolioRight, asOf: DayNumber, rules: CnRules): RightStanding {
  const assumeGrant = right.status === "pending" && right.grant === undefined;
  const basis: ScheduleBasis = assumeGrant ? "pending-assumed-grant" : "granted";
  const end = termEnd(right.kind, right.filing, rules);
  const grant = assumeGrant ? Math.max(asOf, right.filing) : right.grant;
  let lastYearPaid = right.lastPaidYear;
  if (lastYearPaid === undefined) {
    lastYearPaid = termYears(right.kind, right.filing, rules);
    if (asOf <= end && !(assumeGrant && grant! > end)) {
      const rows = annuitySchedule({ kind: right.kind, filing: right.filing, grant }, rules);
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
  const payment = nextPayment(request, rules);
  let alsoDue: NextPayment | undefined;
  if (payment.status === "registration-due" && payment.year !== undefined) {
    const after = nextPayment({ ...request, lastYearPaid: payment.year }, rules);
    if (after.due !== undefined && after.due < payment.due!) alsoDue = after;
  }
  return { payment, lastYearPaid, grant, basis, alsoDue };
}
