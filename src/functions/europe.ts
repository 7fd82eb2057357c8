/* Custom functions for the European offices (namespace IP): EPO renewal fees of pending applications,
 * Unitary Patent renewal fees and national renewals in DE, FR, NL and GB. As in functions.ts, each is a few
 * lines (read the arguments, call the core, map errors) and the metadata plugin reads the JSDoc below. */
import { serialFromDay } from "../core/dates/excel-serial";
import { DomainError } from "../core/errors/domain-error";
import {
  isBlank,
  readDate,
  readFlag,
  readNumber,
  readOptionalDate,
} from "../core/table/cell-readers";
import { nationalOfficeNamed } from "../core/offices/europe/national-office-name";
import { nationalRenewalFee } from "../core/offices/europe/national-pack";
import { requireAmount, roundCents } from "../core/offices/europe/pricing";
import { epDueDate as epDueDateOf } from "../core/offices/ep/due-date";
import { isEpMicro } from "../core/offices/ep/entity";
import { epRenewalFee } from "../core/offices/ep/renewal-fee";
import { upRenewalFee } from "../core/offices/up/renewal-fee";
import { forCell } from "./cell-errors";
import { todayDay } from "./today";

const YEAR_HELP = "a whole renewal year such as 5";

/** The micro argument: TRUE/FALSE (or 1/0), or the entity value "micro"; blank means no reduction. */
function readMicro(value: unknown): boolean {
  const one =
    Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) ? value[0][0] : value;
  if (typeof one === "string" && !/^\s*(true|false|1|0)?\s*$/i.test(one)) return isEpMicro(one);
  return readFlag(value, "micro");
}

/** The office's text argument. */
function readOffice(value: unknown): string {
  const one =
    Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) ? value[0][0] : value;
  if (typeof one !== "string" || one.trim() === "")
    throw new DomainError(
      "unknown-jurisdiction",
      "office",
      'office is missing: give "DE", "FR", "NL" or "GB".',
      { key: "renewalOfficeMissing" }
    );
  return one;
}

/** A fee's amount for a cell: rounded to the cent; "#N/A" with the reason when the figure is unknown. */
function toCell(fee: Parameters<typeof requireAmount>[0]): number {
  return roundCents(requireAmount(fee, "year")).toNumber();
}

/**
 * The EPO renewal fee in EUR for one year of a pending European application, from the built-in table in force on the payment date; 30% less for a micro-entity.
 * @customfunction EP_RENEWAL EP_RENEWAL
 * @helpurl https://localhost:3000/help/en/EP_RENEWAL.html
 * @param year Renewal year, counted from the filing date: 3 to 20.
 * @param [paymentDate] Date of payment, which selects the fee table; default today (better: pass a cell).
 * @param [micro] TRUE (or "micro") for the micro-entity reduction of Rule 7a EPC; default FALSE.
 * @returns The fee in EUR, to the cent.
 */
export function epRenewal(year: unknown, paymentDate?: unknown, micro?: unknown): number {
  return forCell(() => {
    const feeYear = readNumber(year, "year", YEAR_HELP);
    const day = readOptionalDate(paymentDate, "paymentDate") ?? todayDay();
    return toCell(epRenewalFee(feeYear, day, readMicro(micro)));
  });
}

/**
 * The due date of the EPO renewal fee for a year: the last day of the month of the filing-date anniversary; for a Euro-PCT application, a date inside the 31-month period moves to its end. Format the cell as a date.
 * @customfunction EP_DUEDATE EP_DUEDATE
 * @helpurl https://localhost:3000/help/en/EP_DUEDATE.html
 * @param filingDate Filing date of the European application (for a Euro-PCT application, the international filing date).
 * @param year Renewal year: 3 to 20.
 * @param [priorityDate] Euro-PCT only: the priority date (or international filing date) that starts the 31-month period.
 * @returns A date serial.
 */
export function epDueDate(filingDate: unknown, year: unknown, priorityDate?: unknown): number {
  return forCell(() => {
    const filing = readDate(filingDate, "filingDate");
    const feeYear = readNumber(year, "year", YEAR_HELP);
    const priority = isBlank(priorityDate) ? undefined : readDate(priorityDate, "priorityDate");
    return serialFromDay(epDueDateOf(filing, feeYear, priority).due);
  });
}

/**
 * The Unitary Patent renewal fee in EUR for one year, from the built-in table in force on the payment date; 15% less with a licence of right.
 * @customfunction UP_RENEWAL UP_RENEWAL
 * @helpurl https://localhost:3000/help/en/UP_RENEWAL.html
 * @param year Renewal year, counted from the filing date of the European patent: 2 to 20.
 * @param [licenceOfRight] TRUE when a licence-of-right statement was filed before the fee fell due; default FALSE.
 * @param [paymentDate] Date of payment, which selects the fee table; default today (better: pass a cell).
 * @returns The fee in EUR, to the cent.
 */
export function upRenewal(year: unknown, licenceOfRight?: unknown, paymentDate?: unknown): number {
  return forCell(() => {
    const feeYear = readNumber(year, "year", YEAR_HELP);
    const licence = readFlag(licenceOfRight, "licenceOfRight");
    const day = readOptionalDate(paymentDate, "paymentDate") ?? todayDay();
    return toCell(upRenewalFee(feeYear, day, licence));
  });
}

/**
 * The national renewal fee for one year in Germany, France, the Netherlands or the United Kingdom (EUR, or GBP for GB), from the built-in tables; #N/A where the amount is not known.
 * @customfunction RENEWAL RENEWAL
 * @helpurl https://localhost:3000/help/en/RENEWAL.html
 * @param office "DE", "FR", "NL" or "GB" (also "UK" and the countries' names).
 * @param year Renewal year, counted from the filing date (DE 3-20, FR 2-20, NL 4-20, GB 5-20).
 * @param [paymentDate] The date that selects the table: the payment date (FR, NL, GB), the due date for DE; default today.
 * @returns The fee in the office's currency, to the cent.
 */
export function renewal(office: unknown, year: unknown, paymentDate?: unknown): number {
  return forCell(() => {
    const national = nationalOfficeNamed(readOffice(office));
    const feeYear = readNumber(year, "year", YEAR_HELP);
    const day = readOptionalDate(paymentDate, "paymentDate") ?? todayDay();
    return toCell(nationalRenewalFee(national, feeYear, day));
  });
}
