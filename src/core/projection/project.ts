import { codedError } from "../i18n/issue-text";
import { CN_RULES, CnRules } from "../offices/cn/rules";
import { DayNumber, addMonthsClamped, addYearsClamped, dayToIso } from "../dates/civil";
import { DomainError, isDomainError } from "../errors/domain-error";
import { Money, moneyPool } from "../money/money";
import { PortfolioRight } from "../portfolio/read-portfolio";
import { convert } from "./currency";
import { fiscalYearOf } from "./fiscal-year";
import { ScheduleBasis, scheduleOfRightInto } from "./right-schedule";
import { ScheduleRowSink } from "../offices/cn/schedule";
import { RightStanding, SchedulePlan, standingOf, standingPlanOf } from "./right-standing";
import { shiftToWorkingDay } from "../offices/cn/holiday-calendar";
import { ProjectionSettings } from "./settings";
import { RowIssue } from "../table/grid";
import { textOrderInSteps } from "../table/text-order-in-steps";
import { countedSteps, mapSteps, runSteps } from "../table/steps";
import { PaymentAmounts, Payments, PaymentsBuilder, paymentRows, ProjectionRow } from "./payments";

/** Years before the as-of date whose days' shifts projectPortfolio keeps in an array (a 20-year term and then some). */
const LEGAL_DAYS_BACK_YEARS = 30;

/** No day number is this: a day whose shift is not known yet. */
const UNKNOWN_DAY = -0x80000000;

/** How far back a paid-up right's fees are looked at: the registration period (2 months) and a margin. */
const REGISTRATION_LOOKBACK_MONTHS = 3;

/** A right whose earliest unpaid fee is past its last day: not budgeted, restorable at this cost. */
export interface LapsedRight {
  sourceRow: number;
  id: string;
  restorationCost: Money;
}

/**
 * The payments of the horizon: for each pending or granted right, every annuity year whose fee falls due
 * on or after the as-of date and before the horizon ends, skipping years the ledger says are paid.
 * An overdue fee still in its grace period is budgeted in the as-of date's fiscal year with today's
 * surcharge. Lapsed and abandoned rights, and rights whose earliest unpaid fee is past its last day (the
 * Deadlines sheet shows them lapsed or registration-missed), have no future fees: they cost nothing
 * unless restored, and are returned apart in `lapsed` with the cost of restoring. The payments come as
 * columns (`payments`, what a run uses) and as objects (`rows`, for callers reading a few).
 */
export function projectPortfolio(
  rights: readonly PortfolioRight[],
  settings: ProjectionSettings,
  rules: CnRules = CN_RULES
): Projection & { rows: ProjectionRow[] } {
  const projection = runSteps(projectPortfolioInSteps(rights, settings, rules));
  return { ...projection, rows: paymentRows(projection.payments) };
}

/** A portfolio's projection: its payments, the rows the rules could not schedule, its lapsed rights. */
export interface Projection {
  payments: Payments;
  issues: RowIssue[];
  lapsed: LapsedRight[];
}

/** A right's schedule rows as columns (the projection's, refilled for each right). */
export interface ScheduleColumnsView {
  readonly years: readonly number[];
  readonly dues: readonly DayNumber[];
  readonly fees: readonly Money[];
  readonly payables: readonly (Money | DomainError)[];
  readonly reduced: readonly boolean[];
}

/**
 * Takes each right of a projection, in ID order, with the schedule the projection made for it when that
 * schedule serves (the Deadlines' rows, DeadlineRows in deadlines.ts): `addRightFromSchedule` for a right
 * whose standing is planned by schedule (rows `from` to `to` of `columns`: the years from the next fee to
 * the end of the term), `addRight` for every other right.
 */
export interface ScheduleReader {
  addRight(right: PortfolioRight): void;
  addRightFromSchedule(
    right: PortfolioRight,
    plan: SchedulePlan,
    columns: ScheduleColumnsView,
    from: number,
    to: number
  ): void;
}

/** Rights projected between two pauses of a run (a few tens of milliseconds of work). */
export const RIGHTS_PER_STEP = 1_000;

/**
 * `projectPortfolio`, pausing after every `RIGHTS_PER_STEP` rights (the value yielded: rights done so
 * far), so a run can show progress and be cancelled while a large portfolio is projected. It also pauses
 * while it sorts the rights by ID (yielding 0) and its payments by due day (yielding every right).
 * Returns the payments as columns only. A `reader` (the Deadlines' rows) is handed every right in ID order
 * with the schedule made for it, made once for both: to the end of the term, of which the projection
 * keeps the years of its horizon (100,000 rights made their schedules twice, about 5% of a run).
 */
