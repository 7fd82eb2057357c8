/* IP.CN_NEXT_PAYMENT: one truth for "what do I owe now". The Deadlines sheet uses the same core function
 * (src/core/cn/next-payment.ts), so the cell and the sheet can never disagree. */
import { nextPayment, shiftedIf } from "../core/offices/cn/next-payment";
import { serialFromDay } from "../core/dates/excel-serial";
import { DomainError, isDomainError } from "../core/errors/domain-error";
import {
  isBlank,
  readDate,
  readFlag,
  readNumber,
  readOptionalDate,
} from "../core/table/cell-readers";
import { yuanToCell } from "../core/money/money";
import { forCell, toCellError } from "./cell-errors";
import { todayDay } from "./today";
import { readKind, readReduction } from "../core/offices/cn/cell-readers";

/**
 * The earliest unpaid annual fee of a Chinese patent as one row: year, due date, payable, surcharge today, last day accepted, status code (upcoming, grace, lapsed, registration-due, registration-missed, paid-to-term-end, expired). Holidays: built-in State Council notices to 2026, later years the law's holidays only.
 * @customfunction CN_NEXT_PAYMENT CN_NEXT_PAYMENT
 * @helpurl https://localhost:3000/help/en/CN_NEXT_PAYMENT.html
 * @param filingDate Filing date (申请日).
 * @param lastYearPaid The last annuity year paid; 0 if none.
 * @param [asOf] The date to judge on; default today (better: pass a cell, so results do not change silently).
 * @param [kind] "invention" (default), "utility" or "design".
 * @param [grantDate] Date of the notice to grant and register; without it the right is taken as granted before the year after lastYearPaid.
 * @param [reduction] Fee reduction 0.85/85 or 0.7/70; needs grantDate.
 * @param [shiftToWorkday] TRUE to show dates moved off weekends and Chinese holidays; default FALSE (formal dates). The status and surcharge always follow the legal last day.
 * @returns One row: year, due date (serial), payable (CNY), surcharge today (CNY), last day (serial), status code.
 */
export function cnNextPayment(
  filingDate: unknown,
  lastYearPaid: unknown,
  asOf?: unknown,
  kind?: unknown,
  grantDate?: unknown,
  reduction?: unknown,
  shiftToWorkday?: unknown
  // Mixed numbers and a text code: the metadata generator maps only `any` to a mixed matrix.
): any[][] {
  return forCell(() => {
    const filing = readDate(filingDate, "filingDate");
    if (isBlank(lastYearPaid)) {
      throw new DomainError(
        "invalid-number",
        "lastYearPaid",
        "lastYearPaid is empty: give the last annuity year paid, 0 if none."
      );
    }
    const paid = readNumber(lastYearPaid, "lastYearPaid", "the last annuity year paid, 0 if none");
    const shift = readFlag(shiftToWorkday, "shiftToWorkday");
    const payment = nextPayment({
      kind: readKind(kind),
      filing,
      lastYearPaid: paid,
      asOf: isBlank(asOf) ? todayDay() : readDate(asOf, "asOf"),
      grant: readOptionalDate(grantDate, "grantDate"),
      reduction: readReduction(reduction),
    });
    const date = (day: number | undefined) => {
      const shown = shiftedIf(day, shift);
      return shown === undefined ? "" : serialFromDay(shown);
    };
    const payable =
      payment.payable === undefined
        ? ""
        : isDomainError(payment.payable)
          ? (toCellError(payment.payable) as unknown as number)
          : yuanToCell(payment.payable);
    return [
      [
        payment.year ?? "",
        date(payment.due),
        payable,
        yuanToCell(payment.surcharge),
        date(payment.lastDay),
        payment.status,
      ],
    ];
  });
}
