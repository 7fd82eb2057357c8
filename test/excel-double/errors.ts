/**
 * Errors shaped like the ones Office.js rejects `context.sync()` with (`OfficeExtension.Error`): an `Error`
 * with a `code` such as "InvalidArgument" and a `debugInfo` of `{ code, message, errorLocation }`. The
 * messages start with Excel's own wording so that code which shows `error.message` to the user behaves the
 * same against the fake, then add what the fake knows about the cause.
 */

/** Error codes the fake raises. The Excel ones are members of `Excel.ErrorCodes`; the others are
 * `OfficeExtension.ErrorCodes` or RichApi codes that Excel on the web returns. */
export const MemoryErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  notImplemented: "NotImplemented",
  rangeExceedsLimit: "RangeExceedsLimit",
  unsupportedOperation: "UnsupportedOperation",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  runMustReturnPromise: "RunMustReturnPromise",
} as const;

export type MemoryErrorCode = (typeof MemoryErrorCodes)[keyof typeof MemoryErrorCodes];

/** Excel's wording for each code (as shown in Excel on the web); the fake appends the specific cause. */
const EXCEL_WORDING: Record<MemoryErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidSelection: "The current selection is invalid for this operation.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict: "Cannot complete the operation because of merged cells.",
  NotImplemented: "The requested feature isn't implemented.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  UnsupportedOperation: "The operation being attempted is not supported.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  PropertyNotLoaded: "The property is not available.",
  ValueNotLoaded: "The value of the result object has not been loaded yet.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise.',
};

/** The `debugInfo` Office.js attaches to a sync error (a subset of `OfficeExtension.DebugInfo`). */
export interface MemoryDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/**
 * A sync or property error, shaped like `OfficeExtension.Error`.
 *
 * @example
 * try { await context.sync(); } catch (e) { (e as MemoryOfficeError).code; } //=> "InvalidArgument"
 */
export class MemoryOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: MemoryDebugInfo;
  /** Messages queued with `context.trace()` before the failing sync. */
  traceMessages: string[] = [];
  readonly innerError: MemoryOfficeError | null = null;

  constructor(code: string, message: string, errorLocation?: string, statement?: string) {
    super(message);
    // Office.js names the errors it raises from a request "RichApi.Error".
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
    if (errorLocation !== undefined) this.debugInfo.errorLocation = errorLocation;
    if (statement !== undefined) this.debugInfo.statement = statement;
  }
}

/**
 * Builds an error with Excel's wording for `code`, followed by `detail` when given.
 *
 * @example
 * officeError("ItemNotFound", "No worksheet named 'Data'.").message
 * //=> "The requested resource doesn't exist. No worksheet named 'Data'."
 */
export function officeError(
  code: MemoryErrorCode,
  detail?: string,
  errorLocation?: string
): MemoryOfficeError {
  const message = detail ? `${EXCEL_WORDING[code]} ${detail}` : EXCEL_WORDING[code];
  return new MemoryOfficeError(code, message, errorLocation);
}

/**
 * The error a getter throws when its property was not loaded and synced. Real Office.js says "The property
 * 'values' is not available. Before reading the property's value, call the load method on the containing
 * object and call "context.sync()" on the associated request context."; the code is prefixed so that a
 * test can match either the code or the message.
 *
 * @example
 * propertyNotLoaded("values", "Range").code //=> "PropertyNotLoaded"
 */
export function propertyNotLoaded(property: string, typeName: string): MemoryOfficeError {
  return new MemoryOfficeError(
    MemoryErrorCodes.propertyNotLoaded,
    `PropertyNotLoaded: The property '${property}' is not available. Before reading the property's value, ` +
      `call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`
  );
}

/** True for an error raised by the fake (or anything else carrying an Office error `code`). */
export function isOfficeError(error: unknown): error is MemoryOfficeError {
  return error instanceof MemoryOfficeError;
}