export function* projectPortfolioInSteps(
  rights: readonly PortfolioRight[],
  settings: ProjectionSettings,
  rules: CnRules = CN_RULES,
  reader?: ScheduleReader
): Generator<number, Projection, void> {
  const horizonEnd = addYearsClamped(settings.asOf, settings.horizonYears);
  // Without a ledger year, older fees are paid: only a grant-year fee (due within 2 months of the notice)
  // can still have an anniversary before it. Not computing them spares their reductions.
  const paidUpFrom = addMonthsClamped(settings.asOf, -REGISTRATION_LOOKBACK_MONTHS);
  // Room for four payments a right to start with (columns double when full).
  const built = new PaymentsBuilder(rights.length * 4);
  const issues: RowIssue[] = [];
  const issueOf: number[] = [];
  const lapsed: LapsedRight[] = [];
  const noReduction = new Money(0);
  // One Money per reduction rate, whoever made the rights: payables (payableAfterReduction) and the
  // amounts objects below are shared per reduction instance, so a caller giving each right its own
  // Money (as the bench's synthetic portfolio does; the reader shares them) would make a fee's amounts
  // per right. Each instance is read once.
  const rates = moneyPool();
  const rateOf = new Map<Money, Money>();
  const sameReduction = (right: PortfolioRight): PortfolioRight => {
    let rate = rateOf.get(right.reduction);
    if (rate === undefined) rateOf.set(right.reduction, (rate = rates(right.reduction)));
    return rate === right.reduction ? right : { ...right, reduction: rate };
  };
  // Rights in ID order: rows come out by (ID, year), so a stable counting sort by due day gives the order
  // (due, ID, year) without comparing strings per row.
  // Sorted in steps (yielding 0 rights done): 100,000 IDs sorted at once held the pane's thread in one
  // piece. The order is a stable sort's (the same as Array.sort with compareText), found from each ID
  // read once or twice: comparison sorts of 100,000 IDs took 100-160 ms of a whole run.
  const byId = yield* idOrderInSteps(rights);
  // Fees and payables are shared instances (the fee data, payableAfterReduction): a payment's amounts
  // are one entry per (fee, reduction, payable), converted once.
  const amountParts = new Map<Money, Map<Money, Map<Money, number>>>();
  const converted = new Map<Money, Money>(); // one conversion per payable, as the Summary groups them
  const amountsOf = (fee: Money, reduction: Money, payable: Money): number => {
    let byReduction = amountParts.get(fee);
    if (!byReduction) amountParts.set(fee, (byReduction = new Map()));
    let byPayable = byReduction.get(reduction);
    if (!byPayable) byReduction.set(reduction, (byPayable = new Map()));
    let part = byPayable.get(payable);
    if (part === undefined) {
      let value = converted.get(payable);
      if (!value) converted.set(payable, (value = convert(payable, settings.currency)));
      const amounts: PaymentAmounts = {
        fee,
        reduction,
        payable,
        converted: value,
        surcharge: undefined,
      };
      byPayable.set(payable, (part = built.addAmounts(amounts)));
    }
    return part;
  };
  // An overdue fee in grace is budgeted with today's surcharge: a few thousand such payments share a few
  // dozen (fee, reduction, payable, surcharge) values, each right's surcharge its own instance. One amounts
  // entry per value: an entry per payment made the Summary add each as an amount of its own (one Decimal
  // multiplication and addition per line, for each of 4,000 entries at 100,000 rights, where 71 values
  // were distinct).
  const surchargeOf = moneyPool();
  const surchargedParts = new Map<Money, Map<Money, Map<Money, Map<Money, number>>>>();
  const surchargedAmountsOf = (
    fee: Money,
    reduction: Money,
    formalPayable: Money,
    given: Money
  ): number => {
    const surcharge = surchargeOf(given);
    let byReduction = surchargedParts.get(fee);
    if (!byReduction) surchargedParts.set(fee, (byReduction = new Map()));
    let byPayable = byReduction.get(reduction);
    if (!byPayable) byReduction.set(reduction, (byPayable = new Map()));
    let bySurcharge = byPayable.get(formalPayable);
    if (!bySurcharge) byPayable.set(formalPayable, (bySurcharge = new Map()));
    let part = bySurcharge.get(surcharge);
    if (part === undefined) {
      const payable = formalPayable.plus(surcharge);
      const converted = convert(payable, settings.currency);
      part = built.addAmounts({ fee, reduction, payable, converted, surcharge });
      bySurcharge.set(surcharge, part);
    }
    return part;
  };
  // Hundreds of thousands of due dates fall on a few thousand days: each day is shifted once, and kept
  // in an array indexed by day (a look-up per payment, cheaper than a Map's) from decades before the
  // as-of date to past the horizon; a day outside that (a ledger year paid long ago) is kept in a Map.
  const legalFrom = addYearsClamped(settings.asOf, -LEGAL_DAYS_BACK_YEARS);
  const legalDays = new Int32Array(Math.max(0, horizonEnd + 366 - legalFrom)).fill(UNKNOWN_DAY);
  const legalOutside = new Map<DayNumber, DayNumber>();
  const legalDayOf = (due: DayNumber): DayNumber => {
    const at = due - legalFrom;
    if (at >= 0 && at < legalDays.length) {
      let legal = legalDays[at];
      if (legal === UNKNOWN_DAY) legalDays[at] = legal = shiftToWorkingDay(rules.holidays, due);
      return legal;
    }
    let legal = legalOutside.get(due);
    if (legal === undefined)
      legalOutside.set(due, (legal = shiftToWorkingDay(rules.holidays, due)));
    return legal;
  };
  // A right's standing plan for the reader, undefined when the reader finds it on its own (no schedule
  // to read, or the plan itself fails: the reader then leaves the right out, as it does alone).
  const planOf = (right: PortfolioRight): SchedulePlan | undefined => {
    try {
      const plan = standingPlanOf(right, settings.asOf, rules);
      return plan.bySchedule ? plan : undefined;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return undefined;
    }
  };
  // The rights of one step, by a plain function: V8 optimises a loop there, not inside a running
  // generator (where each `for … of` over a schedule's rows also made an iterator result per row).
  const projectRights = (from: number, to: number): void => {
    for (let k = from; k < to; k += 1) projectRight(byId[k]);
  };
  // One right's schedule at a time, in columns refilled for every right: two million rows at 100,000
  // rights × 20 years were as many short-lived objects (about 80 MB a run).
  const schedule = new ScheduleColumns();
  const legalDues: DayNumber[] = [];
  // A number per payment right, the same for rights with the same ID (dueOrderInSteps compares these,
  // not the IDs: a string from anywhere in the heap for each of half a million payments).
  const idGroups: number[] = [];
  let idGroup = -1;
  let lastId: string | undefined;
  const projectRight = (index: number): void => {
    const right = sameReduction(rights[index]);
    if (right.status === "lapsed" || right.status === "abandoned") {
      reader?.addRight(rights[index]);
      return;
    }
    // The reader's standing from this schedule when it reads one (the usual case), else on its own.
    const plan = reader && planOf(right);
    if (reader && !plan) reader.addRight(rights[index]);
    let basis: ScheduleBasis;
    let standing: RightStanding | undefined;
    schedule.length = 0;
    try {
      // Formal dates: the status of an overdue fee is decided on them; the shown due date is shifted below.
      if (plan) {
        // The years the projection and the reader both need: from the year after the ledger's, or
        // without one from the first fee legally due on or after paidUpFrom (every later year follows),
        // to the end of the term. The projection's own rows are kept below.
        basis = scheduleOfRightInto(
          schedule,
          right,
          settings.asOf,
          false,
          rules,
          plan.ledgerYear === undefined
            ? { legallyDueFrom: paidUpFrom }
            : { fromYear: plan.ledgerYear + 1 }
        );
        // The reader's years start at the next fee: without a ledger year, the first not yet legally due.
        let next = 0;
        if (plan.ledgerYear === undefined)
          while (next < schedule.length && legalDayOf(schedule.dues[next]) < settings.asOf)
            next += 1;
        reader!.addRightFromSchedule(right, plan, schedule, next, schedule.length);
        schedule.keepDue(plan.ledgerYear === undefined ? paidUpFrom : -Infinity, horizonEnd);
      } else {
        basis = scheduleOfRightInto(schedule, right, settings.asOf, false, rules, {
          fromYear: (right.lastPaidYear ?? 0) + 1,
          dueFrom: right.lastPaidYear === undefined ? paidUpFrom : undefined,
          dueBefore: horizonEnd,
        });
      }
      // Without a ledger year, fees legally due before the as-of date are taken as paid, unless one falls
      // after a fee still to come (a grant-year fee whose registration deadline is after an anniversary).
      let overdue = false;
      let future = false;
      for (let r = 0; r < schedule.length; r += 1) {
        const legal = legalDayOf(schedule.dues[r]);
        legalDues[r] = legal;
        if (legal >= settings.asOf) future = true;
        else if (right.lastPaidYear !== undefined || future) overdue = true;
      }
      // Only a right with an unpaid fee past its legal due date needs its standing (the common case does
      // not): the Deadlines sheet's logic decides whether it is in grace or lapsed.
      if (overdue) {
        standing = standingOf(right, settings.asOf, rules);
        const { status, restoration } = standing.payment;
        if (status === "lapsed" || status === "registration-missed") {
          lapsed.push({ sourceRow: right.row, id: right.id, restorationCost: restoration!.cost });
          return;
        }
      }
    } catch (error) {
      // One right the rules cannot schedule is reported on its row; the others are still projected.
      if (!isDomainError(error)) throw error;
      issues.push({
        sheet: "",
        row: right.row,
        column: "",
        header: "",
        kind: "error",
        message: `${right.id}: ${error.message}`,
        code: "feeProblem",
        params: { id: right.id },
        cause: codedError(error),
      });
      issueOf.push(index);
      return;
    }
    let rightIndex = -1;
    for (let i = 0; i < schedule.length; i += 1) {
      const year = schedule.years[i];
      const formalPayable = schedule.payables[i];
      const legal = legalDues[i];
      const shown = settings.shiftToWorkday ? legal : schedule.dues[i];
      if (shown >= horizonEnd) continue;
      let surcharge: Money | undefined;
      if (legal < settings.asOf) {
        // Past its legal due date: budget it today if still payable, with today's surcharge.
        const overdue = standing && overduePayment(standing, year);
        if (!overdue || overdue.status !== "grace") continue;
        surcharge = overdue.surcharge;
      }
      if (isDomainError(formalPayable)) {
        issues.push({
          sheet: "",
          row: right.row,
          column: "",
          header: "",
          kind: "error",
          message: `${right.id}, year ${year} (due ${dayToIso(shown)}): ${formalPayable.message}`,
          code: "feeProblemYear",
          params: { id: right.id, year, due: dayToIso(shown) },
          cause: codedError(formalPayable),
        });
        issueOf.push(index);
        continue;
      }
      const fee = schedule.fees[i];
      const reduction = schedule.reduced[i] ? right.reduction : noReduction;
      const amounts = surcharge
        ? surchargedAmountsOf(fee, reduction, formalPayable, surcharge)
        : amountsOf(fee, reduction, formalPayable);
      if (rightIndex < 0) {
        rightIndex = built.addRight({
          sourceRow: right.row,
          id: right.id,
          owner: right.owner,
          kind: right.kind,
          basis,
        });
        // Rights come in ID order: one with its predecessor's ID joins its group.
        if (right.id !== lastId) idGroup += 1;
        idGroups.push(idGroup);
        lastId = right.id;
      }
      built.push(
        rightIndex,
        year,
        shown,
        fiscalYearOf(surcharge ? settings.asOf : shown, settings.fiscalYearStartMonth),
        amounts
      );
    }
  };
  // A pause before the 1,000th right, the 2,000th … (the value: rights done by then, counting that one).
  yield* countedSteps(byId.length, 0, RIGHTS_PER_STEP, projectRights);
  const order = yield* mapSteps(
    dueOrderInSteps(built.dues(), built.rightIndexes(), built.years(), idGroups),
    () => rights.length
  );
  const issueOrder = issues.map((_, i) => i).sort((a, b) => issueOf[a] - issueOf[b]);
  const payments = yield* mapSteps(built.doneInSteps(order), () => rights.length);
  return { payments, issues: issueOrder.map((i) => issues[i]), lapsed };
}

