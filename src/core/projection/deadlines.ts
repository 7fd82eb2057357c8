import { NextPayment, PaymentStatus, shiftedIf } from "../offices/cn/next-payment";
import { RightKind } from "../offices/cn/right-kind";
import { CN_RULES, CnRules } from "../offices/cn/rules";
import { DayNumber } from "../dates/civil";
import { DomainError, isDomainError } from "../errors/domain-error";
import { Money, moneyPool } from "../money/money";
import { PortfolioRight } from "../portfolio/read-portfolio";
import { mapSteps, runSteps } from "../table/steps";
import { sortInSteps } from "../table/sort-in-steps";
import { orderByTextInSteps } from "../table/order-by-text-in-steps";
import { runningSums } from "./running-sums";
import { compareText, idOrderInSteps, ScheduleColumnsView, ScheduleReader } from "./project";
import {
  PayableSink,
  RightStanding,
  SchedulePlan,
  standingFromRows,
  standingWithSchedule,
} from "./right-standing";
import { scheduleOfRight } from "./right-schedule";
import { ScheduleRow } from "../offices/cn/schedule";
import { ProjectionSettings } from "./settings";

/**
 * Where a right stands on the as-of date: the codes of `nextPayment` (src/core/cn/next-payment.ts), plus
 * `abandoned` and the ledger's own `lapsed` (which fee was missed is then unknown).
 */
export type DeadlineStatus = PaymentStatus | "abandoned";

export interface DeadlineRow {
  sourceRow: number;
  id: string;
  owner: string;
  kind: RightKind;
  status: DeadlineStatus;
  year?: number;
  /** The due date shown: formal, or moved off a rest day when the run asks for it. */
  due?: DayNumber;
  /** What the next fee costs after the reduction, without surcharge. */
  fee?: Money;
  /** Why `fee` is empty: no reduction rule in the data covers that date. */
  feeProblem?: string;
  /** The surcharge if paid on the as-of date (on the full fee, 实施细则 2023 Art. 115). */
  surcharge?: Money;
  /** The last day the payment is accepted (grace end, or registration deadline), shown as `due`. */
  lastDay?: DayNumber;
  /** Restoring a lapsed right or a missed registration: request fee + fee (+ 25% after the grant year). */
  restorationCost?: Money;
  /** The ordinary restoration limit (2 months after CNIPA's notice), when the notice date is known. */
  restorationByNotice?: DayNumber;
  /** The outer limit for a restoration request (force majeure: 2 years after the missed deadline). */
  restorationBy?: DayNumber;
  /** Every fee still unpaid from the next one to the end of the term, after reductions. */
  costToTermEnd: Money;
}

const URGENCY: Record<DeadlineStatus, number> = {
  grace: 0,
  "registration-due": 1,
  upcoming: 1,
  "registration-missed": 2,
  lapsed: 2,
  "paid-to-term-end": 3,
  expired: 4,
  abandoned: 5,
};

/**
 * What the rights of one run share: the pooled amounts (one Money per cost to the end of a term), the
 * remembered running sums, and the zero every row without a cost shows.
 */
interface RunAmounts {
  shared: (amount: Money) => Money;
  add: (sum: Money, amount: Money) => Money;
  zero: Money;
  /** Pooled instance of each sum made (the pool's own lookup takes a string per call). */
  pooled: Map<Money, Money>;
  /** Adds up a right's payables as its standing's schedule makes them. */
  owed: OwedSum;
}

/** The sum of a right's payables (a payable that cannot be computed counts 0), added as they come. */
class OwedSum implements PayableSink {
  sum: Money = ZERO;
  constructor(private readonly plus: (sum: Money, amount: Money) => Money) {}
  add(payable: Money | DomainError) {
    this.sum = this.plus(this.sum, isDomainError(payable) ? ZERO : payable);
  }
}

const ZERO = new Money(0);

