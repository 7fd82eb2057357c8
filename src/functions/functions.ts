/* Custom functions of IP Cost Planner (namespace IP). Each is a few lines: read the arguments, call the
 * core, map errors. custom-functions-metadata-plugin turns the JSDoc below into functions.json and adds the
 * CustomFunctions.associate calls at build time; there are none written here. Parameters typed `unknown`
 * arrive untouched (metadata type "any"), so text dates, blanks and ranges get our own clear messages. */
import { annualFee } from "../core/offices/cn/annual-fee";
import { annuityYearOf } from "../core/offices/cn/annuity-year";
import { dueDate, graceEnd } from "../core/offices/cn/deadlines";
import { lateFee, lateFeeBandOn, lateFeeRateForMonths } from "../core/offices/cn/late-fee";
import { payableAfterReduction } from "../core/offices/cn/reduction";
import { annuitySchedule, costToExpiry } from "../core/offices/cn/schedule";
import { longestTermYears, termEnd } from "../core/offices/cn/term";
import { serialFromDay } from "../core/dates/excel-serial";
import { DomainError, isDomainError } from "../core/errors/domain-error";
import { moneyFromCell, yuanToCell } from "../core/money/money";
import { toCellError, forCell } from "./cell-errors";
import {
  isBlank,
  readDate,
  readFlag,
  readNumber,
  readOptionalDate,
} from "../core/table/cell-readers";
import { todayDay } from "./today";
import { subsidyCells } from "./subsidy-family";
import { readKind, readReduction } from "../core/offices/cn/cell-readers";

const AMOUNT_HELP = "an amount in CNY, 0 or more";

function readAmount(value: unknown) {
  const amount = readNumber(value, "amount", AMOUNT_HELP);
  if (amount < 0)
    throw new DomainError(
      "negative-amount",
      "amount",
      `amount ${amount} is negative: give ${AMOUNT_HELP}.`
    );
  return moneyFromCell(amount);
}

/**
 * The annual fee (年费) in CNY for one annuity year of a Chinese patent, after an optional fee reduction.
 * @customfunction CN_ANNUITY CN_ANNUITY
 * @helpurl https://localhost:3000/help/en/CN_ANNUITY.html
 * @param filingDate Filing date (申请日): a date, or text as yyyy-mm-dd.
 * @param year Annuity year, counted from the filing date (1 to 20 for inventions).
 * @param [kind] "invention" (default), "utility" or "design"; also 发明, 实用新型, 外观设计, 特許, 実用新案, 意匠.
 * @param [reduction] Fee reduction: 0.85 or 85 (one owner pays 15%), 0.7 or 70 (several pay 30%); default 0.
 * @returns The fee in CNY, rounded to the fen.
 */
export function cnAnnuity(
  filingDate: unknown,
  year: unknown,
  kind?: unknown,
  reduction?: unknown
): number {
  return forCell(() => {
    const filing = readDate(filingDate, "filingDate");
    const rightKind = readKind(kind);
    const fee = annualFee(
      rightKind,
      filing,
      readNumber(year, "year", "a whole annuity year such as 4")
    ).amount;
    return yuanToCell(payableAfterReduction(fee, readReduction(reduction)));
  });
}

/**
 * The late-payment surcharge (滞纳金) on an annual fee paid some months after its due date: none within one month, then 5% per started month up to 25%; more than 6 months late the right has lapsed.
 * @customfunction CN_LATEFEE CN_LATEFEE
 * @helpurl https://localhost:3000/help/en/CN_LATEFEE.html
 * @param amount The full (unreduced) annual fee in CNY.
 * @param monthsLate Months after the due date, e.g. 2.3 for 2 months and some days.
 * @returns The surcharge in CNY.
 */
export function cnLateFee(amount: unknown, monthsLate: unknown): number {
  return forCell(() => {
    const fee = readAmount(amount);
    const band = lateFeeRateForMonths(
      readNumber(monthsLate, "monthsLate", "a number of months, 0 or more")
    );
    return yuanToCell(lateFee(fee, band.rate));
  });
}

