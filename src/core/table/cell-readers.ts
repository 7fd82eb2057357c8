import { DayNumber } from "../dates/civil";
import { dayFromSerial } from "../dates/excel-serial";
import { DATE_FORMS_HELP, parseDateText } from "../dates/parse-date";
import { DomainError } from "../errors/domain-error";

/**
 * Readers for values that come from cells: custom-function arguments and portfolio cells alike. Excel
 * hands us numbers (date serials included), text, booleans, `null` for an omitted argument, "" for an
 * empty cell, and 2-D arrays for ranges; every reader here accepts what a user plausibly meant and turns
 * anything else into a DomainError that says what to give.
 */

/** A one-cell range arrives as [[value]]; a larger range in a scalar argument is a mistake. */
export function single(value: unknown, field: string): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  throw new DomainError(
    "invalid-number",
    field,
    `${field} is a range of several cells: give one cell or value.`
  );
}

/** True for an omitted argument (null) or an empty cell (""); such arguments take their default. */
export function isBlank(value: unknown): boolean {
  // Most cells are numbers, or text opening with a printable ASCII character (which trim() keeps):
  // answered without trimming, as every cell of a list of 100,000 rows is asked at least once.
  if (typeof value === "number") return false;
  if (typeof value === "string" && value.length > 0) {
    const first = value.charCodeAt(0);
    if (first > 32 && first < 127) return false;
  }
  const one = Array.isArray(value) ? single(value, "argument") : value;
  return one === null || one === undefined || (typeof one === "string" && one.trim() === "");
}

/**
 * True when every cell of a row is blank: a loop, not `cells.every(isBlank)` with a closure per row.
 * @example isBlankRow(["", null, " "]) //=> true
 */
export function isBlankRow(cells: readonly unknown[]): boolean {
  for (let i = 0; i < cells.length; i += 1) if (!isBlank(cells[i])) return false;
  return true;
}

/** A date from a serial number or one of the accepted date texts; blank is an error naming the field. */
export function readDate(value: unknown, field: string): DayNumber {
  const one = single(value, field);
  if (typeof one === "number") return dayFromSerial(one, field);
  if (typeof one === "string" && one.trim() !== "") {
    // Numbers stored as text ("44386") are serials, as Excel's own DATEVALUE-free arithmetic would take them.
    if (/^\d+(\.\d+)?$/.test(one.trim())) return dayFromSerial(Number(one), field);
    return parseDateText(one, field);
  }
  if (isBlank(one))
    throw new DomainError("invalid-date", field, `${field} is empty: give ${DATE_FORMS_HELP}.`, {
      key: "dateEmpty",
    });
  throw new DomainError("invalid-date", field, `${field} is not a date: give ${DATE_FORMS_HELP}.`, {
    key: "dateNotDate",
  });
}

/** An optional date: blank gives `fallback` (undefined unless given). */
export function readOptionalDate(
  value: unknown,
  field: string,
  fallback?: DayNumber
): DayNumber | undefined {
  return isBlank(value) ? fallback : readDate(value, field);
}

/** A finite number from a number or a plain numeric text; `what` says what the number is for. */
export function readNumber(value: unknown, field: string, what: string): number {
  const one = single(value, field);
  let number = Number.NaN;
  if (typeof one === "number") number = one;
  else if (typeof one === "string" && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(one))
    number = Number(one);
  if (!Number.isFinite(number)) {
    // A blank argument arrives as null (omitted) or "" (empty cell): say so rather than print "null".
    if (isBlank(one))
      throw new DomainError("invalid-number", field, `${field} is empty: give ${what}.`, {
        key: "numberEmpty",
        params: { what },
      });
    const shown = typeof one === "string" ? `"${one}"` : String(one);
    throw new DomainError(
      "invalid-number",
      field,
      `${field} ${shown} is not a number: give ${what}.`,
      { key: "numberNotNumber", params: { value: shown, what } }
    );
  }
  return number;
}

/** A yes/no option; blank means no. Accepts TRUE/FALSE, 1/0 and their texts. */
export function readFlag(value: unknown, field: string): boolean {
  const one = single(value, field);
  if (isBlank(one)) return false;
  if (typeof one === "boolean") return one;
  if (one === 1 || one === 0) return one === 1;
  if (typeof one === "string") {
    const text = one.trim().toLowerCase();
    if (text === "true" || text === "1") return true;
    if (text === "false" || text === "0") return false;
  }
  throw new DomainError("invalid-number", field, `${field} must be TRUE or FALSE.`, {
    key: "flagNotFlag",
  });
}
