import { GRACE_MONTHS } from "../offices/cn/deadlines";
import { shiftToWorkingDay } from "../offices/cn/holiday-calendar";
import { lateFee, lateFeeBandOn } from "../offices/cn/late-fee";
import { RightKind } from "../offices/cn/right-kind";
import { CN_RULES, CnRules } from "../offices/cn/rules";
import { termEnd } from "../offices/cn/term";
import { DayNumber, addMonthsClamped, addYearsClamped } from "../dates/civil";
import { isFeeError } from "../errors/fee-error";
import { Money } from "../money/money";
import { PortfolioRight } from "../portfolio/read-portfolio";
import { compareText } from "./project";
import { scheduleOfRight } from "./right-schedule";
import { ProjectionSettings } from "./settings";

/**
 * Where a right stands on the as-of date:
 * - `grace`: the next fee is overdue but still payable with a surcharge until `lastDay`: pay now;
 * - `upcoming`: the next fee is due on `due`;
 * - `lapsed`: the grace period has passed (restoration may still be requested: `restorationBy`);
 * - `paid-to-term-end`, `expired`, `abandoned`: nothing to pay.
 */
export type DeadlineStatus =
  "grace" | "upcoming" | "lapsed" | "paid-to-term-end" | "expired" | "abandoned";

export interface DeadlineRow {
  sourceRow: number;
  id: string;
  owner: string;
  kind: RightKind;
  status: DeadlineStatus;
  year?: number;
  due?: DayNumber;
  /** What the next fee costs after the reduction, without surcharge. */
  fee?: Money;
  /** The surcharge if paid on the as-of date (on the full fee, 实施细则 2023 Art. 115). */
  surcharge?: Money;
  /** The last day to pay with a surcharge. */
  lastDay?: DayNumber;
  /** The outer limit for a restoration request (force majeure: 2 years after the missed deadline). */
  restorationBy?: DayNumber;
  /** Every fee still unpaid from the next one to the end of the term, after reductions. */
  costToTermEnd: Money;
}

const URGENCY: Record<DeadlineStatus, number> = {
  grace: 0,
  upcoming: 1,
  lapsed: 2,
  "paid-to-term-end": 3,
  expired: 4,
  abandoned: 5,
};

/** Force majeure restoration: at most 2 years after the missed deadline (专利法实施细则 Art. 6). */
const RESTORATION_OUTER_YEARS = 2;

function deadlineOf(
  right: PortfolioRight,
  settings: ProjectionSettings,
  rules: CnRules
): DeadlineRow {
  const base = {
    sourceRow: right.row,
    id: right.id,
    owner: right.owner,
    kind: right.kind,
    costToTermEnd: new Money(0),
  };
  if (right.status === "abandoned") return { ...base, status: "abandoned" };
  // The ledger says lapsed: we do not know which fee was missed or when, so we claim no dates.
  if (right.status === "lapsed") return { ...base, status: "lapsed" };
  if (termEnd(right.kind, right.filing, rules) < settings.asOf)
    return { ...base, status: "expired" };
  const { rows } = scheduleOfRight(
    right,
    settings.asOf,
    settings.shiftToWorkday,
    rules,
    right.lastPaidYear !== undefined
      ? { fromYear: right.lastPaidYear + 1 }
      : { dueFrom: settings.asOf }
  );
  // Without a "last year paid" column the ledger is taken as paid up: the next fee is the first not yet due.
  const unpaid = rows.filter((row) =>
    right.lastPaidYear !== undefined ? row.year > right.lastPaidYear : row.due >= settings.asOf
  );
  const next = unpaid[0];
  if (!next) return { ...base, status: "paid-to-term-end" };
  const payable = (value: Money | Error) => (isFeeError(value) ? new Money(0) : (value as Money));
  const costToTermEnd = unpaid.reduce((sum, row) => sum.plus(payable(row.payable)), new Money(0));
  const formalGraceEnd = addMonthsClamped(next.due, GRACE_MONTHS);
  const lastDay = settings.shiftToWorkday
    ? shiftToWorkingDay(rules.holidays, formalGraceEnd)
    : formalGraceEnd;
  const row = {
    ...base,
    year: next.year,
    due: next.due,
    fee: payable(next.payable),
    lastDay,
    costToTermEnd,
  };
  if (settings.asOf > lastDay) {
    return {
      ...row,
      status: "lapsed",
      restorationBy: addYearsClamped(formalGraceEnd, RESTORATION_OUTER_YEARS),
    };
  }
  if (next.due >= settings.asOf) return { ...row, status: "upcoming" };
  // Band edges are formal dates; a holiday-shifted last day past the sixth month still pays the 25% band.
  let rate: Money;
  try {
    rate = lateFeeBandOn(next.due, settings.asOf, rules).rate;
  } catch {
    rate = new Money("0.25");
  }
  return { ...row, status: "grace", surcharge: lateFee(next.fee, rate) };
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
  // A right the rules cannot schedule is left out here; projectPortfolio reports it on its row.
  const rows = rights.flatMap((right) => {
    try {
      return [deadlineOf(right, settings, rules)];
    } catch (error) {
      if (!isFeeError(error)) throw error;
      return [];
    }
  });
  // Rows without a date (a lapse known only from the ledger) go last within their status.
  const when = (row: DeadlineRow) =>
    (row.status === "grace"
      ? row.lastDay
      : row.status === "lapsed"
        ? row.restorationBy
        : row.due) ?? Number.MAX_SAFE_INTEGER;
  return rows.sort(
    (a, b) => URGENCY[a.status] - URGENCY[b.status] || when(a) - when(b) || compareText(a.id, b.id)
  );
}
