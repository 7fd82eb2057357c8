// annuitySchedule as it was before session 8 (commit d93958d): the oracle of standing-equality.test.ts.
import { DayNumber, dayToIso } from "../../../../src/core/dates/civil";
import { DomainError, isDomainError } from "../../../../src/core/errors/domain-error";
import { Money } from "../../../../src/core/money/money";
import { annualFee } from "../../../../src/core/offices/cn/annual-fee";
import { annuityYearOf } from "../../../../src/core/offices/cn/annuity-year";
import { dueDate, registrationDeadline } from "../../../../src/core/offices/cn/deadlines";
import { isYearReduced, payableAfterReduction } from "../../../../src/core/offices/cn/reduction";
import { RightKind } from "../../../../src/core/offices/cn/right-kind";
import { CN_RULES, CnRules } from "../../../../src/core/offices/cn/rules";
import { termEnd, termYears } from "../../../../src/core/offices/cn/term";

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
}

export function annuityScheduleBefore(
  request: ScheduleRequest,
  rules: CnRules = CN_RULES,
  span: ScheduleWindow = {}
): ScheduleRow[] {
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
  const rows: ScheduleRow[] = [];
  const fromYear = span.fromYear ?? 1;
  const dueFrom = span.dueFrom ?? -Infinity;
  const dueBefore = span.dueBefore ?? Infinity;
  for (let year = grantYear; year <= lastYear; year += 1) {
    const due =
      grant !== undefined && year === grantYear
        ? registrationDeadline(grant, { shiftToWorkday, rules })
        : dueDate(kind, filing, year, { shiftToWorkday, rules });
    // Every year is still priced (a fee the data cannot price throws, as before); rows outside the
    // window skip the reduction, whose errors only matter on rows that are kept.
    const fee = annualFee(kind, filing, year, rules, due).amount;
    if (year < fromYear || due < dueFrom || due >= dueBefore) continue;
    let payable: Money | DomainError = fee;
    let reduced = false;
    if (!reduction.isZero()) {
      try {
        reduced = isYearReduced(year, grantYear, due, rules);
        if (reduced) payable = payableAfterReduction(fee, reduction);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        payable = error; // e.g. a fee due before the first reduction rule in the data
      }
    }
    rows.push({ year, due, fee, payable, reduced });
  }
  return rows;
}

/**
 * The sum of the payable fees still to pay: every year of the schedule whose due date is on or after
 * `asOf`. Full-term sums (docs/offices/cn.md): invention 82,300; utility 11,200; design
 * filed from 2021-06-01 26,200.
 * @example costToExpiry({ kind: "utility", filing: dayFromCivil(2020, 1, 1) }, dayFromCivil(2020, 1, 1)).toString() //=> "11200"
 */
