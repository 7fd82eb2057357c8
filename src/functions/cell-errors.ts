import { DomainError, DomainErrorCode, isDomainError } from "../core/errors/domain-error";

/**
 * The one place core errors become Excel errors. Only #VALUE! and #N/A show their message in Excel, so
 * every error is one of those two: #N/A where the value does not exist (lapsed, no rule in force), #VALUE!
 * where the input must be fixed.
 */
const NOT_AVAILABLE: ReadonlySet<DomainErrorCode> = new Set<DomainErrorCode>([
  "lapsed",
  "no-rule-in-force",
  "figure-unconfirmed",
  "unknown-party",
  "not-in-profile",
  "fees-with-interest",
  "lpr-assumed",
]);

export function toCellError(error: unknown): CustomFunctions.Error {
  if (isDomainError(error)) {
    const code = NOT_AVAILABLE.has((error as DomainError).code)
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  // A bug of ours: still a cell error with a message, never a raw exception.
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `Unexpected error: ${detail}`
  );
}

/** Runs a computation for a cell and turns any failure into a CustomFunctions.Error. */
export function forCell<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toCellError(error);
  }
}