/** A row without a next payment (abandoned, lapsed by the ledger, expired, paid to the end). */
function bareRow(right: PortfolioRight, status: DeadlineStatus, zero: Money): DeadlineRow {
  // Written out, not spread from a shared base: the same keys in the same order, no object in between.
  return {
    sourceRow: right.row,
    id: right.id,
    owner: right.owner,
    kind: right.kind,
    costToTermEnd: zero,
    status,
  };
}

/** Pushes a right's rows (the fee due first, when two are) onto `into`. */
function pushRowsOf(
  into: DeadlineRow[],
  right: PortfolioRight,
  settings: ProjectionSettings,
  rules: CnRules,
  amounts: RunAmounts
): void {
  if (right.status === "abandoned") {
    into.push(bareRow(right, "abandoned", amounts.zero));
    return;
  }
  // The ledger says lapsed: we do not know which fee was missed or when, so we claim no dates.
  if (right.status === "lapsed") {
    into.push(bareRow(right, "lapsed", amounts.zero));
    return;
  }
  // The same additions, in the same order, as the Decimal sum they replace.
  const owed = amounts.owed;
  owed.sum = ZERO;
  const { standing, scheduled } = standingWithSchedule(right, settings.asOf, rules, owed);
  pushStandingRows(into, right, standing, scheduled, settings, rules, amounts);
}

/**
 * Pushes the rows of a right's standing. `scheduled`: the standing was read from a schedule whose
 * payables from the next fee on are summed in `amounts.owed` already.
 */
function pushStandingRows(
  into: DeadlineRow[],
  right: PortfolioRight,
  standing: RightStanding,
  scheduled: boolean,
  settings: ProjectionSettings,
  rules: CnRules,
  amounts: RunAmounts
): void {
  const owed = amounts.owed;
  const { payment } = standing;
  if (payment.year === undefined) {
    into.push(bareRow(right, payment.status, amounts.zero));
    return;
  }
  const lapsed = payment.status === "lapsed" || payment.status === "registration-missed";
  // A lapsed right owes nothing more; its schedule (the rows nextPayment just made) is not made again.
  let costToTermEnd = amounts.zero;
  if (!lapsed) {
    // What the standing read from its schedule, when it made one (each year from the next fee on).
    if (!scheduled) {
      const rows = scheduleOfRight(right, settings.asOf, false, rules, {
        fromYear: standing.lastYearPaid + 1,
      }).rows;
      for (let r = 0; r < rows.length; r += 1) owed.add(rows[r].payable);
    }
    const sum = owed.sum;
    let pooled = amounts.pooled.get(sum);
    if (pooled === undefined) amounts.pooled.set(sum, (pooled = amounts.shared(sum)));
    costToTermEnd = pooled;
  }
  const shift = settings.shiftToWorkday;
  const row = paymentRow(right, payment, costToTermEnd, shift, rules);
  if (standing.alsoDue) into.push(paymentRow(right, standing.alsoDue, costToTermEnd, shift, rules));
  into.push(row);
}

/** A right's row for one payment (a plain function: no closures made per right). */
function paymentRow(
  right: PortfolioRight,
  p: NextPayment,
  costToTermEnd: Money,
  shift: boolean,
  rules: CnRules
): DeadlineRow {
  const problem = isDomainError(p.payable);
  const restoration = p.restoration;
  return {
    sourceRow: right.row,
    id: right.id,
    owner: right.owner,
    kind: right.kind,
    costToTermEnd,
    status: p.status,
    year: p.year,
    due: shift ? shiftedIf(p.due, true, rules) : p.due,
    fee: problem ? undefined : (p.payable as Money | undefined),
    feeProblem: problem ? (p.payable as Error).message : undefined,
    surcharge: p.status === "grace" ? p.surcharge : undefined,
    lastDay: shift ? shiftedIf(p.lastDay, true, rules) : p.lastDay,
    restorationCost: restoration?.cost,
    restorationByNotice: shift
      ? shiftedIf(restoration?.byNotice, true, rules)
      : restoration?.byNotice,
    restorationBy: shift
      ? shiftedIf(restoration?.forceMajeureBy, true, rules)
      : restoration?.forceMajeureBy,
  };
}

