import {
  annuityScheduleInto,
  ScheduleRow,
  ScheduleRowSink,
  ScheduleWindow,
} from "../offices/cn/schedule";
import { CN_RULES, CnRules } from "../offices/cn/rules";
import { termEnd } from "../offices/cn/term";
import { DayNumber } from "../dates/civil";
import { PortfolioRight } from "../portfolio/read-portfolio";

/** How the schedule of a right was obtained, printed beside its rows. */
export type ScheduleBasis = "granted" | "pending-assumed-grant";

/**
 * The annuity schedule of a portfolio right. A pending application has no annual fee yet; for budgets we
 * assume it is granted on the as-of date (or on filing, if that is later), unless the ledger already has
 * the date of the notice to grant. The basis says which, so the assumption is visible on every row.
 */
export function scheduleOfRight(
  right: PortfolioRight,
  asOf: DayNumber,
  shiftToWorkday: boolean,
  rules: CnRules = CN_RULES,
  window?: ScheduleWindow
): { rows: ScheduleRow[]; basis: ScheduleBasis } {
  const rows: ScheduleRow[] = [];
  const basis = scheduleOfRightInto(
    {
      add: (year, due, fee, payable, reduced) => {
        rows.push({ year, due, fee, payable, reduced });
      },
    },
    right,
    asOf,
    shiftToWorkday,
    rules,
    window
  );
  return { rows, basis };
}

/**
 * scheduleOfRight's rows handed to `sink` one by one (none for a pending application whose term has run
 * out); returns the basis. The same rows and errors: the projection takes them into columns it reuses
 * for every right instead of an object per right and year.
 */
export function scheduleOfRightInto(
  sink: ScheduleRowSink,
  right: PortfolioRight,
  asOf: DayNumber,
  shiftToWorkday: boolean,
  rules: CnRules,
  window?: ScheduleWindow
): ScheduleBasis {
  const assumeGrant = right.status === "pending" && right.grant === undefined;
  // A pending application whose term has already run out can no longer be granted: no fees.
  if (assumeGrant && asOf > termEnd(right.kind, right.filing, rules))
    return "pending-assumed-grant";
  const grant = assumeGrant ? Math.max(asOf, right.filing) : right.grant;
  annuityScheduleInto(
    sink,
    { kind: right.kind, filing: right.filing, grant, reduction: right.reduction, shiftToWorkday },
    rules,
    window
  );
  return assumeGrant ? "pending-assumed-grant" : "granted";
}
