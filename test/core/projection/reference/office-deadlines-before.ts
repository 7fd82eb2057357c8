// officeDeadlinesInSteps as it was before session 14 (commit f095b4f): each right's schedule made here,
// in the order of the list, though the projection has just made the same. The oracle of
// office-deadline-rows-equality.test.ts.
import { isDomainError } from "../../../../src/core/errors/domain-error";
import { Money } from "../../../../src/core/money/money";
import { FeeLine } from "../../../../src/core/offices/office-pack";
import { packOf } from "../../../../src/core/offices/registry";
import { OfficePortfolioRight } from "../../../../src/core/portfolio/read-portfolio";
import {
  OFFICE_DEADLINE_RIGHTS_PER_STEP,
  OfficeDeadlineRow,
  restorationOf,
} from "../../../../src/core/projection/office-deadlines";
import { openFreeDay, openLastDays } from "../../../../src/core/projection/office-open-days";
import { officeScheduleOf } from "../../../../src/core/projection/office-schedule";
import { compareText } from "../../../../src/core/projection/project";
import { runningSums } from "../../../../src/core/projection/running-sums";
import { ProjectionSettings } from "../../../../src/core/projection/settings";

const URGENCY: Record<OfficeDeadlineRow["status"], number> = {
  grace: 0,
  upcoming: 1,
  lapsed: 2,
  "paid-to-term-end": 3,
  abandoned: 5,
};

export function* officeDeadlinesBefore(
  rights: readonly OfficePortfolioRight[],
  settings: ProjectionSettings
): Generator<number, OfficeDeadlineRow[], void> {
  const rows: OfficeDeadlineRow[] = [];
  // A pack gives one Money per fee, so rights add the same amounts in the same few sequences: each sum
  // is remembered per pair (sum so far, amount) instead of made anew, a Decimal per unpaid fee.
  const add = runningSums();
  const zero = new Money(0);
  const total = (list: FeeLine[]) => {
    let sum = zero;
    for (const line of list) if (line.amount) sum = add(sum, line.amount);
    return sum;
  };
  let done = 0;
  for (const right of rights) {
    done += 1;
    if (done % OFFICE_DEADLINE_RIGHTS_PER_STEP === 0) yield done;
    const pack = packOf(right.office);
    if (!pack) continue;
    const base = {
      sourceRow: right.row,
      id: right.id,
      owner: right.owner,
      office: right.office,
      kind: right.kind,
      currency: pack.currency,
      costToTermEnd: new Money(0),
    };
    if (right.status === "abandoned" || right.status === "lapsed") {
      rows.push({ ...base, status: right.status });
      continue;
    }
    let lines: FeeLine[];
    try {
      ({ lines } = officeScheduleOf(right, settings.asOf, pack));
    } catch (error) {
      // Reported on its row by the projection.
      if (!isDomainError(error)) throw error;
      continue;
    }
    const unpaid = lines.filter((line) =>
      right.lastPaidYear !== undefined
        ? line.year > right.lastPaidYear
        : openFreeDay(right.office, line) >= settings.asOf
    );
    const next = unpaid[0];
    if (!next) {
      rows.push({ ...base, status: "paid-to-term-end" });
      continue;
    }
    const open = openLastDays(right.office, next);
    const lastFreeDay = open.free;
    const formalFree = next.freeUntil ?? next.due;
    const row: OfficeDeadlineRow = {
      ...base,
      status: "upcoming",
      year: next.year,
      due: next.due,
      lastFreeDay,
      lastDay: open.last,
      fee: next.amount,
      feeMissing: next.missing,
      closures: open.calendar,
      ...(formalFree !== open.free ? { formalLastFreeDay: formalFree } : {}),
      ...(next.lastDay !== open.last ? { formalLastDay: next.lastDay } : {}),
    };
    if (lastFreeDay >= settings.asOf) {
      row.costToTermEnd = total(unpaid);
    } else if (open.last !== undefined && open.last >= settings.asOf) {
      row.status = "grace";
      row.costToTermEnd = total(unpaid);
      if (next.amount !== undefined) {
        try {
          // Paid on an open day after a closed formal last day: the surcharge of that last day.
          row.surcharge = pack.lateFee(
            next.amount,
            next.due,
            Math.min(settings.asOf, next.lastDay ?? settings.asOf),
            right.entity || undefined
          );
        } catch (error) {
          if (!isDomainError(error)) throw error;
        }
      }
    } else {
      row.status = "lapsed";
      Object.assign(row, restorationOf(right, next, open, settings.asOf));
    }
    rows.push(row);
  }
  const when = (row: OfficeDeadlineRow) =>
    (row.status === "grace" ? row.lastDay : row.due) ?? Number.MAX_SAFE_INTEGER;
  // Keys taken once per row, not twice per comparison; a stable sort as before.
  const urgency = rows.map((row) => URGENCY[row.status]);
  const day = rows.map(when);
  const order = rows.map((_, index) => index);
  order.sort(
    (a, b) =>
      urgency[a] - urgency[b] || day[a] - day[b] || compareText(rows[a].id, rows[b].id) || a - b
  );
  return order.map((index) => rows[index]);
}
