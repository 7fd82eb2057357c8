import { CN_RULES, CnRules } from "../cn/rules";
import { RightKind } from "../cn/right-kind";
import { DayNumber, addYearsClamped, dayToIso } from "../dates/civil";
import { isFeeError } from "../errors/fee-error";
import { Money } from "../money";
import { PortfolioRight, RowIssue } from "../portfolio/read-portfolio";
import { convert } from "./currency";
import { fiscalYearOf } from "./fiscal-year";
import { ScheduleBasis, scheduleOfRight } from "./right-schedule";
import { ProjectionSettings } from "./settings";

/** One payment in the projection: a right's annual fee for one annuity year. */
export interface ProjectionRow {
  sourceRow: number;
  id: string;
  owner: string;
  kind: RightKind;
  year: number;
  due: DayNumber;
  fiscalYear: number;
  fee: Money;
  /** The reduction applied to this year (0 when the year is outside the reduction window). */
  reduction: Money;
  payable: Money;
  converted: Money;
  basis: ScheduleBasis;
}

/**
 * The payments of the horizon: for each pending or granted right, every annuity year whose fee falls due
 * on or after the as-of date and before the horizon ends, skipping years the ledger says are paid.
 * Lapsed and abandoned rights have no future fees (they are listed on the Deadlines sheet).
 */
export function projectPortfolio(
  rights: readonly PortfolioRight[],
  settings: ProjectionSettings,
  rules: CnRules = CN_RULES
): { rows: ProjectionRow[]; issues: RowIssue[] } {
  const horizonEnd = addYearsClamped(settings.asOf, settings.horizonYears);
  const rows: ProjectionRow[] = [];
  const issues: RowIssue[] = [];
  for (const right of rights) {
    if (right.status === "lapsed" || right.status === "abandoned") continue;
    let scheduled: ReturnType<typeof scheduleOfRight>;
    try {
      scheduled = scheduleOfRight(right, settings.asOf, settings.shiftToWorkday, rules);
    } catch (error) {
      // One right the rules cannot schedule is reported on its row; the others are still projected.
      if (!isFeeError(error)) throw error;
      issues.push({
        sheet: "",
        row: right.row,
        column: "",
        header: "",
        kind: "error",
        message: `${right.id}: ${error.message}`,
      });
      continue;
    }
    const { rows: schedule, basis } = scheduled;
    for (const entry of schedule) {
      if (entry.due < settings.asOf || entry.due >= horizonEnd) continue;
      if (right.lastPaidYear !== undefined && entry.year <= right.lastPaidYear) continue;
      if (isFeeError(entry.payable)) {
        issues.push({
          sheet: "",
          row: right.row,
          column: "",
          header: "",
          kind: "error",
          message: `${right.id}, year ${entry.year} (due ${dayToIso(entry.due)}): ${entry.payable.message}`,
        });
        continue;
      }
      rows.push({
        sourceRow: right.row,
        id: right.id,
        owner: right.owner,
        kind: right.kind,
        year: entry.year,
        due: entry.due,
        fiscalYear: fiscalYearOf(entry.due, settings.fiscalYearStartMonth),
        fee: entry.fee,
        reduction: entry.reduced ? right.reduction : new Money(0),
        payable: entry.payable,
        converted: convert(entry.payable, settings.currency),
        basis,
      });
    }
  }
  rows.sort((a, b) => a.due - b.due || compareText(a.id, b.id) || a.year - b.year);
  return { rows, issues };
}

/** Stable, locale-independent ordering of IDs, so output does not depend on the machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
