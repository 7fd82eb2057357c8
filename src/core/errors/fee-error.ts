/**
 * The one error vocabulary of the core. Every rule violation is a FeeError with a code (what kind of
 * problem), the field at fault, and a message written for the person who typed the value: it says what
 * to fix. The custom functions map it to an Excel cell error (src/functions/cell-errors.ts); the task pane names row and column.
 */
export type FeeErrorCode =
  | "invalid-date"
  | "date-out-of-range"
  | "invalid-number"
  | "invalid-kind"
  | "year-outside-term"
  | "invalid-reduction"
  | "reduction-needs-grant"
  | "negative-amount"
  | "lapsed"
  | "no-rule-in-force"
  | "date-order"
  | "invalid-data"
  | "unknown-programme"
  | "unknown-event"
  | "unknown-jurisdiction"
  | "duplicate-event"
  | "unknown-scheme"
  | "unknown-party"
  | "unknown-profile"
  | "not-in-profile"
  | "fees-with-interest"
  | "lpr-assumed"
  | "out-of-range";

export class FeeError extends Error {
  readonly code: FeeErrorCode;
  readonly field: string;

  constructor(code: FeeErrorCode, field: string, message: string) {
    super(message);
    this.name = "FeeError";
    this.code = code;
    this.field = field;
  }
}

/**
 * True when `value` is a FeeError (also across module copies, where `instanceof` can fail).
 * @example isFeeError(new FeeError("lapsed", "monthsLate", "…")) //=> true
 */
export function isFeeError(value: unknown): value is FeeError {
  return value instanceof FeeError || (value instanceof Error && value.name === "FeeError");
}