/**
 * The Deadlines' rows, made right by right in the order the rights are given (ID order: the urgency
 * order then keeps ID order without comparing IDs), then ordered by urgency. deadlinesInSteps finds each
 * right's standing here; the projection, given one, hands it the schedule it made for each right, so that
 * the schedule is made once for both (`addRightFromSchedule`).
 */
export class DeadlineRows implements ScheduleReader {
  private readonly rows: DeadlineRow[] = [];
  // A right's cost to the end of its term is one of a few thousand sums: each is one Money, shared by
  // the rights it is the sum of (a Decimal per right was about 13 MB at 100,000 rights). Immutable.
  private readonly amounts: RunAmounts;

  constructor(
    private readonly settings: ProjectionSettings,
    private readonly rules: CnRules = CN_RULES
  ) {
    const shared = moneyPool();
    const add = runningSums();
    this.amounts = {
      shared,
      add,
      zero: shared(new Money(0)),
      pooled: new Map(),
      owed: new OwedSum(add),
    };
  }

  /** The rows of `right`, its standing found here; none when the rules cannot schedule it. */
  addRight(right: PortfolioRight): void {
    try {
      pushRowsOf(this.rows, right, this.settings, this.rules, this.amounts);
    } catch (error) {
      if (!isDomainError(error)) throw error;
    }
  }

  /**
   * The rows of a pending or granted right whose standing is planned by schedule (standingPlanOf), from
   * its schedule's rows `from` to `to` (excluded) in `columns`: the rows standingWithSchedule would make,
   * the years from the next fee to the end of the term. The same rows as `addRight`.
   */
  addRightFromSchedule(
    right: PortfolioRight,
    plan: SchedulePlan,
    columns: ScheduleColumnsView,
    from: number,
    to: number
  ): void {
    try {
      // The same additions, in the same order, as standingWithSchedule's sink makes them.
      const owed = this.amounts.owed;
      owed.sum = ZERO;
      for (let r = from; r < to; r += 1) owed.add(columns.payables[r]);
      const next: ScheduleRow[] = [];
      for (let r = from; r < to && r < from + 2; r += 1) {
        next.push({
          year: columns.years[r],
          due: columns.dues[r],
          fee: columns.fees[r],
          payable: columns.payables[r],
          reduced: columns.reduced[r],
        });
      }
      const standing = standingFromRows(right, this.settings.asOf, this.rules, plan, next);
      pushStandingRows(this.rows, right, standing, true, this.settings, this.rules, this.amounts);
    } catch (error) {
      if (!isDomainError(error)) throw error;
    }
  }

  /**
   * The rows made, most urgent first (see `deadlines`), pausing as urgencyOrderInSteps does (the value
   * yielded: `progress`).
   */
  *orderedInSteps(progress: number): Generator<number, DeadlineRow[], void> {
    const rows = this.rows;
    // Rows without a date (a lapse known only from the ledger) go last within their status.
    const when = (row: DeadlineRow) =>
      row.status === "grace"
        ? row.lastDay
        : row.status === "lapsed" || row.status === "registration-missed"
          ? row.restorationBy
          : row.due;
    const order = yield* mapSteps(
      urgencyOrderInSteps(
        rows.map((row) => URGENCY[row.status]),
        rows.map(when),
        undefined
      ),
      () => progress
    );
    return order.map((index) => rows[index]);
  }
}

/**
 * The pay / review / abandon list: one row per right with its next payment as of the as-of date, most
 * urgent first (in grace by last day, then upcoming by due date, then lapsed, then the rest).
 */
export function deadlines(
  rights: readonly PortfolioRight[],
  settings: ProjectionSettings,
  rules: CnRules = CN_RULES
): DeadlineRow[] {
  return runSteps(deadlinesInSteps(rights, settings, rules));
}

/**
 * Rights between two yields of deadlinesInSteps: a few milliseconds, and under 40 ms in the browser
 * preview on a busy 2-core machine (figure 9).
 */
export const DEADLINE_RIGHTS_PER_STEP = 1000;