/** IDs visited between two pauses of the ID sort (each of its passes over 100,000 IDs is a few ms). */
export const ID_SORT_STEP = 20_000;

/**
 * The indexes of `rights` in ID order (a stable sort, the same as Array.sort with compareText), pausing
 * (yielding 0: no right done yet) about every ID_SORT_STEP IDs visited. The projections and the
 * Deadlines visit rights in this order, so their rows come out by ID without comparing IDs per row.
 * @example runSteps(idOrderInSteps([{ id: "B" }, { id: "A" }, { id: "B" }])) //=> [1, 0, 2]
 */
export function idOrderInSteps(
  rights: readonly { readonly id: string }[]
): Generator<number, number[], void> {
  return mapSteps(
    textOrderInSteps(
      rights.map((_, i) => i),
      rights.map((right) => right.id),
      ID_SORT_STEP
    ),
    () => 0
  );
}

/** Payments placed between two pauses of the sort by due day (a few milliseconds of work each). */
export const SORT_ROWS_PER_STEP = 50_000;

/**
 * The order of payments made in (ID, year) order that puts them in (due, ID, year) order: a stable
 * counting sort by due day, then runs of one ID due the same day ordered by year (two rights with the
 * same ID: `idGroups` gives each payment right a number, the same for rights with the same ID). Pauses
 * after every `perStep` payments visited (the value yielded: payments visited so far, over its passes):
 * 500,000 payments at once were a task of over 150 ms in the pane.
 * @example runSteps(dueOrderInSteps(Int32Array.of(2, 1), Int32Array.of(0, 1), Uint16Array.of(1, 1), [0, 1])) //=> Int32Array [1, 0]
 */
