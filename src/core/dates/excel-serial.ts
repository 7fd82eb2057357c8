import { DomainError } from "../errors/domain-error";
import { DayNumber } from "./civil";

/**
 * Excel date serials (1900 date system): serial 1 is 1900-01-01 and, because Excel keeps Lotus 1-2-3's
 * fictitious 1900-02-29 as serial 60, every serial from 61 (1900-03-01) on counts days from 1899-12-30.
 * Serials below 61 are rejected rather than guessed.
 */
const SERIAL_OF_EPOCH_DAY_ZERO = 25569; // 1970-01-01
export const FIRST_SUPPORTED_SERIAL = 61; // 1900-03-01
export const LAST_EXCEL_SERIAL = 2958465; // 9999-12-31, Excel's last date

/**
 * The day number of an Excel date serial; a time of day (the fraction) is dropped.
 * @example dayFromSerial(44386) //=> 18817 (2021-07-09)
 */
export function dayFromSerial(serial: number, field = "date"): DayNumber {
  if (!Number.isFinite(serial)) {
    throw new DomainError(
      "invalid-date",
      field,
      `${field} is not a date: give a date or a yyyy-mm-dd text.`,
      { key: "serialNotDate" }
    );
  }
  const whole = Math.floor(serial);
  if (whole < FIRST_SUPPORTED_SERIAL || whole > LAST_EXCEL_SERIAL) {
    throw new DomainError(
      "date-out-of-range",
      field,
      `${field} ${serial} is outside 1900-03-01 … 9999-12-31: give a date in that range.`,
      { key: "serialOutOfRange", params: { value: serial } }
    );
  }
  return whole - SERIAL_OF_EPOCH_DAY_ZERO;
}

/**
 * The Excel serial of a day; a day after 9999-12-31 is an error (Excel cannot show it as a date).
 * @example serialFromDay(18817) //=> 44386 (2021-07-09)
 */
export function serialFromDay(dayNumber: DayNumber): number {
  const serial = dayNumber + SERIAL_OF_EPOCH_DAY_ZERO;
  if (serial > LAST_EXCEL_SERIAL) {
    throw new DomainError(
      "date-out-of-range",
      "result",
      `The resulting date is after 9999-12-31, the last date Excel can show: check the dates given.`
    );
  }
  return serial;
}