/**
 * deadlines as a generator: yields the number of rights done every DEADLINE_RIGHTS_PER_STEP rights, so
 * a caller can let the page repaint and take a Cancel; returns the same list. The rights are sorted by
 * ID first (yielding 0 rights done meanwhile). A run makes the same rows with the projection instead
 * (DeadlineRows, handed each right's schedule).
 * @example
 * const listing = deadlinesInSteps(rights, settings);
 * let step = listing.next();
 * while (!step.done) step = listing.next();
 * step.value[0].status //=> "grace"
 */
export function* deadlinesInSteps(
  rights: readonly PortfolioRight[],
  settings: ProjectionSettings,
  rules: CnRules = CN_RULES
): Generator<number, DeadlineRow[], void> {
  // The rows are made in ID order, so the urgency sort (stable) leaves rows of the same urgency and day
  // in ID order without comparing IDs: comparing them there, string against string from all over the
  // heap, was 100-200 ms of a 100,000-right run.
  const byId = yield* idOrderInSteps(rights);
  // A right the rules cannot schedule is left out here; projectPortfolio reports it on its row.
  const made = new DeadlineRows(settings, rules);
  // A step of rights at a time, by a plain function (V8 optimises a loop there, not inside a running
  // generator).
  const addRights = (from: number, to: number) => {
    for (let index = from; index < to; index += 1) made.addRight(rights[byId[index]]);
  };
  for (let from = 0; from < rights.length; from += DEADLINE_RIGHTS_PER_STEP) {
    const to = Math.min(from + DEADLINE_RIGHTS_PER_STEP, rights.length);
    addRights(from, to);
    if (to % DEADLINE_RIGHTS_PER_STEP === 0) yield to;
  }
  return yield* made.orderedInSteps(rights.length);
}

/** Rows placed between two pauses of the urgency sort (a few milliseconds of work each). */
export const URGENCY_ROWS_PER_STEP = 50_000;

/** Runs of rows with the same urgency and day up to this length are ordered by moving rows one by one. */
const SMALL_RUN = 32;

/** Widest span of days a counting sort is used for; wider (unusual dates) falls back to comparisons. */
const MAX_COUNTED_DAYS = 400_000;

/**
 * The order of rows by (urgency, day, id), equal rows in their given order (a stable sort), as row
 * indexes; rows without a day go last within their urgency. A stable counting sort on (urgency, day),
 * then runs with the same urgency and day (a handful of rows each) ordered by id: the comparison sort of
 * 100,000 rows it replaced was about 300 ms of each run. With `ids` undefined the rows are taken as
 * given in ID order already, which the stable sort keeps. Pauses after every `perStep` rows visited.
 * @example runSteps(urgencyOrderInSteps([1, 0, 1], [5, 9, 5], ["B", "C", "A"])) //=> [1, 2, 0]
 * @example runSteps(urgencyOrderInSteps([1, 0, 1], [5, 9, 5], undefined)) //=> [1, 0, 2]
 */
export function* urgencyOrderInSteps(
  urgency: readonly number[],
  days: readonly (DayNumber | undefined)[],
  ids: readonly string[] | undefined,
  perStep = URGENCY_ROWS_PER_STEP
): Generator<number, number[], void> {
  const n = urgency.length;
  // Every loop over the rows is a plain function: V8 optimises a loop there, not inside a running
  // generator (this one runs once per run, over 100,000 rows, before any of it is optimised).
  const { first, span, levels, countable } = dayRange(urgency, days);
  if (!countable) {
    const key = (i: number) => days[i] ?? Number.MAX_SAFE_INTEGER;
    const byId =
      ids === undefined ? () => 0 : (a: number, b: number) => compareText(ids[a], ids[b]);
    return yield* sortInSteps(
      Array.from({ length: n }, (_, i) => i),
      (a, b) => urgency[a] - urgency[b] || key(a) - key(b) || byId(a, b) || a - b
    );
  }
  const slot = new Int32Array(n);
  const starts = slotStarts(urgency, days, first, span, levels, slot);
  const order: number[] = new Array<number>(n);
  for (let from = 0; from < n; from += perStep) {
    const to = Math.min(from + perStep, n);
    place(order, slot, starts, from, to);
    if (to % perStep === 0) yield to;
  }
  if (ids === undefined) return order;
  let visited = n;
  let nextPause = visited + perStep;
  // Rows with the same urgency and day, ordered by id (equal ids kept in their order): a few rows each are
  // moved into place; a large run (rows with no day, all "abandoned" say) is ordered in steps.
  for (let start = 0; start < n;) {
    const end = runEnd(order, slot, start, n);
    let stop = end;
    if (end - start > SMALL_RUN) {
      const run = yield* orderByTextInSteps(order.slice(start, end), ids);
      copyInto(order, run, start);
    } else stop = orderSmallRuns(order, slot, ids, start, n, nextPause - visited);
    visited += stop - start;
    if (visited >= nextPause) {
      nextPause = visited + perStep;
      yield visited;
    }
    start = stop;
  }
  return order;
}

