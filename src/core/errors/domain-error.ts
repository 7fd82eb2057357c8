/**
 * The one error type of every domain. Every rule violation is a DomainError with a code (what kind of
 * problem), the field at fault, parameters for the message, where it happened (a data file and entry, or
 * a sheet, row and column), and a message written for the person who typed the value: it says what to
 * fix. An error with a key is worded in every language by the i18n tables, and rendered in one place
 * (src/core/i18n/issue-text.ts); `message` is its English text. The custom functions map it to an Excel
 * cell error in Excel's language (src/functions/cell-errors.ts); the task pane names row and column from
 * its location, never from the message text.
 */
export type DomainErrorCode =
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
  | "invalid-entity"
  | "claims-required"
  | "figure-unconfirmed"
  | "paid-before-registration"
  | "unknown-scheme"
  | "unknown-party"
  | "unknown-profile"
  | "not-in-profile"
  | "fees-with-interest"
  | "lpr-assumed"
  | "out-of-range";

/** Where a problem is: in a data file (file, entry index, key) or in a workbook (sheet, row, column). */
export interface ErrorLocation {
  file?: string;
  /** 0-based position of the entry in its list (a schedule, a band, a programme row). */
  index?: number;
  key?: string;
  sheet?: string;
  /** 1-based sheet row. */
  row?: number;
  /** Column letter as Excel shows it. */
  column?: string;
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field: string;
  /** The values the message was built from, for rendering it in another language. */
  readonly params: Readonly<Record<string, string | number>>;
  readonly location: ErrorLocation | undefined;
  /** The message's key in the i18n error tables (src/core/i18n/issue-strings.ts), when it has one. */
  readonly key: string | undefined;

  constructor(
    code: DomainErrorCode,
    field: string,
    message: string,
    details: {
      params?: Record<string, string | number>;
      location?: ErrorLocation;
      key?: string;
    } = {}
  ) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.field = field;
    this.params = details.params ?? {};
    this.location = details.location;
    this.key = details.key;
  }

  /**
   * The same error with more of its location known (an outer loader adds the entry it was reading).
   * @example new DomainError("invalid-data", "x", "…").at({ index: 2 }).location //=> { index: 2 }
   */
  at(location: ErrorLocation): DomainError {
    return new DomainError(this.code, this.field, this.message, {
      params: { ...this.params },
      location: { ...location, ...this.location },
      key: this.key,
    });
  }
}

/**
 * True when `value` is a DomainError (also across module copies, where `instanceof` can fail).
 * @example isDomainError(new DomainError("lapsed", "monthsLate", "…")) //=> true
 */
export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError || (value instanceof Error && value.name === "DomainError");
}
