import { CN_RULES, CnRules } from "../offices/cn/rules";
import { RightKind } from "../offices/cn/right-kind";
import { DayNumber, addYearsClamped, dayToIso } from "../dates/civil";
import { isFeeError } from "../errors/fee-error";
import { Money } from "../money/money";
import { PortfolioRight } from "../portfolio/read-portfolio";
import { convert } from "./currency";
import { fiscalYearOf } from "./fiscal-year";
import { ScheduleBasis, scheduleOfRight } from "./right-schedule";
import { ProjectionSettings } from "./settings";
import { RowIssue } from "../table/grid";

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
  const issueOf: number[] = [];
  const noReduction = new Money(0);
  // Rights in ID order: rows come out by (ID, year), so a stable counting sort by due day gives the order
  // (due, ID, year) without comparing strings per row.
  const byId = rights.map((_, i) => i).sort((a, b) => compareText(rights[a].id, rights[b].id));
  const converted = new Map<Money, Money>(); // payables are shared instances (payableAfterReduction)
  for (const index of byId) {
    const right = rights[index];
    if (right.status === "lapsed" || right.status === "abandoned") continue;
    let scheduled: ReturnType<typeof scheduleOfRight>;
    try {
      scheduled = scheduleOfRight(right, settings.asOf, settings.shiftToWorkday, rules, {
        fromYear: (right.lastPaidYear ?? 0) + 1,
        dueFrom: settings.asOf,
        dueBefore: horizonEnd,
      });
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
      issueOf.push(index);
      continue;
    }
    const { rows: schedule, basis } = scheduled;
    for (const entry of schedule) {
      if (isFeeError(entry.payable)) {
        issues.push({
          sheet: "",
          row: right.row,
          column: "",
          header: "",
          kind: "error",
          message: `${right.id}, year ${entry.year} (due ${dayToIso(entry.due)}): ${entry.payable.message}`,
        });
        issueOf.push(index);
        continue;
      }
      let value = converted.get(entry.payable);
      if (!value) converted.set(entry.payable, (value = convert(entry.payable, settings.currency)));
      rows.push({
        sourceRow: right.row,
        id: right.id,
        owner: right.owner,
        kind: right.kind,
        year: entry.year,
        due: entry.due,
        fiscalYear: fiscalYearOf(entry.due, settings.fiscalYearStartMonth),
        fee: entry.fee,
        reduction: entry.reduced ? right.reduction : noReduction,
        payable: entry.payable,
        converted: value,
        basis,
      });
    }
  }
  const sorted: ProjectionRow[] = new Array(rows.length);
  if (rows.length > 0) {
    let first = rows[0].due;
    let last = first;
    for (const row of rows) {
      if (row.due < first) first = row.due;
      if (row.due > last) last = row.due;
    }
    const starts = new Int32Array(last - first + 2);
    for (const row of rows) starts[row.due - first + 1] += 1;
    for (let i = 1; i < starts.length; i += 1) starts[i] += starts[i - 1];
    for (const row of rows) sorted[starts[row.due - first]++] = row;
    // Two rights with the same ID due the same day: order that run by year.
    for (let i = 1; i < sorted.length; i += 1) {
      for (
        let j = i;
        j > 0 &&
        sorted[j].due === sorted[j - 1].due &&
        sorted[j].id === sorted[j - 1].id &&
        sorted[j].year < sorted[j - 1].year;
        j -= 1
      ) {
        [sorted[j], sorted[j - 1]] = [sorted[j - 1], sorted[j]];
      }
    }
  }
  const issueOrder = issues.map((_, i) => i).sort((a, b) => issueOf[a] - issueOf[b]);
  return { rows: sorted, issues: issueOrder.map((i) => issues[i]) };
}

/** Stable, locale-independent ordering of IDs, so output does not depend on the machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