/** The first day, the days counted (one slot per day and one after the last for rows without a day), the urgencies. */
function dayRange(
  urgency: readonly number[],
  days: readonly (DayNumber | undefined)[]
): { first: number; span: number; levels: number; countable: boolean } {
  let first = Infinity;
  let last = -Infinity;
  let levels = 0;
  for (let i = 0; i < urgency.length; i += 1) {
    const day = days[i];
    if (day !== undefined) {
      if (day < first) first = day;
      if (day > last) last = day;
    }
    if (urgency[i] + 1 > levels) levels = urgency[i] + 1;
  }
  if (first === Infinity) first = last = 0;
  const span = last - first + 2;
  const countable = span <= MAX_COUNTED_DAYS && Number.isInteger(first) && Number.isInteger(last);
  return { first, span, levels, countable };
}

/** Each row's slot (urgency, then day), and where each slot's rows start in the order (a counting sort). */
function slotStarts(
  urgency: readonly number[],
  days: readonly (DayNumber | undefined)[],
  first: number,
  span: number,
  levels: number,
  slot: Int32Array
): Int32Array {
  const starts = new Int32Array(levels * span + 1);
  for (let i = 0; i < slot.length; i += 1) {
    const day = days[i];
    slot[i] = urgency[i] * span + (day === undefined ? span - 1 : day - first);
    starts[slot[i] + 1] += 1;
  }
  for (let s = 1; s < starts.length; s += 1) starts[s] += starts[s - 1];
  return starts;
}

/** Places rows `from` to `to` (excluded) after the rows of their slot placed before them (stable). */
function place(order: number[], slot: Int32Array, starts: Int32Array, from: number, to: number) {
  for (let i = from; i < to; i += 1) order[starts[slot[i]]++] = i;
}

/** Writes `items` into `order` from `start` on. */
function copyInto(order: number[], items: readonly number[], start: number) {
  for (let k = 0; k < items.length; k += 1) order[start + k] = items[k];
}

/** The end of the run of rows from `start` in the same slot. */
function runEnd(order: number[], slot: Int32Array, start: number, n: number): number {
  let end = start + 1;
  while (end < n && slot[order[end]] === slot[order[start]]) end += 1;
  return end;
}

/**
 * Orders runs of a few rows by id from `start` (moving rows one by one, equal ids kept in their order),
 * stopping before a large run, or once `budget` rows are done; returns where it stopped.
 */
function orderSmallRuns(
  order: number[],
  slot: Int32Array,
  ids: readonly string[],
  start: number,
  n: number,
  budget: number
): number {
  let at = start;
  while (at < n) {
    const end = runEnd(order, slot, at, n);
    if (end - at > SMALL_RUN) break;
    for (let i = at + 1; i < end; i += 1)
      for (let j = i; j > at && compareText(ids[order[j]], ids[order[j - 1]]) < 0; j -= 1)
        [order[j], order[j - 1]] = [order[j - 1], order[j]];
    at = end;
    if (at - start >= budget) break;
  }
  return at;
}