/**
 * The late-payment surcharge on an annual fee due on one date and paid on another, counting calendar months from the due date.
 * @customfunction CN_LATEFEE_ON CN_LATEFEE_ON
 * @helpurl https://localhost:3000/help/en/CN_LATEFEE_ON.html
 * @param amount The full (unreduced) annual fee in CNY.
 * @param dueDate The formal due date of the fee.
 * @param paidDate The date of payment.
 * @returns The surcharge in CNY.
 */
export function cnLateFeeOn(amount: unknown, dueDate: unknown, paidDate: unknown): number {
  return forCell(() => {
    const fee = readAmount(amount);
    const band = lateFeeBandOn(readDate(dueDate, "dueDate"), readDate(paidDate, "paidDate"));
    return yuanToCell(lateFee(fee, band.rate));
  });
}

/**
 * The due date of the annual fee for an annuity year: the anniversary of the filing date that starts that year. Format the cell as a date.
 * @customfunction CN_DUEDATE CN_DUEDATE
 * @helpurl https://localhost:3000/help/en/CN_DUEDATE.html
 * @param filingDate Filing date (申请日).
 * @param year Annuity year (1 to 20).
 * @param [shiftToWorkday] TRUE to move a due date on a weekend or Chinese public holiday to the next working day; default FALSE (the formal date).
 * @returns A date serial.
 */
export function cnDueDate(filingDate: unknown, year: unknown, shiftToWorkday?: unknown): number {
  return forCell(() => {
    const filing = readDate(filingDate, "filingDate");
    const annuityYear = readNumber(year, "year", "a whole annuity year such as 4");
    const shift = readFlag(shiftToWorkday, "shiftToWorkday");
    return serialFromDay(dueDate(undefined, filing, annuityYear, { shiftToWorkday: shift }));
  });
}

/**
 * The last day to pay the annual fee of an annuity year with a surcharge: six months after its due date. Format the cell as a date.
 * @customfunction CN_GRACE_END CN_GRACE_END
 * @helpurl https://localhost:3000/help/en/CN_GRACE_END.html
 * @param filingDate Filing date (申请日).
 * @param year Annuity year (1 to 20).
 * @param [shiftToWorkday] TRUE to move a deadline on a weekend or Chinese public holiday to the next working day; default FALSE.
 * @returns A date serial.
 */
export function cnGraceEnd(filingDate: unknown, year: unknown, shiftToWorkday?: unknown): number {
  return forCell(() => {
    const filing = readDate(filingDate, "filingDate");
    const annuityYear = readNumber(year, "year", "a whole annuity year such as 4");
    const shift = readFlag(shiftToWorkday, "shiftToWorkday");
    return serialFromDay(graceEnd(undefined, filing, annuityYear, { shiftToWorkday: shift }));
  });
}

/**
 * The annuity year (专利年度) that contains a date, counted from the filing date.
 * @customfunction CN_ANNUITY_YEAR CN_ANNUITY_YEAR
 * @helpurl https://localhost:3000/help/en/CN_ANNUITY_YEAR.html
 * @param filingDate Filing date (申请日).
 * @param date The date to place, on or after the filing date.
 * @returns The annuity year, from 1.
 */
export function cnAnnuityYear(filingDate: unknown, date: unknown): number {
  return forCell(() => {
    const filing = readDate(filingDate, "filingDate");
    const year = annuityYearOf(filing, readDate(date, "date"));
    const longest = longestTermYears(filing);
    if (year > longest) {
      throw new DomainError(
        "year-outside-term",
        "date",
        `date falls in year ${year}, after the longest term (${longest} years) of any right filed then.`
      );
    }
    return year;
  });
}

/**
 * The last day of the term of a Chinese patent: invention 20 years, utility model 10, design 10 (15 if filed on or after 2021-06-01). Format the cell as a date.
 * @customfunction CN_TERM_END CN_TERM_END
 * @helpurl https://localhost:3000/help/en/CN_TERM_END.html
 * @param filingDate Filing date (申请日).
 * @param [kind] "invention" (default), "utility" or "design".
 * @returns A date serial.
 */
export function cnTermEnd(filingDate: unknown, kind?: unknown): number {
  return forCell(() => serialFromDay(termEnd(readKind(kind), readDate(filingDate, "filingDate"))));
}

