import { NextPayment, PaymentStatus, shiftedIf } from "../offices/cn/next-payment";
import { RightKind } from "../offices/cn/right-kind";
import { CN_RULES, CnRules } from "../offices/cn/rules";
import { DayNumber } from "../dates/civil";
import { isDomainError } from "../errors/domain-error";
import { Money } from "../money/money";
import { PortfolioRight } from "../portfolio/read-portfolio";
import { mapSteps, runSteps } from "../table/steps";
import { sortInSteps } from "../table/sort-in-steps";
import { compareText } from "./project";
import { standingOf } from "./right-standing";
import { scheduleOfRight } from "./right-schedule";
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

function rowsOf(
  right: PortfolioRight,
  settings: ProjectionSettings,
  rules: CnRules,
  shared: (amount: Money) => Money = (amount) => amount
): DeadlineRow[] {
  const base = {
    sourceRow: right.row,
    id: right.id,
    owner: right.owner,
    kind: right.kind,
    costToTermEnd: shared(new Money(0)),
  };
  if (right.status === "abandoned") return [{ ...base, status: "abandoned" }];
  // The ledger says lapsed: we do not know which fee was missed or when, so we claim no dates.
  if (right.status === "lapsed") return [{ ...base, status: "lapsed" }];
  const standing = standingOf(right, settings.asOf, rules);
  const { payment } = standing;
  if (payment.year === undefined) return [{ ...base, status: payment.status }];
  const { rows } = scheduleOfRight(right, settings.asOf, false, rules, {
    fromYear: standing.lastYearPaid + 1,
  });
  const payable = (value: Money | Error | undefined) =>
    value === undefined || isDomainError(value) ? new Money(0) : (value as Money);
  const lapsed = payment.status === "lapsed" || payment.status === "registration-missed";
  const costToTermEnd = shared(
    lapsed ? new Money(0) : rows.reduce((sum, row) => sum.plus(payable(row.payable)), new Money(0))
  );
  const shown = (day: DayNumber | undefined) => shiftedIf(day, settings.shiftToWorkday, rules);
  const rowOf = (p: NextPayment): DeadlineRow => ({
    ...base,
    status: p.status,
    year: p.year,
    due: shown(p.due),
    fee: isDomainError(p.payable) ? undefined : p.payable,
    feeProblem: isDomainError(p.payable) ? p.payable.message : undefined,
    surcharge: p.status === "grace" ? p.surcharge : undefined,
    lastDay: shown(p.lastDay),
    restorationCost: p.restoration?.cost,
    restorationByNotice: shown(p.restoration?.byNotice),
    restorationBy: shown(p.restoration?.forceMajeureBy),
    costToTermEnd,
  });
  const list = [rowOf(payment)];
  if (standing.alsoDue) list.unshift(rowOf(standing.alsoDue));
  return list;
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
 * a caller can let the page repaint and take a Cancel; returns the same list.
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
  // A right the rules cannot schedule is left out here; projectPortfolio reports it on its row.
  const rows: DeadlineRow[] = [];
  // A right's cost to the end of its term is one of a few thousand sums: each is one Money, shared by
  // the rights it is the sum of (a Decimal per right was about 13 MB at 100,000 rights). Immutable.
  const amounts = new Map<string, Money>();
  const shared = (amount: Money): Money => {
    const key = amount.isZero() && amount.isNegative() ? "-0" : amount.toString();
    let one = amounts.get(key);
    if (one === undefined) amounts.set(key, (one = amount));
    return one;
  };
  for (let index = 0; index < rights.length; index += 1) {
    try {
      for (const row of rowsOf(rights[index], settings, rules, shared)) rows.push(row);
    } catch (error) {
      if (!isDomainError(error)) throw error;
    }
    if ((index + 1) % DEADLINE_RIGHTS_PER_STEP === 0) yield index + 1;
  }
  // Rows without a date (a lapse known only from the ledger) go last within their status.
  const when = (row: DeadlineRow) =>
    (row.status === "grace"
      ? row.lastDay
      : row.status === "lapsed" || row.status === "registration-missed"
        ? row.restorationBy
        : row.due) ?? Number.MAX_SAFE_INTEGER;
  // The keys are taken once per row, not twice per comparison: the sort of 100,000 rows makes ~1.7
  // million comparisons. Equal rows keep the rights' order, as the old stable sort kept them.
  const urgency = new Float64Array(rows.length);
  const day = new Float64Array(rows.length);
  const ids = rows.map((row) => row.id);
  rows.forEach((row, index) => {
    urgency[index] = URGENCY[row.status];
    day[index] = when(row);
  });
  // Sorted in steps too: one sort of 100,000 rows is a task of several hundred ms in a busy browser.
  const order = yield* mapSteps(
    sortInSteps(
      rows.map((_, index) => index),
      (a, b) => urgency[a] - urgency[b] || day[a] - day[b] || compareText(ids[a], ids[b]) || a - b
    ),
    () => rights.length
  );
  return order.map((index) => rows[index]);
}
