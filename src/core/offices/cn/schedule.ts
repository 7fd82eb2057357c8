import { DayNumber, dayToIso } from "../../dates/civil";
import { DomainError, isDomainError } from "../../errors/domain-error";
import { Money } from "../../money/money";
import { annualFeeInTerm } from "./annual-fee";
import { annuityYearOf, annuityYearStart } from "./annuity-year";
import { registrationDeadline } from "./deadlines";
import { shiftToWorkingDay } from "./holiday-calendar";
import { isYearReduced, payableAfterReduction } from "./reduction";
import { RightKind } from "./right-kind";
import { CN_RULES, CnRules } from "./rules";
import { termEnd, termYears } from "./term";

export interface ScheduleRequest {
  kind: RightKind;
  filing: DayNumber;
  /** The date of the notice to grant and register (办理登记手续通知书). */
  grant?: DayNumber;
  /** The reduction as a fraction (see parseReduction); 0 for none. */
  reduction?: Money;
  shiftToWorkday?: boolean;
}

export interface ScheduleRow {
  year: number;
  due: DayNumber;
  fee: Money;
  /** What is paid after the reduction, or why it cannot be computed for this year. */
  payable: Money | DomainError;
  reduced: boolean;
}

/**
 * The annuity schedule of a right: one row per annuity year to the end of the term, starting with the
 * grant year when a grant date is given (no annual fee is due before grant). The grant year's fee is due
 * at the registration deadline; later years on their anniversaries. A reduction applies only to the years
 * its rule covers (10 years from the grant year since 2018-08-01), so it needs the grant date.
 *
 * Seed 003: filed 1997-06-03, granted 2001-08-01 → the grant year is year 5 (paid at registration) and
 * the year-6 fee is due 2002-06-03.
 * @example annuitySchedule({ kind: "invention", filing: dayFromCivil(1997, 6, 3), grant: dayFromCivil(2001, 8, 1) })[1].year //=> 6
 */
/** Rows a caller needs: years from `fromYear`, due in [dueFrom, dueBefore). Others are not computed. */
export interface ScheduleWindow {
  fromYear?: number;
  dueFrom?: DayNumber;
  dueBefore?: DayNumber;
  /** Rows from the first year whose due date, moved off a rest day, is on or after this day. */
  legallyDueFrom?: DayNumber;
}

export function annuitySchedule(
  request: ScheduleRequest,
  rules: CnRules = CN_RULES,
  span: ScheduleWindow = {}
): ScheduleRow[] {
  const rows = new RowList();
  annuityScheduleInto(rows, request, rules, span);
  return rows.rows;
}

/** Takes the rows of a schedule one by one: a caller that needs only some of them makes no object for the others. */
export interface ScheduleRowSink {
  add(
    year: number,
    due: DayNumber,
    fee: Money,
    payable: Money | DomainError,
    reduced: boolean
  ): void;
}

class RowList implements ScheduleRowSink {
  readonly rows: ScheduleRow[] = [];
  add(year: number, due: DayNumber, fee: Money, payable: Money | DomainError, reduced: boolean) {
    this.rows.push({ year, due, fee, payable, reduced });
  }
}

/** annuitySchedule's rows, handed to `sink` in order instead of made into objects; the same errors. */
export function annuityScheduleInto(
  sink: ScheduleRowSink,
  request: ScheduleRequest,
  rules: CnRules = CN_RULES,
  span: ScheduleWindow = {}
): void {
  const { kind, filing, grant, shiftToWorkday } = request;
  const reduction = request.reduction ?? new Money(0);
  if (!reduction.isZero() && grant === undefined) {
    throw new DomainError(
      "reduction-needs-grant",
      "grantDate",
      "A reduction covers only the years from the grant year on: give the grant date (date of the notice to grant) too."
    );
  }
  const lastYear = termYears(kind, filing, rules);
  let grantYear = 1;
  if (grant !== undefined) {
    if (grant > termEnd(kind, filing, rules)) {
      throw new DomainError(
        "date-order",
        "grantDate",
        `grantDate ${dayToIso(grant)} is after the end of the term.`
      );
    }
    grantYear = annuityYearOf(filing, grant, "grantDate");
  }
  const fromYear = span.fromYear ?? 1;
  const dueFrom = span.dueFrom ?? -Infinity;
  const dueBefore = span.dueBefore ?? Infinity;
  const dueOptions = { shiftToWorkday, rules }; // one for every year: read only
  const reduces = !reduction.isZero();
  const legallyDueFrom = span.legallyDueFrom;
  let reached = legallyDueFrom === undefined;
  // Every year of the loop is a whole year of the term (grantYear ≥ 1, lastYear its last): the due date
  // and the fee are found without checking the term again for each year, as dueDate and annualFeeAmount do.
  for (let year = grantYear; year <= lastYear; year += 1) {
    let due: DayNumber;
    if (grant !== undefined && year === grantYear) due = registrationDeadline(grant, dueOptions);
    else {
      due = annuityYearStart(filing, year);
      if (shiftToWorkday) due = shiftToWorkingDay(rules.holidays, due);
    }
    // Every year is still priced (a fee the data cannot price throws, as before); rows outside the
    // window skip the reduction, whose errors only matter on rows that are kept.
    const fee = annualFeeInTerm(kind, year, rules, due);
    if (!reached) reached = shiftToWorkingDay(rules.holidays, due) >= legallyDueFrom!;
    if (!reached || year < fromYear || due < dueFrom || due >= dueBefore) continue;
    let payable: Money | DomainError = fee;
    let reduced = false;
    if (reduces) {
      try {
        reduced = isYearReduced(year, grantYear, due, rules);
        if (reduced) payable = payableAfterReduction(fee, reduction);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        payable = error; // e.g. a fee due before the first reduction rule in the data
      }
    }
    sink.add(year, due, fee, payable, reduced);
  }
}

/**
 * The sum of the payable fees still to pay: every year of the schedule whose due date is on or after
 * `asOf`. Full-term sums (docs/offices/cn.md): invention 82,300; utility 11,200; design
 * filed from 2021-06-01 26,200.
 * @example costToExpiry({ kind: "utility", filing: dayFromCivil(2020, 1, 1) }, dayFromCivil(2020, 1, 1)).toString() //=> "11200"
 */
export function costToExpiry(
  request: ScheduleRequest,
  asOf: DayNumber,
  rules: CnRules = CN_RULES
): Money {
  let total = new Money(0);
  for (const row of annuitySchedule(request, rules)) {
    if (row.due < asOf) continue;
    if (isDomainError(row.payable)) throw row.payable;
    total = total.plus(row.payable);
  }
  return total;
}