export function* dueOrderInSteps(
  dues: Int32Array,
  rightOf: Int32Array,
  years: Uint16Array,
  idGroups: ArrayLike<number>,
  perStep = SORT_ROWS_PER_STEP
): Generator<number, Int32Array, void> {
  const count = dues.length;
  const order = new Int32Array(count);
  if (count === 0) return order;
  let first = dues[0];
  let last = first;
  let visited = yield* countedSteps(count, 0, perStep, (from, to) => {
    for (let i = from; i < to; i += 1) {
      const due = dues[i];
      if (due < first) first = due;
      if (due > last) last = due;
    }
  });
  const starts = new Int32Array(last - first + 2);
  countDays(dues, first, starts);
  visited = yield* countedSteps(count, visited, perStep, (from, to) => {
    for (let i = from; i < to; i += 1) order[starts[dues[i] - first]++] = i;
  });
  // Two rights with the same ID due the same day: order that run by year.
  yield* countedSteps(count - 1, visited, perStep, (from, to) => {
    for (let i = from + 1; i < to + 1; i += 1) {
      for (let j = i; j > 0; j -= 1) {
        const later = order[j];
        const earlier = order[j - 1];
        if (
          dues[later] !== dues[earlier] ||
          years[later] >= years[earlier] ||
          idGroups[rightOf[later]] !== idGroups[rightOf[earlier]]
        )
          break;
        order[j] = earlier;
        order[j - 1] = later;
      }
    }
  });
  return order;
}