/**
 * The annuity schedule as a spilled table: year, due date, fee, payable after reduction; from the grant year when a grant date is given.
 * @customfunction CN_SCHEDULE CN_SCHEDULE
 * @helpurl https://localhost:3000/help/en/CN_SCHEDULE.html
 * @param filingDate Filing date (申请日).
 * @param [kind] "invention" (default), "utility" or "design".
 * @param [grantDate] Date of the notice to grant and register; the grant year's fee is due 2 months after its receipt.
 * @param [reduction] Fee reduction 0.85/85 or 0.7/70, applied to the 10 years from the grant year; needs grantDate.
 * @returns One row per annuity year: year, due date (serial), fee (CNY), payable (CNY).
 */
export function cnSchedule(
  filingDate: unknown,
  kind?: unknown,
  grantDate?: unknown,
  reduction?: unknown
): number[][] {
  return forCell(() => {
    const rows = annuitySchedule({
      kind: readKind(kind),
      filing: readDate(filingDate, "filingDate"),
      grant: readOptionalDate(grantDate, "grantDate"),
      reduction: readReduction(reduction),
    });
    // A year whose reduction has no rule in the data gets an error in its own cell, not the whole table.
    return rows.map((row) => [
      row.year,
      serialFromDay(row.due),
      yuanToCell(row.fee),
      isDomainError(row.payable)
        ? (toCellError(row.payable) as unknown as number)
        : yuanToCell(row.payable),
    ]);
  });
}

/**
 * The sum of the annual fees still to pay from a date to the end of the term (years whose due date is on or after asOf).
 * @customfunction CN_COST_TO_EXPIRY CN_COST_TO_EXPIRY
 * @helpurl https://localhost:3000/help/en/CN_COST_TO_EXPIRY.html
 * @param filingDate Filing date (申请日).
 * @param [kind] "invention" (default), "utility" or "design".
 * @param [asOf] Count fees due on or after this date; default today (better: pass a cell, so results do not change silently).
 * @param [grantDate] Date of the notice to grant and register; without it the right is assumed granted on asOf (as the task pane does for a pending application).
 * @param [reduction] Fee reduction 0.85/85 or 0.7/70; needs grantDate.
 * @returns The total in CNY.
 */
export function cnCostToExpiry(
  filingDate: unknown,
  kind?: unknown,
  asOf?: unknown,
  grantDate?: unknown,
  reduction?: unknown
): number {
  return forCell(() => {
    const rightKind = readKind(kind);
    const filing = readDate(filingDate, "filingDate");
    const from = isBlank(asOf) ? todayDay() : readDate(asOf, "asOf");
    // Without a grant date the right is assumed granted on asOf, as the task pane assumes for a pending
    // application: no fee for the years before grant, and the current year's fee due at registration.
    const given = readOptionalDate(grantDate, "grantDate");
    if (given === undefined && from > termEnd(rightKind, filing)) return 0;
    const request = {
      kind: rightKind,
      filing,
      grant: given ?? (isBlank(reduction) ? Math.max(from, filing) : undefined),
      reduction: readReduction(reduction),
    };
    return yuanToCell(costToExpiry(request, from));
  });
}

/**
 * The per-case amount a built-in subsidy programme pays for one patent event, without yearly caps or first-time bonuses; 0 outside the programme's period.
 * @customfunction SUBSIDY SUBSIDY
 * @helpurl https://localhost:3000/help/en/SUBSIDY.html
 * @param programme Programme id, e.g. "SZ-2021" (Shenzhen 2021), "SZ-2022".
 * @param event "grant", "publication" or "registration".
 * @param [jurisdiction] Office code: "CN" (default), "US", "JP", "EP", "KR", … or "PCT".
 * @param [date] Date of the event; default today (better: pass a cell).
 * @returns The amount in the programme's currency (CNY for Chinese programmes).
 */
export function subsidy(
  programme: unknown,
  event: unknown,
  jurisdiction?: unknown,
  date?: unknown
): number {
  return subsidyCells((cells) => cells.subsidy(programme, event, jurisdiction, date));
}
