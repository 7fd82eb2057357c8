import { DomainError, DomainErrorCode, isDomainError } from "../core/errors/domain-error";
import { errorText } from "../core/i18n/issue-text";
import { Language, languageOf } from "../core/i18n/strings";

/**
 * The one place core errors become Excel errors. Only #VALUE! and #N/A show their message in Excel, so
 * every error is one of those two: #N/A where the value does not exist (lapsed, no rule in force), #VALUE!
 * where the input must be fixed. The message is in Excel's display language (English when unknown).
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

/**
 * Excel's display language. The functions share the task pane's runtime (manifest: SharedRuntime), where
 * Office.context.displayLanguage is set (learn.microsoft.com/javascript/api/office/office.context#office-office-context-displaylanguage-member);
 * without Office (a test, a runtime not ready yet) the messages are in English.
 */
export function displayLanguage(): Language {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    return languageOf(office?.context?.displayLanguage);
  } catch {
    return "en";
  }
}

export function toCellError(
  error: unknown,
  language: Language = displayLanguage()
): CustomFunctions.Error {
  if (isDomainError(error)) {
    const code = NOT_AVAILABLE.has((error as DomainError).code)
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, errorText(language, error));
  }
  // A bug of ours: still a cell error with a message, never a raw exception.
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    errorText(language, error)
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