/** Where each due day's payments start in the order: counts per day, then running sums. */
function countDays(dues: Int32Array, first: number, starts: Int32Array): void {
  for (let i = 0; i < dues.length; i += 1) starts[dues[i] - first + 1] += 1;
  for (let i = 1; i < starts.length; i += 1) starts[i] += starts[i - 1];
}

/** The rows of one right's schedule as columns, refilled (from `length` 0) for each right. */
class ScheduleColumns implements ScheduleRowSink, ScheduleColumnsView {
  length = 0;
  readonly years: number[] = [];
  readonly dues: DayNumber[] = [];
  readonly fees: Money[] = [];
  readonly payables: (Money | DomainError)[] = [];
  readonly reduced: boolean[] = [];
  add(year: number, due: DayNumber, fee: Money, payable: Money | DomainError, reduced: boolean) {
    const at = this.length++;
    this.years[at] = year;
    this.dues[at] = due;
    this.fees[at] = fee;
    this.payables[at] = payable;
    this.reduced[at] = reduced;
  }
  /** Keeps the rows due in [from, before), in order. */
  keepDue(from: DayNumber, before: DayNumber) {
    let kept = 0;
    for (let r = 0; r < this.length; r += 1) {
      const due = this.dues[r];
      if (due < from || due >= before) continue;
      if (kept !== r) {
        this.years[kept] = this.years[r];
        this.dues[kept] = due;
        this.fees[kept] = this.fees[r];
        this.payables[kept] = this.payables[r];
        this.reduced[kept] = this.reduced[r];
      }
      kept += 1;
    }
    this.length = kept;
  }
}

/** The standing of an overdue year: the right's next payment, or the fee listed beside it. */
function overduePayment(standing: RightStanding, year: number) {
  if (standing.payment.year === year) return standing.payment;
  if (standing.alsoDue?.year === year) return standing.alsoDue;
  return undefined;
}

/** Stable, locale-independent ordering of IDs, so output does not depend on the machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
